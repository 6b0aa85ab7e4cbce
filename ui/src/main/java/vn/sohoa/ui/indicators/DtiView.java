package vn.sohoa.ui.indicators;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.List;
import java.util.stream.IntStream;
import vn.sohoa.platform.calendar.VietnamCalendar;
import vn.sohoa.platform.indicators.service.DataSetService;
import vn.sohoa.platform.indicators.service.DtiPreview;
import vn.sohoa.platform.indicators.service.ReportPdf;
import vn.sohoa.platform.indicators.service.ReportTable;
import vn.sohoa.platform.tenancy.domain.Access;
import vn.sohoa.ui.chart.EChart;
import vn.sohoa.ui.layout.MainLayout;
import vn.sohoa.ui.tenancy.RoutedTenant;
import vn.sohoa.ui.tenancy.TenantPage;
import vn.sohoa.ui.tenancy.TenantRoutes;

/**
 * The DTI preview of a tenant for a year ({@code /t/93/dti/2026}): its score from 0 to 1 per pillar and in
 * total, its rank among its siblings, the ranks officially recorded beside its computed history, and the
 * ranking of its children as a table and a bar chart; with the report files of a data set and period.
 */
@Route(value = TenantRoutes.TENANT + "dti/:year?", layout = MainLayout.class)
@Menu(title = "indicators.dti.title", icon = "vaadin:trophy", order = 0.93)
public class DtiView extends TenantPage implements HasDynamicTitle {

    private final DtiPreview dti;
    private final DataSetService dataSets;
    private final ReportTable tables;
    private final ReportPdf pdf;
    private final Clock clock;

    @Inject
    public DtiView(TenantRoutes routes, DtiPreview dti, DataSetService dataSets, ReportTable tables, ReportPdf pdf,
                   Clock clock) {
        super(routes);
        this.dti = dti;
        this.dataSets = dataSets;
        this.tables = tables;
        this.pdf = pdf;
        this.clock = clock;
    }

    @Override
    protected void show(RoutedTenant tenant) {
        tenant.enter(Access.READ);
        int thisYear = VietnamCalendar.today(clock).getYear();
        List<Integer> years = IntStream.rangeClosed(0, 5).mapToObj(back -> thisYear - back).toList();
        int year = parameter("year").filter(text -> text.matches("\\d{4}")).map(Integer::parseInt)
                .filter(years::contains).orElse(thisYear);
        Select<Integer> chosen = new Select<>();
        chosen.setId("dti-year");
        chosen.setLabel(getTranslation("indicators.year"));
        chosen.setItems(years);
        chosen.setValue(year);
        chosen.addValueChangeListener(change -> getUI().ifPresent(ui -> ui.navigate(TenantRoutes.pageOf(tenant.code(),
                "dti/" + change.getValue()))));
        DtiPreview.Dti preview = dti.of(year);
        Span score = new Span(getTranslation("indicators.dti.score", Figures.format(preview.score(), 3)));
        score.setId("dti-score");
        Span rank = new Span(getTranslation("indicators.dti.rank", preview.rank(), preview.of()));
        rank.setId("dti-rank");
        add(new H2(getTranslation("indicators.dti.title") + " · " + tenant.tenant().name()), chosen,
                new Paragraph(getTranslation("indicators.dti.demo")), new H3(score), new Paragraph(rank));
        EChart pillars = new EChart("dti-pillars", "320px", getTranslation("indicators.dti.pillars"));
        pillars.show(DtiCharts.pillars(preview.pillars()));
        add(new H3(getTranslation("indicators.dti.pillars")), pillars, new H3(getTranslation("indicators.dti.history")),
                history(preview));
        List<DtiPreview.Ranked> children = dti.children(year);
        boolean ofChildren = !children.isEmpty();
        List<DtiPreview.Ranked> ranking = ofChildren ? children : preview.ranking();
        add(new H3(getTranslation(ofChildren ? "indicators.dti.children" : "indicators.dti.siblings")), ranking(ranking));
        EChart bars = new EChart("dti-ranking-chart", Math.max(200, 28 * ranking.size()) + "px",
                getTranslation(ofChildren ? "indicators.dti.children" : "indicators.dti.siblings"));
        bars.show(DtiCharts.ranking(ranking));
        add(bars, new H3(getTranslation("indicators.export.title")), new ExportPicker(tenant, dataSets, tables, pdf, clock),
                new ReportLinks(tenant));
    }

    private Grid<DtiPreview.Ranked> ranking(List<DtiPreview.Ranked> ranking) {
        Grid<DtiPreview.Ranked> grid = new Grid<>();
        grid.setId("dti-ranking");
        grid.addColumn(DtiPreview.Ranked::rank).setHeader(getTranslation("indicators.dti.rank-column")).setAutoWidth(true);
        grid.addColumn(DtiPreview.Ranked::tenantName).setHeader(getTranslation("indicators.unit")).setFlexGrow(1);
        grid.addColumn(entry -> Figures.format(entry.score(), 3)).setHeader(getTranslation("indicators.dti.score-column"))
                .setAutoWidth(true);
        grid.setItems(ranking);
        grid.setAllRowsVisible(ranking.size() <= 30);
        return grid;
    }

    /** The computed total of each year, with the rank officially recorded for it when there is one. */
    private Grid<DtiPreview.YearScore> history(DtiPreview.Dti preview) {
        Grid<DtiPreview.YearScore> grid = new Grid<>();
        grid.setId("dti-history");
        grid.addColumn(DtiPreview.YearScore::year).setHeader(getTranslation("indicators.year")).setAutoWidth(true);
        grid.addColumn(entry -> Figures.format(entry.score(), 3)).setHeader(getTranslation("indicators.dti.computed"))
                .setAutoWidth(true);
        grid.addColumn(entry -> preview.recorded().stream().filter(recorded -> recorded.year() == entry.year())
                .findFirst().map(recorded -> recorded.rank() + "/" + recorded.of()).orElse("–"))
                .setHeader(getTranslation("indicators.dti.recorded")).setAutoWidth(true);
        List<Integer> computed = preview.history().stream().map(DtiPreview.YearScore::year).toList();
        List<DtiPreview.YearScore> rows = new java.util.ArrayList<>(preview.history());
        preview.recorded().stream().filter(recorded -> !computed.contains(recorded.year()))
                .forEach(recorded -> rows.add(new DtiPreview.YearScore(recorded.year(), null)));
        rows.sort(java.util.Comparator.comparingInt(DtiPreview.YearScore::year));
        grid.setItems(rows);
        grid.setAllRowsVisible(true);
        return grid;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("indicators.dti.title") + " · Sohoa";
    }
}
