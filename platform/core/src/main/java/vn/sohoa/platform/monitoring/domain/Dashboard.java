package vn.sohoa.platform.monitoring.domain;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A tenant's dashboard: its figures as of a time, for a period compared with the previous one, one entry per
 * section present (in JSON each section is a property of the document: {@code coverage}, {@code activity}, …).
 */
@JsonPropertyOrder({"asOf", "tenant", "from", "to", "previousFrom", "previousTo"})
public final class Dashboard {

    private final Instant asOf;
    private final TenantRef tenant;
    private final Period period;
    private final Map<String, Object> sections;

    public Dashboard(Instant asOf, TenantRef tenant, Period period, Map<String, Object> sections) {
        this.asOf = asOf;
        this.tenant = tenant;
        this.period = period;
        this.sections = Collections.unmodifiableMap(new LinkedHashMap<>(sections));
    }

    /** When the figures were read from the tallies; a cached dashboard keeps the time it was read. */
    public Instant getAsOf() {
        return asOf;
    }

    public TenantRef getTenant() {
        return tenant;
    }

    public LocalDate getFrom() {
        return period.from();
    }

    public LocalDate getTo() {
        return period.to();
    }

    public LocalDate getPreviousFrom() {
        return period.previous().from();
    }

    public LocalDate getPreviousTo() {
        return period.previous().to();
    }

    /** The figures of each section by its name, in the sections' order. */
    @JsonAnyGetter
    public Map<String, Object> sections() {
        return sections;
    }

    public Period period() {
        return period;
    }
}
