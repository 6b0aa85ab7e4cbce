package vn.sohoa.admin.settings.domain;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;

/**
 * What a tenant aims for in one year; the monitoring dashboards compare the actual figures with them.
 * Shares are fractions from 0 to 1.
 *
 * @param activeTeamHamletShare   share of hamlets whose community digital-technology team logs support
 * @param supportSessionsPerMonth acts of citizen support logged per month across the tenant
 * @param trainingCompletionShare share of enrolled learners who complete their course
 * @param pilotModels             pilot digital-transformation models run during the year
 */
public record AnnualTargets(
        @NotNull @Min(2020) @Max(2100) Integer year,
        @DecimalMin("0") @DecimalMax("1") Double activeTeamHamletShare,
        @PositiveOrZero @Max(10_000_000) Integer supportSessionsPerMonth,
        @DecimalMin("0") @DecimalMax("1") Double trainingCompletionShare,
        @PositiveOrZero @Max(10_000) Integer pilotModels) {}
