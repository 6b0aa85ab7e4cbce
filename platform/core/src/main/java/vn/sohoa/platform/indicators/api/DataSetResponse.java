package vn.sohoa.platform.indicators.api;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;
import java.util.Set;
import vn.sohoa.platform.indicators.domain.DataSet;
import vn.sohoa.platform.indicators.domain.PeriodType;
import vn.sohoa.platform.indicators.domain.PeriodWindow;
import vn.sohoa.platform.tenancy.domain.TenantKind;

/** A data set as the API answers it; {@code definedBy} is the tenant that defines it. */
public record DataSetResponse(String code, String name, PeriodType periodType, PeriodWindow window,
                              List<String> indicatorCodes, List<String> required, Set<TenantKind> assignedKinds,
                              int dueDays, @JsonProperty("public") boolean openData, String definedBy, long version) {

    public static DataSetResponse of(DataSet dataSet) {
        return new DataSetResponse(dataSet.code(), dataSet.name(), dataSet.periodType(), dataSet.window(),
                dataSet.indicatorCodes(), dataSet.required(), dataSet.assignedKinds(), dataSet.dueDays(),
                dataSet.openData(), dataSet.tenantCode(), dataSet.version());
    }
}
