package vn.sohoa.platform.training.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.time.Clock;
import vn.sohoa.platform.files.ImportLimits;
import vn.sohoa.platform.files.ImportProblems;
import vn.sohoa.platform.files.TableFormat;
import vn.sohoa.platform.files.TableReader;
import vn.sohoa.platform.problem.Problem.FieldError;
import vn.sohoa.platform.tenancy.domain.Membership;

/**
 * Enrolment of the entered tenant's members in a course from a file of usernames (CSV or XLSX, one column
 * {@code username}): checked first, with problems by line (blank, not a member here, repeated), then enrolled all
 * at once in one statement (source FILE), or not at all. Members already enrolled are left as they are.
 */
@ApplicationScoped
public class EnrolmentImport {

    /** The one column of the file. */
    public static final List<String> COLUMNS = List.of("username");

    @Inject
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    ImportLimits limits;

    @Inject
    EnrolmentService enrolments;

    /**
     * What a file would do: how many it enrols, who (the first listed), who is already enrolled, its problems.
     *
     * @param valid whether it has no problem, so that it may be enrolled
     */
    public record Check(boolean valid, int rows, int toEnrolCount, List<String> toEnrol, int alreadyEnrolled,
                        int problemCount, List<FieldError> problems) {
    }

    /**
     * Checks the file against the course and the tenant's members, writing nothing.
     *
     * @throws vn.sohoa.platform.problem.ProblemException 404 for a course not offered here; 413 for a file beyond
     *                                                   {@code sohoa.imports.*}
     */
    @Transactional
    public Check check(long courseId, TableFormat format, byte[] file) {
        return check(courseId, format, file, new ArrayList<>());
    }

    /**
     * Enrols every member the file names, in the caller's transaction (or one of its own), or none: any problem
     * refuses the whole file with a 422 listing the first problems by line.
     *
     * @return how many were enrolled (those already enrolled are not counted)
     */
    @Transactional
    public int enrol(long courseId, TableFormat format, byte[] file) {
        List<String> usernames = new ArrayList<>();
        Check check = check(courseId, format, file, usernames);
        if (!check.valid()) {
            throw ImportProblems.refusal(check.problems(), limits);
        }
        return em.createNativeQuery("""
                        insert into enrolment (tenant_id, course_id, user_subject, username, role, source, enrolled_at)
                        select m.tenant_id, :course, m.user_subject, m.username, m.role, 'FILE', :now from membership m
                        where m.tenant_id = current_setting('sohoa.tenant_id', true)
                          and lower(m.username) = any (string_to_array(:names, E'\\n'))
                        on conflict (tenant_id, course_id, user_subject) do nothing""")
                .setParameter("course", courseId).setParameter("now", clock.instant())
                .setParameter("names", String.join("\n", usernames)).executeUpdate();
    }

    private Check check(long courseId, TableFormat format, byte[] file, List<String> toEnrol) {
        enrolments.offered(courseId);
        TableReader.Table table = TableReader.read(format, file, COLUMNS, "usernames", limits);
        Map<String, Membership> members = new HashMap<>();
        em.createQuery("from Membership m", Membership.class).getResultList()
                .forEach(member -> members.put(member.username().toLowerCase(Locale.ROOT), member));
        Set<String> enrolled = new HashSet<>(em.createQuery("select e.userSubject from Enrolment e where e.courseId = :course",
                String.class).setParameter("course", courseId).getResultList());
        List<FieldError> problems = new ArrayList<>(table.problems());
        Map<String, Integer> seen = new HashMap<>();
        int already = 0;
        for (TableReader.Line line : table.lines()) {
            String username = line.cells().getFirst().toLowerCase(Locale.ROOT);
            Membership member = members.get(username);
            Integer first = seen.putIfAbsent(username, line.number());
            if (username.isEmpty()) {
                problems.add(new FieldError(line.number(), "username", "is required"));
            } else if (member == null) {
                problems.add(new FieldError(line.number(), "username", line.cells().getFirst() + " is not a member of this tenant"));
            } else if (first != null) {
                problems.add(new FieldError(line.number(), "username", line.cells().getFirst() + " is already on line " + first));
            } else if (enrolled.contains(member.userSubject())) {
                already++;
            } else {
                toEnrol.add(username);
            }
        }
        return new Check(problems.isEmpty(), table.records(), toEnrol.size(), ImportProblems.listed(toEnrol, limits), already,
                problems.size(), ImportProblems.listed(problems, limits));
    }
}
