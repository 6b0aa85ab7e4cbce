package vn.sohoa.platform.training.service;

import java.time.Instant;
import java.util.List;
import vn.sohoa.platform.training.domain.QuizAnswer;
import vn.sohoa.platform.training.domain.QuizAttempt;

/**
 * An attempt as the learner sees it: its questions and options without what is correct, the answers saved so far,
 * and, once submitted, its result.
 */
public record AttemptView(long id, long lessonId, int number, Instant deadline, List<Question> questions,
                          List<QuizAnswer> answers, boolean submitted, Integer score, Boolean passed) {

    /** A question of the attempt; {@code multiple} when more than one option may be chosen. */
    public record Question(long id, String kind, String text, List<Option> options) {
    }

    /** An option, without its correct flag. */
    public record Option(long id, String text) {
    }

    static AttemptView of(QuizAttempt attempt) {
        return new AttemptView(attempt.id(), attempt.lessonId(), attempt.number(), attempt.deadline(),
                attempt.questions().stream().map(question -> new Question(question.id(), question.kind().name(),
                        question.text(), question.options().stream().map(option -> new Option(option.id(), option.text()))
                        .toList())).toList(),
                attempt.answers(), attempt.submitted(), attempt.score(), attempt.passed());
    }
}
