package vn.sohoa.platform.pilots.domain;

/** How often a pilot reports its KPIs: every month or every quarter. */
public enum Reporting {
    MONTHLY, QUARTERLY
}
