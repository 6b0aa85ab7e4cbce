package vn.sohoa.platform.indicators.domain;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import vn.sohoa.platform.problem.Problem;
import vn.sohoa.platform.problem.ProblemException;
import vn.sohoa.platform.tenancy.domain.TenantKind;

/**
 * What defines a data set: its indicators in order (some of them required to submit), how often and in which
 * window it is reported, which kinds of tenant below its owner report it, the days allowed after a period
 * ends, and whether its approved aggregates are open data.
 */
public record DataSetDraft(String code, String name, PeriodType periodType, PeriodWindow window,
                           List<String> indicatorCodes, List<String> required, Set<TenantKind> assignedKinds,
                           int dueDays, boolean openData) {

    public DataSetDraft {
        indicatorCodes = List.copyOf(indicatorCodes);
        required = required == null ? List.of() : List.copyOf(required);
        assignedKinds = Set.copyOf(assignedKinds);
    }

    /**
     * Checks that each indicator is listed once and that the required ones are among them.
     *
     * @throws ProblemException 400 naming the indicator
     */
    public void check() {
        List<Problem.FieldError> errors = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        indicatorCodes.stream().filter(code -> !seen.add(code))
                .forEach(code -> errors.add(new Problem.FieldError("indicatorCodes", code + " is listed twice")));
        required.stream().filter(code -> !seen.contains(code))
                .forEach(code -> errors.add(new Problem.FieldError("required", code + " is not among indicatorCodes")));
        if (!errors.isEmpty()) {
            throw ProblemException.invalid(errors);
        }
    }
}
