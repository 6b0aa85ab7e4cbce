package vn.sohoa.platform.training.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import vn.sohoa.platform.problem.Problem;
import vn.sohoa.platform.problem.ProblemException;
import vn.sohoa.platform.tenancy.domain.TenantScopedEntity;

/**
 * One attempt at a quiz lesson. Its questions are frozen when it starts (drawn, options shuffled) together with
 * what is correct, so grading never depends on later edits; answers are saved at every step; a submitted attempt
 * keeps its first result.
 */
@Entity
@Table(name = "quiz_attempt")
public class QuizAttempt extends TenantScopedEntity {

    @Column(name = "enrolment_id")
    private long enrolmentId;

    @Column(name = "lesson_id")
    private long lessonId;

    private int number;

    @Column(name = "pass_percent")
    private int passPercent;

    @JdbcTypeCode(SqlTypes.JSON)
    private List<CourseContent.Question> questions;

    @JdbcTypeCode(SqlTypes.JSON)
    private List<QuizAnswer> answers = List.of();

    @Column(name = "started_at")
    private Instant startedAt;

    private Instant deadline;

    @Column(name = "submitted_at")
    private Instant submittedAt;

    private Integer score;

    private Boolean passed;

    protected QuizAttempt() {
    }

    public QuizAttempt(long enrolmentId, long lessonId, int number, int passPercent,
                       List<CourseContent.Question> questions, Instant startedAt, Instant deadline) {
        this.enrolmentId = enrolmentId;
        this.lessonId = lessonId;
        this.number = number;
        this.passPercent = passPercent;
        this.questions = List.copyOf(questions);
        this.startedAt = startedAt;
        this.deadline = deadline;
    }

    /**
     * Saves the answers given so far, replacing those of the same questions.
     *
     * @throws ProblemException 409 once submitted or past the time limit, 400 naming a question not in the attempt
     *                          or an option not of its question
     */
    public void answer(List<QuizAnswer> given, Instant now) {
        requireOpen(now);
        Map<Long, CourseContent.Question> byId = questions.stream()
                .collect(Collectors.toMap(CourseContent.Question::id, Function.identity()));
        for (int i = 0; i < given.size(); i++) {
            QuizAnswer answer = given.get(i);
            CourseContent.Question question = byId.get(answer.questionId());
            if (question == null) {
                throw ProblemException.invalid(List.of(new Problem.FieldError("answers[" + i + "].questionId",
                        "names question " + answer.questionId() + ", which is not in this attempt")));
            }
            Set<Long> options = question.options().stream().map(CourseContent.Option::id).collect(Collectors.toSet());
            if (!options.containsAll(answer.optionIds())) {
                throw ProblemException.invalid(List.of(new Problem.FieldError("answers[" + i + "].optionIds",
                        "names an option that is not of question " + answer.questionId())));
            }
        }
        Map<Long, QuizAnswer> merged = answers.stream()
                .collect(Collectors.toMap(QuizAnswer::questionId, Function.identity(), (a, b) -> b, java.util.LinkedHashMap::new));
        given.forEach(answer -> merged.put(answer.questionId(), answer));
        answers = List.copyOf(merged.values());
    }

    /**
     * Grades the attempt once: a question counts when exactly its correct options were chosen.
     *
     * @return whether this call submitted it (false for a resent submit, which changes nothing)
     * @throws ProblemException 409 after the time limit
     */
    public boolean submit(Instant now) {
        if (submittedAt != null) {
            return false;
        }
        requireOpen(now);
        Map<Long, Set<Long>> chosen = answers.stream()
                .collect(Collectors.toMap(QuizAnswer::questionId, answer -> new HashSet<>(answer.optionIds())));
        long right = questions.stream()
                .filter(question -> new HashSet<>(question.correctOptionIds()).equals(chosen.get(question.id())))
                .count();
        score = questions.isEmpty() ? 0 : (int) Math.floor(right * 100.0 / questions.size());
        passed = score >= passPercent;
        submittedAt = now;
        return true;
    }

    private void requireOpen(Instant now) {
        if (submittedAt != null) {
            throw ProblemException.conflict("Attempt " + number + " was submitted already; its answers cannot change.");
        }
        if (expired(now)) {
            throw ProblemException.conflict("The time limit of attempt " + number + " ended at " + deadline
                    + "; it can no longer be answered or submitted.");
        }
    }

    /** Whether the time limit has passed. */
    public boolean expired(Instant now) {
        return deadline != null && now.isAfter(deadline);
    }

    public long enrolmentId() {
        return enrolmentId;
    }

    public long lessonId() {
        return lessonId;
    }

    public int number() {
        return number;
    }

    public List<CourseContent.Question> questions() {
        return questions;
    }

    public List<QuizAnswer> answers() {
        return answers;
    }

    public Instant startedAt() {
        return startedAt;
    }

    public Instant deadline() {
        return deadline;
    }

    public boolean submitted() {
        return submittedAt != null;
    }

    public Integer score() {
        return score;
    }

    public Boolean passed() {
        return passed;
    }
}
