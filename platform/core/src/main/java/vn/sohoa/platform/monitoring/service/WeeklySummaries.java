package vn.sohoa.platform.monitoring.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import vn.sohoa.platform.calendar.VietnamCalendar;
import vn.sohoa.platform.monitoring.domain.Period;
import vn.sohoa.platform.monitoring.domain.TenantRef;
import vn.sohoa.platform.monitoring.domain.WeeklySummary;
import vn.sohoa.platform.monitoring.domain.WeeklySummarySubscription;
import vn.sohoa.platform.problem.ProblemException;
import vn.sohoa.platform.tenancy.domain.Caller;
import vn.sohoa.platform.tenancy.domain.TenantSnapshot;

/**
 * The weekly summary of the entered tenant: the dashboard of a whole Monday-to-Sunday week that has ended (Vietnam's
 * calendar, the injected clock), addressed by its Monday, and the people who subscribed to it. There is no mail
 * server: the summary is a page and a workbook anyone who may read the tenant opens by link, so a mail or Zalo
 * integration only sends {@link WeeklySummary#page()} or {@link WeeklySummary#workbook()}.
 */
@ApplicationScoped
public class WeeklySummaries {

    @Inject
    EntityManager em;

    @Inject
    Clock clock;

    /** The Monday of the last week that has ended: on Wednesday 18/03/2026, Monday 09/03/2026. */
    public LocalDate lastWeek() {
        return VietnamCalendar.today(clock).minusWeeks(1).with(DayOfWeek.MONDAY);
    }

    /**
     * The week a summary names by its Monday, e.g. {@code 2026-03-09}.
     *
     * @throws ProblemException 400 naming {@code week} when it is not a date, not a Monday, or a week not ended yet
     */
    public Period week(String monday) {
        LocalDate day;
        try {
            day = LocalDate.parse(monday);
        } catch (DateTimeParseException | NullPointerException e) {
            throw ProblemException.invalid("week", "must be the Monday of a week, such as " + lastWeek());
        }
        if (day.getDayOfWeek() != DayOfWeek.MONDAY) {
            throw ProblemException.invalid("week", "must be a Monday; " + monday + " is a " + day.getDayOfWeek());
        }
        if (day.isAfter(lastWeek())) {
            throw ProblemException.invalid("week", "must have ended; the last week that has is " + lastWeek());
        }
        return new Period(day, day.plusDays(6));
    }

    /** The summary of the week starting {@code monday} for {@code caller}, in the entered tenant. */
    @Transactional
    public WeeklySummary of(TenantSnapshot tenant, LocalDate monday, Caller caller) {
        return new WeeklySummary(new TenantRef(tenant.code(), tenant.name()), monday, monday.plusDays(6),
                "/t/" + tenant.code() + "/weekly/" + monday,
                "/api/v1/tenants/" + tenant.code() + "/dashboard/weekly/" + monday + ".xlsx", find(caller) != null);
    }

    /** Subscribes the caller to the entered tenant's weekly summary; subscribing again changes nothing. */
    @Transactional
    public void subscribe(Caller caller) {
        if (find(caller) == null) {
            em.persist(new WeeklySummarySubscription(caller, clock.instant()));
            em.flush();
        }
    }

    /** Ends the caller's subscription to the entered tenant's weekly summary, if they had one. */
    @Transactional
    public void unsubscribe(Caller caller) {
        WeeklySummarySubscription subscription = find(caller);
        if (subscription != null) {
            em.remove(subscription);
        }
    }

    private WeeklySummarySubscription find(Caller caller) {
        return em.createQuery("from WeeklySummarySubscription s where s.userSubject = :subject",
                        WeeklySummarySubscription.class).setParameter("subject", caller.subject())
                .getResultStream().findFirst().orElse(null);
    }
}
