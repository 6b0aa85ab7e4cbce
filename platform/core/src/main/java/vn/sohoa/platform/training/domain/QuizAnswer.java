package vn.sohoa.platform.training.domain;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;

/** The options a learner chose for one question of an attempt. */
public record QuizAnswer(@NotNull Long questionId, @NotNull @Size(max = 10) List<@NotNull Long> optionIds) {
}
