package vn.sohoa.platform.http;

import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.QueryParam;

/**
 * The {@code ?dryRun=true} switch of an endpoint that can preview a change without making it. It is read
 * as text and checked, because JAX-RS reads every word but "true" as false: {@code ?dryRun=yes} would
 * otherwise make the change the caller only wanted to see.
 */
public class DryRun {

    @QueryParam("dryRun")
    @DefaultValue("false")
    @Pattern(regexp = "true|false", message = "must be true or false")
    String dryRun;

    /** Whether the caller asked for a preview only. */
    public boolean requested() {
        return Boolean.parseBoolean(dryRun);
    }
}
