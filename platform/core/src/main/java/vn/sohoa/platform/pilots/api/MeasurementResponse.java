package vn.sohoa.platform.pilots.api;

import java.math.BigDecimal;
import java.time.Instant;
import vn.sohoa.platform.pilots.domain.PilotMeasurement;

/** An actual as the API returns it; {@code supersededAt} is set on a value a correction replaced. */
public record MeasurementResponse(long id, String kpiCode, String period, BigDecimal value, BigDecimal numerator,
                                  BigDecimal denominator, String note, String recordedBy, Instant recordedAt,
                                  Instant supersededAt) {

    static MeasurementResponse of(PilotMeasurement measurement) {
        var actual = measurement.actual();
        return new MeasurementResponse(measurement.id(), measurement.kpiCode(), measurement.period(), actual.value(),
                actual.numerator(), actual.denominator(), measurement.note(), measurement.recordedBy(),
                measurement.recordedAt(), measurement.supersededAt());
    }
}
