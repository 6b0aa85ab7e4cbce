package vn.sohoa.platform.pilots.domain;

import java.time.LocalDate;
import java.util.List;

/**
 * What a unit plans for a pilot: its name and field, objectives, dates, an optional budget in VND, the
 * sub-units (hamlets) where it runs, the partner enterprises, the person responsible and how often it reports.
 */
public record PilotPlan(String name, PilotField field, String objectives, LocalDate startDate, LocalDate endDate,
                        Long budgetVnd, List<String> subUnits, List<String> partners, String responsible,
                        Reporting reporting) {

    public PilotPlan {
        subUnits = subUnits == null ? List.of() : List.copyOf(subUnits);
        partners = partners == null ? List.of() : List.copyOf(partners);
        reporting = reporting == null ? Reporting.MONTHLY : reporting;
    }
}
