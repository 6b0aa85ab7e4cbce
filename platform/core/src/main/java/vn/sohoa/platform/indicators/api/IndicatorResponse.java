package vn.sohoa.platform.indicators.api;

import vn.sohoa.platform.indicators.domain.Direction;
import vn.sohoa.platform.indicators.domain.Indicator;
import vn.sohoa.platform.indicators.domain.IndicatorKind;
import vn.sohoa.platform.indicators.domain.IndicatorSource;
import vn.sohoa.platform.indicators.domain.PeriodAggregation;
import vn.sohoa.platform.indicators.domain.TenantAggregation;

/** An indicator as the API answers it; {@code definedBy} is the tenant it is inherited from, or this one. */
public record IndicatorResponse(String code, String name, String unit, IndicatorKind kind,
                                TenantAggregation acrossTenants, PeriodAggregation acrossPeriods, Direction direction,
                                IndicatorRequest.Dti dti, IndicatorSource source, String sourceCategory,
                                String definedBy, long version) {

    public static IndicatorResponse of(Indicator indicator) {
        return new IndicatorResponse(indicator.code(), indicator.name(), indicator.unit(), indicator.kind(),
                indicator.acrossTenants(), indicator.acrossPeriods(), indicator.direction(),
                indicator.dtiPillar() == null ? null : new IndicatorRequest.Dti(indicator.dtiPillar(),
                        indicator.dtiSubIndicator(), indicator.dtiPoints()),
                indicator.source(), indicator.sourceCategory(), indicator.tenantCode(), indicator.version());
    }
}
