package vn.sohoa.platform.indicators.domain;

/** How often a data set is reported, and how its periods are written. */
public enum PeriodType {
    MONTH("monthly", "2026-11"),
    QUARTER("quarterly", "2026-Q4"),
    HALF_YEAR("six-monthly", "2026-H2"),
    YEAR("yearly", "2026");

    private final String adjective;
    private final String example;

    PeriodType(String adjective, String example) {
        this.adjective = adjective;
        this.example = example;
    }

    public String adjective() {
        return adjective;
    }

    /** How a period of this type is written. */
    public String example() {
        return example;
    }

    /** How many months a period of this type spans. */
    public int months() {
        return switch (this) {
            case MONTH -> 1;
            case QUARTER -> 3;
            case HALF_YEAR -> 6;
            case YEAR -> 12;
        };
    }
}
