package vn.sohoa.ui.pilots;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import vn.sohoa.platform.calendar.VietnamCalendar;
import vn.sohoa.platform.pilots.domain.PilotTransition;

/**
 * The steps a pilot took, in the order they took effect: the day each did, which step into which state, by whom
 * and when it was written down (when that was another day), with its decision or reason.
 */
class HistoryGrid extends Grid<PilotTransition> {

    HistoryGrid(List<PilotTransition> steps) {
        // One column, which fits a phone: the step and its day over who took it, its decision and its comment.
        addColumn(TwoLines.<PilotTransition>of(step -> getTranslation("pilots.action." + step.action().name()) + " → "
                        + getTranslation("pilots.status." + step.toStatus().name()) + " · "
                        + VietnamCalendar.DAY.format(step.effectiveOn()), step -> Stream.of(step.actorUsername(),
                                recorded(step), step.decisionNumber() == null ? null : step.decisionNumber() + " · "
                                        + VietnamCalendar.DAY.format(step.decisionDate()), step.comment())
                        .filter(text -> text != null).collect(Collectors.joining(" — "))))
                .setHeader(getTranslation("pilots.history.step")).setFlexGrow(1);
        addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        setAllRowsVisible(true);
        setItems(steps);
    }

    /** When a step was written down, if on another day than the one it took effect. */
    private String recorded(PilotTransition step) {
        return step.effectiveOn().equals(VietnamCalendar.dayOf(step.occurredAt())) ? null
                : getTranslation("pilots.history.recorded", VietnamCalendar.DAY_TIME.format(step.occurredAt()));
    }
}
