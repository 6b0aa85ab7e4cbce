package vn.sohoa.platform.pilots.domain;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import vn.sohoa.platform.problem.Problem;
import vn.sohoa.platform.problem.ProblemException;

/**
 * What a template lays down and a pilot copies: the KPIs, the scoring rubric and the level bands of the
 * total. Stored as one document, so a pilot keeps exactly the version it copied.
 */
public record PilotDesign(@Valid @Size(max = 50) List<@NotNull Kpi> kpis,
                          @Valid @Size(max = 100) List<@NotNull Criterion> criteria,
                          @Valid @Size(max = 10) List<@NotNull LevelBand> bands) {

    /** A KPI's or criterion's code: letters, digits, dots, hyphens and underscores, such as {@code QR_TRADERS}. */
    public static final String CODE = "[A-Za-z0-9._-]{1,32}";
    public static final String CODE_MESSAGE = "must be 1 to 32 letters, digits, dots, hyphens or underscores";

    public PilotDesign {
        kpis = kpis == null ? List.of() : List.copyOf(kpis);
        criteria = criteria == null ? List.of() : List.copyOf(criteria);
        bands = bands == null ? List.of() : List.copyOf(bands);
    }

    public static PilotDesign empty() {
        return new PilotDesign(List.of(), List.of(), List.of());
    }

    public Optional<Kpi> kpi(String code) {
        return kpis.stream().filter(kpi -> kpi.code().equals(code)).findFirst();
    }

    public Optional<Criterion> criterion(String code) {
        return criteria.stream().filter(criterion -> criterion.code().equals(code)).findFirst();
    }

    /** The highest band {@code total} reaches, or null when there are no bands or it reaches none. */
    public String level(BigDecimal total) {
        return bands.stream().filter(band -> total.compareTo(band.minPoints()) >= 0)
                .max((a, b) -> a.minPoints().compareTo(b.minPoints())).map(LevelBand::name).orElse(null);
    }

    /**
     * Checks what Bean Validation cannot: codes are unique, every scored criterion names a KPI of a kind it
     * can score, steps give no more than the criterion's maximum.
     *
     * @throws ProblemException 400 naming each problem's field, under {@code prefix} (e.g. {@code design})
     */
    public void check(String prefix) {
        List<Problem.FieldError> errors = new ArrayList<>();
        Set<String> codes = new HashSet<>();
        for (int i = 0; i < kpis.size(); i++) {
            if (!codes.add(kpis.get(i).code())) {
                errors.add(new Problem.FieldError(prefix + ".kpis[" + i + "].code", "repeats another KPI's code"));
            }
        }
        Set<String> criterionCodes = new HashSet<>();
        for (int i = 0; i < criteria.size(); i++) {
            Criterion criterion = criteria.get(i);
            String field = prefix + ".criteria[" + i + "]";
            if (!criterionCodes.add(criterion.code())) {
                errors.add(new Problem.FieldError(field + ".code", "repeats another criterion's code"));
            }
            checkScoring(criterion, field, errors);
        }
        Set<String> bandNames = new HashSet<>();
        for (int i = 0; i < bands.size(); i++) {
            if (!bandNames.add(bands.get(i).name())) {
                errors.add(new Problem.FieldError(prefix + ".bands[" + i + "].name", "repeats another band's name"));
            }
        }
        if (!errors.isEmpty()) {
            throw ProblemException.invalid(errors);
        }
    }

    private void checkScoring(Criterion criterion, String field, List<Problem.FieldError> errors) {
        if (!criterion.method().automatic()) {
            return;
        }
        Optional<Kpi> kpi = criterion.kpiCode() == null ? Optional.empty() : kpi(criterion.kpiCode());
        if (kpi.isEmpty()) {
            errors.add(new Problem.FieldError(field + ".kpiCode", "must name a KPI of the design for a "
                    + criterion.method() + " criterion"));
            return;
        }
        switch (criterion.method()) {
            case STEPS -> {
                if (criterion.steps().isEmpty()) {
                    errors.add(new Problem.FieldError(field + ".steps", "must list at least one step"));
                }
                for (int s = 0; s < criterion.steps().size(); s++) {
                    if (criterion.steps().get(s).points().compareTo(criterion.maxPoints()) > 0) {
                        errors.add(new Problem.FieldError(field + ".steps[" + s + "].points",
                                "must not exceed the criterion's maximum of " + criterion.maxPoints().toPlainString()));
                    }
                }
            }
            case YES_NO -> {
                if (kpi.get().kind() != KpiKind.YES_NO) {
                    errors.add(new Problem.FieldError(field + ".kpiCode", "must name a YES_NO KPI"));
                }
            }
            case RATIO -> {
                if (kpi.get().kind() == KpiKind.YES_NO) {
                    errors.add(new Problem.FieldError(field + ".kpiCode", "must name a NUMBER or PERCENT KPI"));
                }
            }
            default -> throw new IllegalStateException(criterion.method() + " is not scored automatically");
        }
    }
}
