package vn.sohoa.platform.training.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.List;
import vn.sohoa.platform.calendar.VietnamCalendar;

/** The training overview of the entered tenant, read from the tallies by the database function that sums them. */
@ApplicationScoped
public class TrainingOverviewService {

    @Inject
    EntityManager em;

    @Inject
    Clock clock;

    /**
     * Assigned, enrolled, completed, completion %, overdue (by today in Vietnam) and the team members who completed
     * every course assigned to them, for the tenant's own people, each child's subtree and the whole subtree; of one
     * course or of all. Never counts a tenant outside the subtree.
     */
    @Transactional
    public TrainingOverview overview(String here, Long courseId) {
        List<Object[]> rows = em.createNativeQuery("select * from training_overview(:root, :course, :today)",
                        Object[].class)
                .setParameter("root", here).setParameter("course", courseId)
                .setParameter("today", VietnamCalendar.today(clock)).getResultList();
        List<TrainingOverview.Figures> figures = rows.stream().map(row -> TrainingOverview.Figures.of((String) row[0],
                (String) row[1], (Boolean) row[2], n(row[3]), n(row[4]), n(row[5]), n(row[6]), n(row[7]), n(row[8])))
                .toList();
        TrainingOverview.Figures total = TrainingOverview.Figures.of(here, figures.isEmpty() ? here
                        : figures.getFirst().tenantName(), false,
                figures.stream().mapToLong(TrainingOverview.Figures::assigned).sum(),
                figures.stream().mapToLong(TrainingOverview.Figures::enrolled).sum(),
                figures.stream().mapToLong(TrainingOverview.Figures::completed).sum(),
                figures.stream().mapToLong(TrainingOverview.Figures::overdue).sum(),
                figures.stream().mapToLong(TrainingOverview.Figures::teamMembersAssigned).sum(),
                figures.stream().mapToLong(TrainingOverview.Figures::teamMembersDone).sum());
        return new TrainingOverview(here, courseId, total, figures);
    }

    private static long n(Object value) {
        return ((Number) value).longValue();
    }
}
