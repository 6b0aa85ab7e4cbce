package vn.sohoa.platform.training.service;

import java.util.List;

/**
 * Training figures of a tenant: its own row, one per child tenant (each for its whole subtree) and the total over
 * the subtree. Kept current by the tallies as people are enrolled and complete.
 */
public record TrainingOverview(String tenantCode, Long courseId, Figures total, List<Figures> rows) {

    /**
     * The figures of one tenant (and what lies below it).
     *
     * @param own               true for the row of the tenant's own people, false for a child's subtree
     * @param assigned          enrolments an assignment rule asks for now
     * @param overdue           assigned, not completed, past the due day
     * @param completionPercent completed of enrolled, in %
     * @param teamMembersAssigned team members with at least one assigned course
     * @param teamMembersDone     those of them who completed every course assigned to them
     * @param teamMembersDonePercent the share of the latter, in %
     */
    public record Figures(String tenantCode, String tenantName, boolean own, long assigned, long enrolled,
                          long completed, double completionPercent, long overdue, long teamMembersAssigned,
                          long teamMembersDone, double teamMembersDonePercent) {

        static Figures of(String code, String name, boolean own, long assigned, long enrolled, long completed,
                          long overdue, long membersAssigned, long membersDone) {
            return new Figures(code, name, own, assigned, enrolled, completed, percent(completed, enrolled), overdue,
                    membersAssigned, membersDone, percent(membersDone, membersAssigned));
        }

        private static double percent(long part, long whole) {
            return whole == 0 ? 0 : Math.round(part * 1000.0 / whole) / 10.0;
        }
    }
}
