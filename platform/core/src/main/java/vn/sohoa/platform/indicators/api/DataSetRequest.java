package vn.sohoa.platform.indicators.api;

import com.fasterxml.jackson.annotation.JsonProperty;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.Set;
import vn.sohoa.platform.indicators.domain.DataSetDraft;
import vn.sohoa.platform.indicators.domain.PeriodType;
import vn.sohoa.platform.indicators.domain.PeriodWindow;
import vn.sohoa.platform.tenancy.domain.TenantKind;
import vn.sohoa.platform.validation.Code;

/** A data set as a client sends it; {@code public} marks its approved aggregates as open data. */
public record DataSetRequest(@Code String code, @NotBlank @Size(max = 300) String name, @NotNull PeriodType periodType,
                             @NotNull PeriodWindow window, @NotEmpty @Size(max = 200) List<@Code String> indicatorCodes,
                             @Size(max = 200) List<@Code String> required, @NotEmpty Set<@NotNull TenantKind> assignedKinds,
                             @NotNull @PositiveOrZero @Max(366) Integer dueDays,
                             @JsonProperty("public") boolean openData, Long version) {

    /** The definition it sends. */
    public DataSetDraft draft() {
        return new DataSetDraft(code, name.strip(), periodType, window, indicatorCodes, required, assignedKinds, dueDays,
                openData);
    }
}
