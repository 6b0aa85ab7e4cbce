package vn.sohoa.platform.monitoring.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import vn.sohoa.platform.indicators.service.DtiPreview;
import vn.sohoa.platform.monitoring.domain.ChildFigure;
import vn.sohoa.platform.monitoring.domain.DtiFigures;
import vn.sohoa.platform.monitoring.domain.DtiFigures.Pillar;
import vn.sohoa.platform.monitoring.domain.DtiFigures.Recorded;

/**
 * The DTI preview of the year of the dashboard's day, as the indicators feature computes it (its roll-up of approved
 * figures): the total and each pillar from 0 to 1, the rank among the tenant's siblings of its kind, and the last
 * rank officially published. Ranks children on {@code dti}: each child's total in points out of 100, with its rank
 * among the children of its kind as numerator and how many they are as denominator.
 */
@ApplicationScoped
class DtiSection implements DashboardSection<DtiFigures> {

    @Inject
    DtiPreview preview;

    @Inject
    ChildrenDti childrenDti;

    @Override
    public String name() {
        return "dti";
    }

    @Override
    public String title(Locale locale) {
        return "vi".equals(locale.getLanguage()) ? "Chỉ số DTI (ước tính)" : "DTI preview";
    }

    @Override
    public int order() {
        return 60;
    }

    @Override
    public DtiFigures figures(DashboardQuery query) {
        int year = query.period().stateDay(query.today()).getYear();
        DtiPreview.Dti dti = preview.of(year);
        List<Pillar> pillars = dti.pillars().stream().map(p -> new Pillar(p.pillar().name(), p.name(), p.scored(),
                p.points(), p.score())).toList();
        Recorded recorded = dti.recorded().stream().max(Comparator.comparingInt(DtiPreview.Recorded::year))
                .map(r -> new Recorded(r.year(), r.rank(), r.of(), r.source())).orElse(null);
        return new DtiFigures(year, dti.score(), dti.rank(), dti.of(), pillars, recorded);
    }

    @Override
    public List<String> metrics() {
        return List.of("dti");
    }

    @Override
    public Map<String, ChildFigure> children(String metric, DashboardQuery query) {
        return childrenDti.of(query.tenantCode(), query.period().stateDay(query.today()).getYear());
    }

    @Override
    public ChildFigure none(String metric) {
        return new ChildFigure(null, 0, null);
    }

    @Override
    public void report(DtiFigures figures, ReportSheet sheet) {
        sheet.row(List.of(sheet.say("Năm", "Year"), String.valueOf(figures.year())));
        sheet.row(List.of(sheet.say("Điểm tổng (0–100)", "Total (0–100)"), DtiFigures.points(figures.score())));
        sheet.row(List.of(sheet.say("Xếp hạng ước tính", "Estimated rank"), figures.rank() + "/" + figures.of()));
        if (figures.recorded() != null) {
            sheet.row(List.of(sheet.say("Xếp hạng công bố", "Published rank"), figures.recorded().rank() + "/"
                    + figures.recorded().of() + " (" + figures.recorded().year() + ")"));
        }
        sheet.gap();
        sheet.row(List.of(sheet.say("Trụ cột", "Pillar"), sheet.say("Điểm (0–100)", "Score (0–100)"),
                sheet.say("Trọng số", "Points")));
        figures.pillars().forEach(p -> sheet.row(Arrays.asList(p.name() + (p.scored() ? "" : " *"),
                DtiFigures.points(p.score()), p.points())));
    }
}
