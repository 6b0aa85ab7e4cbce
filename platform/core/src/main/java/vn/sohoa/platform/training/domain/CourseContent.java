package vn.sohoa.platform.training.domain;

import com.fasterxml.jackson.annotation.JsonInclude;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.LongSupplier;
import vn.sohoa.platform.problem.Problem;
import vn.sohoa.platform.tenancy.domain.TenantKind;
import vn.sohoa.platform.validation.Code;

/**
 * The course document: a course's settings and its content (sections of lessons, quiz settings, the question
 * bank). A POST creates a course with it, a PUT replaces the draft, publishing freezes it as version N. Sections,
 * lessons, questions and options carry ids: an item sent with the id it was read with keeps it (so progress and
 * attempts stay attached to it across versions), any other item gets a new one.
 *
 * @param version the course's version the change was made from (a PUT); never stored
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record CourseContent(@NotNull @Code String code,
                            @NotBlank @Size(max = 300) String title,
                            @Size(max = 4000) String summary,
                            @Pattern(regexp = "vi|en") String language,
                            @DecimalMin("0") @DecimalMax("999") BigDecimal estimatedHours,
                            @NotNull @Size(min = 1) List<@NotNull Audience> audiences,
                            List<@NotNull @Size(max = 16) String> skillCodes,
                            @NotNull Sharing sharing,
                            List<@NotNull TenantKind> sharedKinds,
                            @NotNull @Size(max = 100) List<@NotNull @Valid Section> sections,
                            @Size(max = 2000) List<@NotNull @Valid Question> questions,
                            Long version) {

    public CourseContent {
        language = language == null ? "vi" : language;
        skillCodes = skillCodes == null ? List.of() : List.copyOf(skillCodes);
        sharedKinds = sharedKinds == null ? List.of() : List.copyOf(sharedKinds);
        questions = questions == null ? List.of() : List.copyOf(questions);
    }

    /** A section of lessons. */
    public record Section(Long id, @NotBlank @Size(max = 300) String title,
                         @NotNull @Size(max = 200) List<@NotNull @Valid Lesson> lessons) {
    }

    /**
     * A lesson. TEXT has a Markdown {@code body}; VIDEO a {@code url} and {@code durationMinutes}; FILE the id of a
     * stored PDF ({@code fileId}); QUIZ its {@code quiz} settings. A lesson is required unless it says otherwise.
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Lesson(Long id, @NotNull LessonKind kind, @NotBlank @Size(max = 300) String title,
                        @Size(max = 100_000) String body,
                        @Size(max = 2000) @Pattern(regexp = "https?://\\S+", message = "must be an http(s) link") String url,
                        @Min(0) @Max(6000) Integer durationMinutes, Boolean required, Long fileId,
                        @Valid QuizSettings quiz) {

        public boolean mandatory() {
            return required == null || required;
        }
    }

    /**
     * How a quiz lesson draws and grades: {@code draw} questions at random from the bank (those tagged {@code tag}
     * when given), pass at {@code passPercent}, {@code attempts} allowed, an optional time limit; the highest
     * attempt counts.
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record QuizSettings(@NotNull @Min(0) @Max(100) Integer passPercent, @NotNull @Min(1) @Max(100) Integer attempts,
                               @Min(1) @Max(600) Integer timeLimitMinutes, @NotNull @Min(1) @Max(200) Integer draw,
                               @Size(max = 64) String tag) {
    }

    /** A question of the bank with its options; tags (or skill codes) let a quiz draw from part of the bank. */
    public record Question(Long id, @NotNull QuestionKind kind, @NotBlank @Size(max = 2000) String text,
                           List<@NotBlank @Size(max = 64) String> tags,
                           @NotNull @Size(min = 2, max = 10) List<@NotNull @Valid Option> options) {

        public Question {
            tags = tags == null ? List.of() : List.copyOf(tags);
        }

        public List<Long> correctOptionIds() {
            return options.stream().filter(Option::correct).map(Option::id).toList();
        }
    }

    /** An option of a question; {@code correct} never reaches a learner before they submit. */
    public record Option(Long id, @NotBlank @Size(max = 1000) String text, boolean correct) {
    }

    /** Every lesson of every section, in order. */
    public List<Lesson> lessons() {
        return sections.stream().flatMap(section -> section.lessons().stream()).toList();
    }

    /** The document with an id on every item: known ids kept, others (absent, unknown, repeated) new from {@code next}. */
    public CourseContent numbered(Set<Long> known, LongSupplier next) {
        Set<Long> used = new HashSet<>();
        LongSupplierById ids = id -> id != null && known.contains(id) && used.add(id) ? id : next.getAsLong();
        List<Section> numberedSections = sections.stream().map(section -> new Section(ids.of(section.id()), section.title(),
                section.lessons().stream().map(lesson -> new Lesson(ids.of(lesson.id()), lesson.kind(), lesson.title(),
                        lesson.body(), lesson.url(), lesson.durationMinutes(), lesson.mandatory(), lesson.fileId(),
                        lesson.quiz())).toList())).toList();
        List<Question> numberedQuestions = questions.stream().map(question -> new Question(ids.of(question.id()),
                question.kind(), question.text(), question.tags(), question.options().stream()
                .map(option -> new Option(ids.of(option.id()), option.text(), option.correct())).toList())).toList();
        return new CourseContent(code, title, summary, language, estimatedHours, audiences, skillCodes, sharing,
                sharedKinds, numberedSections, numberedQuestions, null);
    }

    /** Every id the document holds. */
    public Set<Long> ids() {
        Set<Long> ids = new HashSet<>();
        sections.forEach(section -> {
            ids.add(section.id());
            section.lessons().forEach(lesson -> ids.add(lesson.id()));
        });
        questions.forEach(question -> {
            ids.add(question.id());
            question.options().forEach(option -> ids.add(option.id()));
        });
        ids.remove(null);
        return ids;
    }

    /** Why this content cannot be saved as a draft: what Bean Validation cannot say about one field alone. */
    public List<Problem.FieldError> draftProblems() {
        List<Problem.FieldError> problems = new ArrayList<>();
        for (int s = 0; s < sections.size(); s++) {
            List<Lesson> lessons = sections.get(s).lessons();
            for (int l = 0; l < lessons.size(); l++) {
                Lesson lesson = lessons.get(l);
                String field = "sections[" + s + "].lessons[" + l + "]";
                if (lesson.kind() == LessonKind.QUIZ && lesson.quiz() == null) {
                    problems.add(new Problem.FieldError(field + ".quiz", "is required for a quiz lesson"));
                }
                if (lesson.kind() == LessonKind.VIDEO && lesson.url() == null) {
                    problems.add(new Problem.FieldError(field + ".url", "is required for a video lesson"));
                }
                if (lesson.kind() == LessonKind.VIDEO && (lesson.durationMinutes() == null || lesson.durationMinutes() < 1)) {
                    // A learner on a phone sees how long a video is before spending their data on it.
                    problems.add(new Problem.FieldError(field + ".durationMinutes",
                            "is required for a video lesson: at least one minute"));
                }
            }
        }
        for (int q = 0; q < questions.size(); q++) {
            Question question = questions.get(q);
            if (question.kind() == QuestionKind.TRUE_FALSE && question.options().size() != 2) {
                problems.add(new Problem.FieldError("questions[" + q + "].options", "must be two for a true/false question"));
            }
        }
        if (sharing == Sharing.OWN && !sharedKinds.isEmpty()) {
            problems.add(new Problem.FieldError("sharedKinds", "must be empty when the course is not shared"));
        }
        return problems;
    }

    /**
     * Why this content cannot be published: no lesson, a question without a correct option (or a single-choice one
     * with several), a quiz drawing more questions than the bank (or its tag) holds, a file lesson without its file.
     */
    public List<Problem.FieldError> publishingProblems() {
        List<Problem.FieldError> problems = new ArrayList<>(draftProblems());
        if (lessons().isEmpty()) {
            problems.add(new Problem.FieldError("sections", "must hold at least one lesson to publish the course"));
        }
        for (int q = 0; q < questions.size(); q++) {
            Question question = questions.get(q);
            int correct = question.correctOptionIds().size();
            if (correct == 0) {
                problems.add(new Problem.FieldError("questions[" + q + "].options",
                        "has no correct option (question \"" + question.text() + "\")"));
            } else if (correct > 1 && question.kind() != QuestionKind.MULTIPLE) {
                problems.add(new Problem.FieldError("questions[" + q + "].options",
                        "has " + correct + " correct options but is a " + question.kind() + " question"));
            }
        }
        for (int s = 0; s < sections.size(); s++) {
            List<Lesson> lessons = sections.get(s).lessons();
            for (int l = 0; l < lessons.size(); l++) {
                Lesson lesson = lessons.get(l);
                String field = "sections[" + s + "].lessons[" + l + "]";
                if (lesson.kind() == LessonKind.QUIZ && lesson.quiz() != null) {
                    long available = bank(lesson.quiz().tag()).size();
                    if (available < lesson.quiz().draw()) {
                        problems.add(new Problem.FieldError(field + ".quiz.draw", "asks for " + lesson.quiz().draw()
                                + " questions but the bank" + (lesson.quiz().tag() == null ? "" : " tagged "
                                + lesson.quiz().tag()) + " holds " + available));
                    }
                }
                if (lesson.kind() == LessonKind.FILE && lesson.fileId() == null) {
                    problems.add(new Problem.FieldError(field + ".fileId", "is required for a file lesson"));
                }
            }
        }
        return problems;
    }

    /** File lessons naming a file that is not one of the course's ({@code courseFiles}: those uploaded for it). */
    public List<Problem.FieldError> foreignFiles(Set<Long> courseFiles) {
        List<Problem.FieldError> problems = new ArrayList<>();
        for (int s = 0; s < sections.size(); s++) {
            List<Lesson> lessons = sections.get(s).lessons();
            for (int l = 0; l < lessons.size(); l++) {
                Lesson lesson = lessons.get(l);
                if (lesson.kind() == LessonKind.FILE && lesson.fileId() != null && !courseFiles.contains(lesson.fileId())) {
                    problems.add(new Problem.FieldError("sections[" + s + "].lessons[" + l + "].fileId",
                            "names file " + lesson.fileId() + ", which was not uploaded for this course"));
                }
            }
        }
        return problems;
    }

    /** The questions a quiz draws from: the whole bank, or those tagged {@code tag}. */
    public List<Question> bank(String tag) {
        return tag == null ? questions : questions.stream().filter(question -> question.tags().contains(tag)).toList();
    }

    /** The lesson with this id, if the document has one. */
    public java.util.Optional<Lesson> lesson(long id) {
        return lessons().stream().filter(lesson -> lesson.id() != null && lesson.id() == id).findFirst();
    }

    /** The ids of the lessons a learner must complete. */
    public Set<Long> requiredLessonIds() {
        Set<Long> required = new HashSet<>();
        lessons().stream().filter(Lesson::mandatory).forEach(lesson -> required.add(lesson.id()));
        return required;
    }

    @FunctionalInterface
    private interface LongSupplierById {
        long of(Long id);
    }
}
