package vn.sohoa.platform.pilots.service;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import vn.sohoa.platform.tenancy.domain.TenantKind;
import vn.sohoa.platform.validation.Code;

/**
 * Where to replicate a recognised pilot, by the replication decision: either the chosen {@code targets}, or
 * every active tenant of {@code kind} below {@code under}; {@code effectiveOn} is the day the replication took
 * effect, today when not given.
 */
public record ReplicationRequest(@Size(max = 5000) List<@Code String> targets,
                                 TenantKind kind,
                                 @Pattern(regexp = Code.PATTERN, message = "must be a tenant code") String under,
                                 @NotBlank @Size(max = 64) String decisionNumber,
                                 @NotNull LocalDate decisionDate,
                                 @Size(max = 2000) String comment,
                                 LocalDate effectiveOn) {}
