package vn.sohoa.admin.restructuring.api;

import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import vn.sohoa.platform.validation.Code;

/** Where a tenant moves, and from when. */
public record MoveRequest(@Code String newParentCode, @NotNull LocalDate effectiveDate) {}
