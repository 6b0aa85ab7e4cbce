package vn.sohoa.admin.restructuring.api;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import vn.sohoa.platform.validation.Code;

/** A tenant to split, the parts it splits into, and from when. */
public record SplitRequest(
        @Code String sourceCode,
        @NotNull @Size(min = 2, max = 50, message = "must list 2 to 50 parts") List<@NotNull @Valid SplitPartRequest> parts,
        @NotNull LocalDate effectiveDate) {}
