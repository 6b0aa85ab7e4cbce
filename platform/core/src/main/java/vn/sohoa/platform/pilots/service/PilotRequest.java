package vn.sohoa.platform.pilots.service;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import vn.sohoa.platform.pilots.domain.Criterion;
import vn.sohoa.platform.pilots.domain.Kpi;
import vn.sohoa.platform.pilots.domain.LevelBand;
import vn.sohoa.platform.pilots.domain.PilotField;
import vn.sohoa.platform.pilots.domain.PilotPlan;
import vn.sohoa.platform.pilots.domain.Reporting;
import vn.sohoa.platform.validation.Code;

/**
 * A pilot as a client or the pilot wizard sends it. On creation {@code templateCode} (a template of the
 * tenant or of an ancestor) gives the design to copy; {@code kpis}, {@code criteria} and {@code bands}, when
 * sent, replace the copied ones (this is how a pilot sets its own baselines and targets). {@code version} is
 * required when updating.
 */
public record PilotRequest(@NotBlank @Size(max = 200) String name,
                           @NotNull PilotField field,
                           @Size(max = 4000) String objectives,
                           @NotNull LocalDate startDate,
                           @NotNull LocalDate endDate,
                           @PositiveOrZero Long budgetVnd,
                           @Size(max = 100) List<@Code String> subUnits,
                           @Size(max = 20) List<@NotBlank @Size(max = 200) String> partners,
                           @Size(max = 200) String responsible,
                           Reporting reporting,
                           @Size(max = 32) String templateCode,
                           @Valid @Size(max = 50) List<@NotNull Kpi> kpis,
                           @Valid @Size(max = 100) List<@NotNull Criterion> criteria,
                           @Valid @Size(max = 10) List<@NotNull LevelBand> bands,
                           Long version) {

    /** The plan part of the request. */
    public PilotPlan plan() {
        return new PilotPlan(name.strip(), field, objectives, startDate, endDate, budgetVnd, subUnits, partners,
                responsible, reporting);
    }
}
