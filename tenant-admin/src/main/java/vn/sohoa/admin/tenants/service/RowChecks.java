package vn.sohoa.admin.tenants.service;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import vn.sohoa.platform.problem.Problem.FieldError;
import vn.sohoa.platform.tenancy.domain.TenantKind;
import vn.sohoa.platform.validation.Code;

/** The checks a row passes on its own, the same rules as a tenant created through the JSON API. */
final class RowChecks {

    private static final Pattern CODE = Pattern.compile(Code.PATTERN);
    private static final String CODE_RULE = "must be 1 to 32 letters, digits, dots or hyphens";
    private static final String KINDS = Arrays.stream(TenantKind.values()).map(Enum::name)
            .collect(Collectors.joining(", "));

    private RowChecks() {
    }

    /** What is wrong with the row's own fields; empty when nothing is. */
    static List<FieldError> of(ImportRow row) {
        List<FieldError> problems = new ArrayList<>();
        if (row.code().isEmpty()) {
            problems.add(problem(row, "code", "is required"));
        } else if (!isCode(row.code())) {
            problems.add(problem(row, "code", CODE_RULE));
        }
        if (row.name().isEmpty()) {
            problems.add(problem(row, "name", "is required"));
        } else if (row.name().codePointCount(0, row.name().length()) > 200) {
            problems.add(problem(row, "name", "must be at most 200 characters"));
        }
        if (row.kind().isEmpty()) {
            problems.add(problem(row, "kind", "is required"));
        } else if (Arrays.stream(TenantKind.values()).noneMatch(kind -> kind.name().equals(row.kind()))) {
            problems.add(problem(row, "kind", "must be one of " + KINDS));
        }
        if (row.parentCode() != null && !isCode(row.parentCode())) {
            problems.add(problem(row, "parentCode", CODE_RULE));
        }
        return problems;
    }

    static boolean isCode(String value) {
        return CODE.matcher(value).matches();
    }

    static FieldError problem(ImportRow row, String field, String message) {
        return new FieldError(row.line(), field, message);
    }
}
