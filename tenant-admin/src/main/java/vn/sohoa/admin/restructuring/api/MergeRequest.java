package vn.sohoa.admin.restructuring.api;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import vn.sohoa.platform.validation.Code;

/** Tenants to merge into one successor, and from when. */
public record MergeRequest(
        @NotEmpty @Size(max = 100) List<@Code String> sourceCodes,
        @NotNull @Valid MergeTargetRequest target,
        @NotNull LocalDate effectiveDate) {}
