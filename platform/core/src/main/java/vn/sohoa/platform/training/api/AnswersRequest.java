package vn.sohoa.platform.training.api;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import vn.sohoa.platform.training.domain.QuizAnswer;

/** Answers to questions of an attempt: {@code {answers: [{questionId, optionIds: [...]}]}}. */
public record AnswersRequest(@NotNull @Size(max = 200) List<@NotNull @Valid QuizAnswer> answers) {
}
