package vn.sohoa.platform.indicators.domain;

/** Whether a higher value of an indicator is better (UP) or worse (DOWN). */
public enum Direction {
    UP, DOWN
}
