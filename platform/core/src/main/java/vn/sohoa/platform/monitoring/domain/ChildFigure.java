package vn.sohoa.platform.monitoring.domain;

/**
 * One child's figure on a metric: the value ranked, and the two counts it comes from. A count is its own value
 * with no denominator; a share is numerator over denominator in percent, null while the denominator is zero.
 */
public record ChildFigure(Double value, long numerator, Long denominator) {

    public static ChildFigure count(long value) {
        return new ChildFigure((double) value, value, null);
    }

    public static ChildFigure share(long numerator, long denominator) {
        Double percent = denominator == 0 ? null : Math.round(1000.0 * numerator / denominator) / 10.0;
        return new ChildFigure(percent, numerator, denominator);
    }
}
