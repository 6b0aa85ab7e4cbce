package vn.sohoa.platform.monitoring.domain;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.LocalDate;
import java.util.List;

/**
 * Hamlets and residential groups of the live tenants of a subtree, those with a team someone is in, such teams
 * and their people, on the period's last day (or today) and on the previous period's last day; and the first
 * hamlets without a team.
 */
public record CoverageFigures(LocalDate asOfDay, long hamlets, long covered, long teams, long members,
                              LocalDate previousDay, long previousHamlets, long previousCovered, long previousTeams,
                              long previousMembers, long withoutTeamTotal, List<Hamlet> withoutTeam) {

    public CoverageFigures {
        withoutTeam = List.copyOf(withoutTeam);
    }

    /** Covered over all hamlets in percent, one decimal; null without hamlets. */
    @JsonProperty
    public Double rate() {
        return ChildFigure.share(covered, hamlets).value();
    }

    @JsonProperty
    public Double previousRate() {
        return ChildFigure.share(previousCovered, previousHamlets).value();
    }

    /** A hamlet of a tenant. */
    public record Hamlet(String tenantCode, String tenantName, String unitCode, String unitName) {}
}
