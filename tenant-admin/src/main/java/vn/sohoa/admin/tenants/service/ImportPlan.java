package vn.sohoa.admin.tenants.service;

import static vn.sohoa.admin.tenants.service.RowChecks.problem;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import vn.sohoa.platform.problem.Problem.FieldError;
import vn.sohoa.platform.tenancy.domain.TenantSnapshot;
import vn.sohoa.platform.tenancy.domain.TenantStatus;

/**
 * What an import file would do: every problem of every line, and the rows to create grouped in levels,
 * each level's parents in the database or in an earlier level, whatever the order of the file.
 */
final class ImportPlan {

    private final List<FieldError> problems = new ArrayList<>();
    private final Set<Integer> badLines = new HashSet<>();
    /** The first row of the file with each code. */
    private final Map<String, ImportRow> inFile = new LinkedHashMap<>();
    /** Depth below the database of each row (by line); -1 below a cycle. */
    private final Map<Integer, Integer> depths = new HashMap<>();

    /**
     * @param read     the rows and the problems found while reading the file
     * @param existing the tenants in the database among the codes and parent codes of the file
     * @param access   what the importing person may see and administer
     */
    ImportPlan(TenantCsv.Content read, Map<String, TenantSnapshot> existing, ImportAccess access) {
        read.problems().forEach(this::add);
        for (ImportRow row : read.rows()) {
            RowChecks.of(row).forEach(this::add);
            checkCode(row, existing);
        }
        for (ImportRow row : read.rows()) {
            checkParent(row, existing, access);
        }
        inFile.values().forEach(row -> place(row, existing));
        problems.sort(Comparator.comparingInt(FieldError::line));
    }

    /** Every problem found, by line. */
    List<FieldError> problems() {
        return problems;
    }

    /** The rows without problems of their own, level by level: parents before children. */
    List<List<ImportRow>> levels() {
        Map<Integer, List<ImportRow>> byDepth = new TreeMap<>(Comparator.comparingInt(d -> d < 0 ? Integer.MAX_VALUE : d));
        inFile.values().stream().filter(row -> !badLines.contains(row.line()))
                .forEach(row -> byDepth.computeIfAbsent(depths.get(row.line()), d -> new ArrayList<>()).add(row));
        return List.copyOf(byDepth.values());
    }

    private void checkCode(ImportRow row, Map<String, TenantSnapshot> existing) {
        if (!RowChecks.isCode(row.code())) {
            return;
        }
        ImportRow first = inFile.putIfAbsent(row.code(), row);
        if (first != null) {
            add(problem(row, "code", "is also on line " + first.line() + "; each code may appear once"));
        }
        if (existing.containsKey(row.code())) {
            add(problem(row, "code", "is taken: a tenant with this code already exists"));
        }
    }

    private void checkParent(ImportRow row, Map<String, TenantSnapshot> existing, ImportAccess access) {
        String parent = row.parentCode();
        if (parent == null) {
            if (!access.provinceAdmin()) {
                add(problem(row, "parentCode", "is required: only a province administrator may import a top-level tenant"));
            }
        } else if (!RowChecks.isCode(parent)) {
            return;
        } else if (parent.equals(row.code())) {
            add(problem(row, "parentCode", "cannot be the row's own code"));
        } else if (existing.containsKey(parent) && access.sees(existing.get(parent))) {
            TenantSnapshot known = existing.get(parent);
            if (!access.administers(known)) {
                add(problem(row, "parentCode", "not allowed under parent " + parent
                        + ": only its tenant administrators may add tenants there"));
            } else if (known.status() != TenantStatus.ACTIVE) {
                add(problem(row, "parentCode", "parent " + parent + " is "
                        + known.status().name().toLowerCase(Locale.ROOT) + ": no tenants can be added under it"));
            }
        } else if (!inFile.containsKey(parent) || existing.containsKey(parent)) {
            add(problem(row, "parentCode", "unknown parent " + parent + ": no tenant you can see and no row of this file has that code"));
        }
    }

    /** Sets the depth of the row and of its parents in the file, flagging cycles among them. */
    private void place(ImportRow row, Map<String, TenantSnapshot> existing) {
        List<ImportRow> chain = new ArrayList<>();
        Set<Integer> onChain = new HashSet<>();
        ImportRow current = row;
        while (current != null && !depths.containsKey(current.line())) {
            if (!onChain.add(current.line())) {
                flagCycle(chain.subList(chain.indexOf(current), chain.size()));
                chain.forEach(link -> depths.put(link.line(), -1));
                return;
            }
            chain.add(current);
            String parent = current.parentCode();
            boolean parentInFile = parent != null && !parent.equals(current.code()) && !existing.containsKey(parent);
            current = parentInFile ? inFile.get(parent) : null;
        }
        // The walk stopped at a row placed before, or at a row whose parent is not in the file.
        boolean belowCycle = current != null && depths.get(current.line()) < 0;
        int depth = current == null ? 0 : depths.get(current.line()) + 1;
        for (int i = chain.size() - 1; i >= 0; i--) {
            depths.put(chain.get(i).line(), belowCycle ? -1 : depth++);
        }
    }

    private void flagCycle(List<ImportRow> cycle) {
        String path = cycle.stream().map(ImportRow::code).collect(Collectors.joining(" → ")) + " → " + cycle.getFirst().code();
        cycle.forEach(row -> add(problem(row, "parentCode", "makes a cycle: " + path)));
    }

    private void add(FieldError problem) {
        problems.add(problem);
        badLines.add(problem.line());
    }
}
