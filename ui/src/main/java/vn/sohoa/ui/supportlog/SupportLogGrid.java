package vn.sohoa.ui.supportlog;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import vn.sohoa.platform.calendar.VietnamCalendar;
import vn.sohoa.platform.categories.domain.SupportCategory;
import vn.sohoa.platform.support.domain.SupportLog;

/** Support records as a narrow list: when (Vietnam's time), what kind of help, for how many people. */
public class SupportLogGrid extends Grid<SupportLog> {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("EEE dd/MM HH:mm");

    /** @param categories every category the tenant sees, to name those of the records */
    public SupportLogGrid(List<SupportCategory> categories) {
        Map<String, String> labels = SupportCategory.labelsByCode(categories, getLocale());
        addColumn(log -> WHEN.withLocale(getLocale()).format(log.facts().occurredAt().atZone(VietnamCalendar.ZONE)))
                .setHeader(getTranslation("support.occurred-at")).setAutoWidth(true);
        addColumn(log -> labels.getOrDefault(log.facts().categoryCode(), log.facts().categoryCode()))
                .setHeader(getTranslation("support.category")).setFlexGrow(1);
        addColumn(log -> log.facts().peopleCount()).setHeader(getTranslation("support.people.short"))
                .setAutoWidth(true);
        addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
    }
}
