package vn.sohoa.platform.monitoring.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import vn.sohoa.platform.monitoring.domain.ChildFigure;
import vn.sohoa.platform.monitoring.domain.Period;
import vn.sohoa.platform.monitoring.domain.TrainingFigures;

/**
 * Training: the team members and officials who completed every course assigned to them, over those with an
 * assignment (a person counts once in each tenant where courses are assigned to them); assigned enrolments,
 * completed and overdue; certificates issued to the subtree's learners in the period and the previous one that
 * were not revoked. Read from the training tallies ({@code training_tally}) and the dashboard's audience and
 * certificate tallies kept beside them; a merged commune counts in its successor. Ranks children on
 * {@code trained}.
 */
@ApplicationScoped
class TrainingSection implements DashboardSection<TrainingFigures> {

    @Inject
    EntityManager em;

    @Override
    public String name() {
        return "training";
    }

    @Override
    public String title(Locale locale) {
        return "vi".equals(locale.getLanguage()) ? "Bồi dưỡng" : "Training";
    }

    @Override
    public int order() {
        return 30;
    }

    @Override
    public TrainingFigures figures(DashboardQuery query) {
        long[] now = first(rows(query, query.period(), false));
        long previous = first(rows(query, query.previous(), false))[7];
        return new TrainingFigures(now[3], now[4], now[5], now[6], now[0], now[1], now[2], now[7], previous);
    }

    @Override
    public List<String> metrics() {
        return List.of("trained");
    }

    @Override
    public Map<String, ChildFigure> children(String metric, DashboardQuery query) {
        Map<String, ChildFigure> children = new HashMap<>();
        for (Object[] row : rows(query, query.period(), true)) {
            long[] sums = sums(row);
            children.put((String) row[0], ChildFigure.share(sums[4] + sums[6], sums[3] + sums[5]));
        }
        return children;
    }

    @Override
    public ChildFigure none(String metric) {
        return ChildFigure.share(0, 0);
    }

    @Override
    public void report(TrainingFigures figures, ReportSheet sheet) {
        sheet.row(List.of(sheet.say("Chỉ tiêu", "Figure"), sheet.say("Hoàn thành", "Completed"),
                sheet.say("Được giao", "Assigned"), sheet.say("Tỷ lệ (%)", "Share (%)")));
        sheet.row(share(sheet.say("Thành viên tổ CNS cộng đồng", "Community team members"), figures.membersDone(),
                figures.membersAssigned(), figures.membersRate()));
        sheet.row(share(sheet.say("Cán bộ, công chức, giáo viên", "Officials and teachers"), figures.officialsDone(),
                figures.officialsAssigned(), figures.officialsRate()));
        sheet.row(share(sheet.say("Tổng số người", "All people"), figures.peopleDone(), figures.peopleAssigned(),
                figures.rate()));
        sheet.row(share(sheet.say("Lượt khóa học được giao", "Assigned enrolments"), figures.assignedCompleted(),
                figures.assigned(), ChildFigure.share(figures.assignedCompleted(), figures.assigned()).value()));
        sheet.gap();
        sheet.row(List.of(sheet.say("Quá hạn chưa hoàn thành", "Overdue, not completed"), figures.overdue()));
        sheet.row(List.of(sheet.say("Chứng nhận đã cấp (kỳ này)", "Certificates issued (this period)"),
                figures.certificates()));
        sheet.row(List.of(sheet.say("Chứng nhận đã cấp (kỳ trước)", "Certificates issued (previous period)"),
                figures.previousCertificates()));
    }

    private static List<Object> share(String label, long done, long assigned, Double rate) {
        return java.util.Arrays.asList(label, done, assigned, rate);
    }

    @SuppressWarnings("unchecked")
    private List<Object[]> rows(DashboardQuery query, Period period, boolean byChild) {
        return em.createNativeQuery("select branch, assigned, assigned_completed, overdue, members_assigned, "
                        + "members_done, officials_assigned, officials_done, certificates "
                        + "from training_rollup(:root, :today, :from, :to, :byChild)")
                .setParameter("root", query.tenantCode()).setParameter("today", query.today())
                .setParameter("from", period.from()).setParameter("to", period.to())
                .setParameter("byChild", byChild).getResultList();
    }

    private static long[] first(List<Object[]> rows) {
        return rows.isEmpty() ? new long[8] : sums(rows.getFirst());
    }

    /** Assigned, completed, overdue, members assigned and done, officials assigned and done, certificates. */
    private static long[] sums(Object[] row) {
        long[] sums = new long[8];
        for (int i = 0; i < 8; i++) {
            sums[i] = CoverageSection.number(row[i + 1]);
        }
        return sums;
    }
}
