package vn.sohoa.platform.pilots.domain;

/** Whether a KPI is better higher ({@code UP}, e.g. traders with a QR code) or lower ({@code DOWN}, e.g. days to handle a file). */
public enum Direction {
    UP, DOWN;

    /** Whether {@code value} reaches {@code target} in this direction. */
    public boolean reaches(java.math.BigDecimal value, java.math.BigDecimal target) {
        int compared = value.compareTo(target);
        return this == UP ? compared >= 0 : compared <= 0;
    }
}
