package vn.sohoa.platform.units.domain;

/** What kind of place a sub-unit is. */
public enum UnitType {
    HAMLET, RESIDENTIAL_GROUP, DIVISION, OTHER
}
