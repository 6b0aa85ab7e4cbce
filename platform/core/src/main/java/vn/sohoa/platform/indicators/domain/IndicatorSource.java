package vn.sohoa.platform.indicators.domain;

/**
 * A value Sohoa computes from its own data for a tenant and a period, so the unit does not type it. Each
 * source fits one kind of indicator; the support sources may be narrowed to one support category.
 */
public enum IndicatorSource {
    /** Community teams with someone in them on the period's last day (or today, while it runs). */
    ACTIVE_TEAMS(IndicatorKind.NUMBER, false),
    /** People in a community team on that day. */
    ACTIVE_TEAM_MEMBERS(IndicatorKind.NUMBER, false),
    /** Hamlets and residential groups with an active team, over all of them. */
    HAMLETS_COVERED(IndicatorKind.PERCENT, false),
    /** Live support records over the period's days, of one category when the indicator names one. */
    SUPPORT_ACTS(IndicatorKind.NUMBER, true),
    /** People helped by those records (a group session counts its people). */
    PEOPLE_HELPED(IndicatorKind.NUMBER, true),
    /**
     * People in a community team on the day who are trained, over all people in a team that day. Trained: the
     * team member is linked to an account which, in this tenant, had completed at least one course by that day
     * and every course assigned to it that it was enrolled in by then. A member without an account is not.
     */
    TEAM_MEMBERS_TRAINED(IndicatorKind.PERCENT, false),
    /** The tenant's pilots under way on the day: started, not yet evaluated, stopped or closed. */
    PILOTS_RUNNING(IndicatorKind.NUMBER, false),
    /** The tenant's pilots whose evaluation recognised them by the day. */
    PILOTS_RECOGNISED(IndicatorKind.NUMBER, false);

    private final IndicatorKind kind;
    private final boolean byCategory;

    IndicatorSource(IndicatorKind kind, boolean byCategory) {
        this.kind = kind;
        this.byCategory = byCategory;
    }

    /** The kind of indicator this source fills. */
    public IndicatorKind kind() {
        return kind;
    }

    /** Whether the source may be narrowed to one support category. */
    public boolean byCategory() {
        return byCategory;
    }
}
