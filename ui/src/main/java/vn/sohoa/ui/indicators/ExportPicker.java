package vn.sohoa.ui.indicators;

import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.select.Select;
import java.time.Clock;
import java.util.List;
import vn.sohoa.platform.indicators.domain.DataSet;
import vn.sohoa.platform.indicators.service.DataSetService;
import vn.sohoa.platform.indicators.service.ReportPdf;
import vn.sohoa.platform.indicators.service.ReportTable;
import vn.sohoa.platform.tenancy.domain.Access;
import vn.sohoa.ui.tenancy.RoutedTenant;

/** A data set and one of its periods begun this year or last, and the report files of that choice. */
class ExportPicker extends FlexLayout {

    private final RoutedTenant tenant;
    private final ReportTable tables;
    private final ReportPdf pdf;
    private final Clock clock;
    private final Select<String> period = new Select<>();
    private ReportExports files;

    ExportPicker(RoutedTenant tenant, DataSetService dataSets, ReportTable tables, ReportPdf pdf, Clock clock) {
        this.tenant = tenant;
        this.tables = tables;
        this.pdf = pdf;
        this.clock = clock;
        setFlexWrap(FlexWrap.WRAP);
        setAlignItems(Alignment.BASELINE);
        getStyle().set("gap", "var(--lumo-space-m)");
        List<DataSet> sets = dataSets.visible();
        if (sets.isEmpty()) {
            return;
        }
        Select<DataSet> set = new Select<>();
        set.setId("export-data-set");
        set.setLabel(getTranslation("indicators.data-set"));
        set.setItems(sets);
        set.setItemLabelGenerator(DataSet::name);
        period.setId("export-period");
        period.setLabel(getTranslation("indicators.period"));
        add(set, period);
        set.addValueChangeListener(change -> {
            List<String> periods = BegunPeriods.of(change.getValue(), clock);
            period.setItems(periods);
            period.setValue(periods.getFirst());
        });
        period.addValueChangeListener(change -> {
            if (change.getValue() != null) {
                show(set.getValue().code(), change.getValue());
            }
        });
        set.setValue(sets.getFirst());
    }

    private void show(String dataSet, String chosen) {
        tenant.enter(Access.READ);
        if (files != null) {
            remove(files);
        }
        files = new ReportExports(tenant, tables, pdf, dataSet, chosen);
        add(files);
    }
}
