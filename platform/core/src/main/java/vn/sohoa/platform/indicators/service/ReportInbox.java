package vn.sohoa.platform.indicators.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import jakarta.transaction.Transactional;
import java.sql.Date;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import vn.sohoa.platform.calendar.VietnamCalendar;
import vn.sohoa.platform.paging.Page;
import vn.sohoa.platform.paging.PageRequest;
import vn.sohoa.platform.tenancy.service.TenantGate;

/**
 * The approver's inbox: the forms submitted by any unit below the current tenant (its children, and their units in
 * turn, such as the communes under a district) that wait for a decision its administrators may take
 * ({@code ReportAccess.DECIDE} lets any level above decide), the earliest due first. It lists forms, never their
 * values; opening one is reading it in the unit's own tenant.
 */
@ApplicationScoped
public class ReportInbox {

    /**
     * A submitted form waiting for a decision, with the name of the unit's parent; {@code late} when it was first
     * submitted after its due day.
     */
    public record Waiting(String tenantCode, String tenantName, String parentName, String dataSetCode, String dataSetName, String period,
                          LocalDate dueDate, Instant submittedAt, String submittedBy, boolean late) {}

    private static final String FROM = " from report_inbox(:root) i where (cast(:search as varchar) is null"
            + " or search_fold(i.tenant_name || ' ' || i.tenant_code || ' ' || i.parent_name || ' ' || i.data_set_name)"
            + " like '%' || search_fold(cast(:search as varchar)) || '%')";

    @Inject
    EntityManager em;

    @Inject
    TenantGate gate;

    @Inject
    Clock clock;

    /**
     * A page of the forms waiting for the current tenant, the earliest due first.
     *
     * @param search words of the unit's name or code, of its parent's name or of the data set's name, diacritics
     *               ignored; null for all
     */
    @Transactional
    public Page<Waiting> waiting(PageRequest request, String search) {
        String words = search == null || search.isBlank() ? null : search.strip();
        long total = ((Number) bind(em.createNativeQuery("select count(*)" + FROM), words).getSingleResult())
                .longValue();
        @SuppressWarnings("unchecked")
        List<Object[]> rows = request.limit(bind(em.createNativeQuery("select i.tenant_code, i.tenant_name,"
                + " i.parent_name, i.data_set_code, i.data_set_name, i.period, i.due_date, i.first_submitted_at, i.submitted_at,"
                + " i.submitted_by" + FROM + " order by i.due_date, i.tenant_code, i.data_set_code, i.period"), words))
                .getResultList();
        return request.of(rows.stream().map(row -> {
            LocalDate due = row[6] instanceof Date date ? date.toLocalDate() : (LocalDate) row[6];
            Instant first = SqlInstants.of(row[7]);
            return new Waiting((String) row[0], (String) row[1], (String) row[2], (String) row[3], (String) row[4],
                    (String) row[5], due, SqlInstants.of(row[8]), (String) row[9],
                    first != null && VietnamCalendar.dayOf(first).isAfter(due));
        }).toList(), total);
    }

    private Query bind(Query query, String search) {
        return query.setParameter("root", gate.here().code()).setParameter("search", search);
    }
}
