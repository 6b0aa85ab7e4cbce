package vn.sohoa.platform.indicators.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import vn.sohoa.platform.calendar.VietnamCalendar;
import vn.sohoa.platform.indicators.domain.DataSet;
import vn.sohoa.platform.indicators.domain.ReportForm;
import vn.sohoa.platform.indicators.domain.ReportPeriod;
import vn.sohoa.platform.indicators.domain.ReportState;
import vn.sohoa.platform.paging.Page;
import vn.sohoa.platform.paging.PageRequest;
import vn.sohoa.platform.paging.SearchText;
import vn.sohoa.platform.tenancy.domain.TenantSnapshot;
import vn.sohoa.platform.tenancy.service.TenantGate;

/**
 * The forms the current tenant owes in a year: one row per data set assigned to its kind and per period of the
 * year that has begun, with the stored form's state or none, the due day and whether it is late. The rows are
 * few (a monthly data set gives twelve), so they are built and filtered in memory and then paged.
 */
@ApplicationScoped
public class UnitReports {

    /**
     * What the list shows.
     *
     * @param dataSetCode one data set, or null for all
     * @param state       one state, or null for all; {@code missingOnly} keeps forms not submitted (none, draft,
     *                    returned)
     * @param search      words of the data set's name or code, diacritics ignored; null or blank for all
     */
    public record Filter(int year, String dataSetCode, ReportState state, boolean missingOnly, String search) {}

    /**
     * One form the tenant owes.
     *
     * @param state null while no form is stored
     * @param late  submitted after the due day, or not submitted once it has passed
     */
    public record Row(String dataSetCode, String dataSetName, String period, LocalDate periodStart,
                      LocalDate periodEnd, LocalDate dueDate, ReportState state, boolean late) {

        /** Whether the form is with the level above or approved. */
        public boolean submitted() {
            return state == ReportState.SUBMITTED || state == ReportState.APPROVED;
        }
    }

    @Inject
    EntityManager em;

    @Inject
    TenantGate gate;

    @Inject
    Clock clock;

    @Inject
    DataSetService dataSets;

    /** A page of the forms the current tenant owes in the filter's year, the latest period first. */
    @Transactional
    public Page<Row> list(PageRequest request, Filter filter) {
        TenantSnapshot here = gate.here();
        LocalDate today = VietnamCalendar.today(clock);
        Map<String, ReportForm> stored = em.createQuery("from ReportForm f where f.period like :year", ReportForm.class)
                .setParameter("year", filter.year() + "%").getResultStream()
                .collect(Collectors.toMap(form -> form.dataSetId() + "/" + form.period(), Function.identity()));
        String words = SearchText.fold(filter.search());
        List<Row> rows = new ArrayList<>();
        for (DataSet dataSet : dataSets.visible()) {
            if (!dataSet.assignedKinds().contains(here.kind())
                    || filter.dataSetCode() != null && !filter.dataSetCode().equals(dataSet.code())
                    || !words.isEmpty() && !SearchText.fold(dataSet.code() + " " + dataSet.name()).contains(words)) {
                continue;
            }
            for (ReportPeriod period : ReportPeriod.ofYear(filter.year(), dataSet.periodType(), dataSet.window())) {
                ReportForm form = stored.get(dataSet.id() + "/" + period.label());
                if (period.first().isAfter(today) && form == null) {
                    continue;
                }
                LocalDate due = form == null ? period.dueDate(dataSet.dueDays()) : form.dueDate();
                boolean late = ReportForm.late(form == null ? null : form.firstSubmittedAt(), due, today);
                rows.add(new Row(dataSet.code(), dataSet.name(), period.label(), period.first(), period.last(), due,
                        form == null ? null : form.state(), late));
            }
        }
        List<Row> shown = rows.stream()
                .filter(row -> filter.state() == null || row.state() == filter.state())
                .filter(row -> !filter.missingOnly() || !row.submitted())
                .sorted(Comparator.comparing(Row::periodEnd).reversed().thenComparing(Row::dataSetCode)).toList();
        int from = Math.min(request.offset(), shown.size());
        return request.of(shown.subList(from, Math.min(from + request.size(), shown.size())), shown.size());
    }
}
