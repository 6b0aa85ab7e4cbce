package vn.sohoa.platform.pilots.domain;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;

/**
 * A key performance indicator of a pilot or template. In a template {@code target} is the suggested target
 * and {@code baseline} is usually empty; a pilot sets both for itself. A PERCENT's baseline and target are
 * percentages (0–100), a YES_NO's 0 or 1. {@code key} marks the few indicators dashboards show first.
 */
public record Kpi(@NotNull @Pattern(regexp = PilotDesign.CODE, message = PilotDesign.CODE_MESSAGE) String code,
                  @NotBlank @Size(max = 200) String name,
                  @NotNull KpiKind kind,
                  @NotNull Direction direction,
                  @Size(max = 50) String unit,
                  BigDecimal baseline,
                  BigDecimal target,
                  boolean key) {

    /** The same indicator with this pilot's own baseline and target. */
    public Kpi aiming(BigDecimal newBaseline, BigDecimal newTarget) {
        return new Kpi(code, name, kind, direction, unit, newBaseline, newTarget, key);
    }
}
