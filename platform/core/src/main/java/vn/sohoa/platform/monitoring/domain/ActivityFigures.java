package vn.sohoa.platform.monitoring.domain;

import java.time.LocalDate;
import java.util.List;

/**
 * Live support records (acts) and people helped over a subtree in a period and the previous one, by category and
 * by Monday-to-Sunday week (a week without records is a zero); and the tenants with hamlets that logged nothing in
 * the fourteen days up to today.
 */
public record ActivityFigures(long acts, long people, long previousActs, long previousPeople,
                              List<CategoryFigure> byCategory, List<WeekFigure> byWeek, LocalDate idleSince,
                              long idleTotal, List<TenantRef> idle) {

    public ActivityFigures {
        byCategory = List.copyOf(byCategory);
        byWeek = List.copyOf(byWeek);
        idle = List.copyOf(idle);
    }

    public record CategoryFigure(String category, long acts, long people) {}

    /** A week by its Monday; only the week's days inside the period are counted. */
    public record WeekFigure(LocalDate week, long acts, long people) {}
}
