package vn.sohoa.platform.monitoring.service;

import java.time.LocalDate;
import vn.sohoa.platform.monitoring.domain.Period;

/**
 * What a {@link DashboardSection} reads: the tenant whose subtree it adds up (the tenant the request entered), the
 * period asked for, the previous period of the same length, and today in Vietnam.
 */
public record DashboardQuery(String tenantCode, Period period, LocalDate today) {

    public Period previous() {
        return period.previous();
    }
}
