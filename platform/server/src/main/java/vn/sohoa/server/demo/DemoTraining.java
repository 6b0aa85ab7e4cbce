package vn.sohoa.server.demo;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Collectors;
import vn.sohoa.admin.members.service.MembershipService;
import vn.sohoa.admin.members.service.Person;
import vn.sohoa.admin.tenants.service.TenantDraft;
import vn.sohoa.platform.calendar.VietnamCalendar;
import vn.sohoa.platform.paging.PageRequest;
import vn.sohoa.platform.tenancy.domain.Role;
import vn.sohoa.platform.tenancy.domain.TenantKind;
import vn.sohoa.platform.tenancy.service.TenantDirectory;
import vn.sohoa.platform.tenancy.service.TenantWork;
import vn.sohoa.platform.training.domain.Audience;
import vn.sohoa.platform.training.domain.CourseContent;
import vn.sohoa.platform.training.domain.CourseContent.Lesson;
import vn.sohoa.platform.training.domain.CourseContent.Option;
import vn.sohoa.platform.training.domain.CourseContent.Question;
import vn.sohoa.platform.training.domain.CourseContent.QuizSettings;
import vn.sohoa.platform.training.domain.CourseContent.Section;
import vn.sohoa.platform.training.domain.LessonKind;
import vn.sohoa.platform.training.domain.QuestionKind;
import vn.sohoa.platform.training.domain.QuizAnswer;
import vn.sohoa.platform.training.domain.Sharing;
import vn.sohoa.platform.training.service.AssignmentService;
import vn.sohoa.platform.training.service.AttemptView;
import vn.sohoa.platform.training.service.CourseService;
import vn.sohoa.platform.training.service.LearningService;
import vn.sohoa.platform.training.service.QuizService;

/**
 * The province's courses (one with a quiz, one for citizens) and a school's own, the community teams' members of
 * every commune as learners, an assignment of the basic course to every team member of the province due at the
 * end of next quarter, and completion spread unevenly across communes (a rate per commune drawn from a generator
 * seeded by its code), so the overview shows leaders and laggards. The team members are memberships without
 * accounts (tcns.&lt;commune&gt;.&lt;n&gt;): they cannot sign in, dung.pham can. Loaded once.
 */
@ApplicationScoped
class DemoTraining {

    private static final String PROVINCE = "93";
    private static final String SCHOOL = "31321.THPT-VT";
    private static final List<String> NAMES = List.of("Nguyễn Thị Hoa", "Trần Văn Phúc", "Lê Thị Mai", "Phạm Minh Tuấn",
            "Võ Thị Lan", "Huỳnh Văn Tài", "Đặng Thị Thu", "Bùi Quốc Khánh", "Ngô Thị Hằng", "Dương Văn Lộc");

    @Inject
    TenantWork work;

    @Inject
    TenantDirectory directory;

    @Inject
    CourseService courses;

    @Inject
    AssignmentService assignments;

    @Inject
    LearningService learning;

    @Inject
    QuizService quizzes;

    @Inject
    MembershipService memberships;

    @Inject
    EntityManager em;

    @Inject
    Clock clock;

    /** Loads the courses, learners and progress unless the province has courses already; returns completions. */
    int load() {
        if (work.inTenant(PROVINCE, () -> courses.list(new PageRequest(0, 1), PROVINCE, null, true).total()) > 0) {
            return 0;
        }
        CourseContent basic = basicCourse();
        long basicId = work.inTenant(PROVINCE, () -> {
            long id = courses.create(basic).id();
            courses.publish(id);
            for (CourseContent other : List.of(vneid(), cashless(), scams())) {
                courses.publish(courses.create(other).id());
            }
            return id;
        });
        if (directory.find(SCHOOL).isPresent()) {
            work.inTenant(SCHOOL, () -> courses.publish(courses.create(teachers()).id()));
        }
        List<String> communes = DemoFiles.tenants("/demo/hau-giang.csv", "/demo/hau-giang-bodies.csv").stream()
                .filter(draft -> draft.kind() == TenantKind.COMMUNE).map(TenantDraft::code).toList();
        communes.forEach(this::addTeamMembers);
        LocalDate quarterEnd = VietnamCalendar.today(clock).withDayOfMonth(1)
                .withMonth(((VietnamCalendar.today(clock).getMonthValue() - 1) / 3) * 3 + 1).plusMonths(6).minusDays(1);
        work.inTenant(PROVINCE, () -> assignments.assign(directory.find(PROVINCE).orElseThrow(), basicId,
                Role.TEAM_MEMBER, directory.find(PROVINCE).orElseThrow(), quarterEnd));
        CourseContent published = work.inTenant(PROVINCE, () -> courses.find(basicId, true, null).orElseThrow().content());
        return communes.stream().mapToInt(code -> complete(code, basicId, published)).sum();
    }

    /** Three to six team members per commune. */
    private void addTeamMembers(String commune) {
        int count = 3 + new Random(commune.hashCode()).nextInt(4);
        for (int n = 1; n <= count; n++) {
            String username = "tcns." + commune + "." + n;
            work.inTenant(commune, () -> memberships.add(new Person("demo-" + username, username), Role.TEAM_MEMBER));
        }
    }

    /** Completes the course for a share of the commune's team members, from none to all. */
    private int complete(String commune, long courseId, CourseContent content) {
        Random random = new Random(commune.hashCode() * 31L);
        double rate = random.nextDouble();
        Map<Long, List<Long>> correct = content.questions().stream()
                .collect(Collectors.toMap(Question::id, Question::correctOptionIds));
        return work.inTenant(commune, () -> {
            List<Object[]> learners = em.createQuery("select e.id, e.userSubject from Enrolment e where e.courseId = :course",
                    Object[].class).setParameter("course", courseId).getResultList();
            int completed = 0;
            for (Object[] learner : learners) {
                if (random.nextDouble() < rate) {
                    finish((Long) learner[0], (String) learner[1], NAMES.get(random.nextInt(NAMES.size())), content,
                            correct);
                    completed++;
                }
            }
            return completed;
        });
    }

    private void finish(long enrolmentId, String subject, String name, CourseContent content,
                        Map<Long, List<Long>> correct) {
        for (Lesson lesson : content.lessons()) {
            if (lesson.kind() == LessonKind.QUIZ) {
                AttemptView attempt = quizzes.start(enrolmentId, lesson.id(), subject);
                quizzes.submit(enrolmentId, attempt.id(), attempt.questions().stream()
                        .map(question -> new QuizAnswer(question.id(), correct.get(question.id()))).toList(), subject, name);
            } else if (lesson.mandatory()) {
                learning.completeLesson(enrolmentId, lesson.id(), subject, name);
            }
        }
    }

    private static CourseContent basicCourse() {
        return course("KNS-TCNS", "Kỹ năng số cơ bản cho Tổ công nghệ số cộng đồng",
                "Sử dụng thiết bị, ứng dụng và dịch vụ công trực tuyến để hướng dẫn người dân.", "4",
                List.of(Audience.TEAM_MEMBER), List.of("KNS0", "KNS7"),
                List.of(new Section(null, "Nhiệm vụ của Tổ công nghệ số cộng đồng", List.of(
                                text("Tổ công nghệ số cộng đồng là gì", """
                                        Mỗi ấp, khu vực có một **Tổ công nghệ số cộng đồng**: tổ trưởng là trưởng ấp, cùng
                                        các thành viên đoàn thể, công an, doanh nghiệp viễn thông.

                                        - Hướng dẫn người dân cài đặt và dùng ứng dụng
                                        - Hỗ trợ nộp hồ sơ dịch vụ công trực tuyến
                                        - Ghi lại mỗi lần hỗ trợ trên Sohoa"""),
                                video("Hướng dẫn nộp hồ sơ trực tuyến", "https://dichvucong.gov.vn", 12))),
                        new Section(null, "Kiểm tra", List.of(new Lesson(null, LessonKind.QUIZ, "Bài kiểm tra cuối khoá",
                                null, null, null, true, null, new QuizSettings(70, 3, 15, 3, null))))),
                List.of(question("Người dân nhận được mã OTP, có nên đọc cho người khác không?", "Không bao giờ", "Có, nếu là cán bộ"),
                        question("Cổng nào dùng để nộp hồ sơ dịch vụ công trực tuyến?", "Cổng Dịch vụ công quốc gia", "Mạng xã hội"),
                        question("Tài khoản định danh điện tử mức 2 được cấp ở đâu?", "Công an cấp xã", "Cửa hàng điện thoại"),
                        question("Sau khi hỗ trợ một người dân, thành viên tổ làm gì?", "Ghi lại trên Sohoa", "Không cần ghi lại")));
    }

    private static CourseContent vneid() {
        return course("VNEID-2", "Hướng dẫn kích hoạt tài khoản định danh điện tử VNeID mức 2",
                "Các bước kích hoạt tài khoản định danh điện tử mức 2 trên ứng dụng VNeID.", "1.5",
                List.of(Audience.OFFICIAL, Audience.TEAM_MEMBER, Audience.CITIZEN), List.of("KNS0", "KNS7"),
                List.of(new Section(null, "Kích hoạt", List.of(
                        text("Chuẩn bị", "Cần **căn cước gắn chip** và số điện thoại chính chủ."),
                        video("Kích hoạt trên ứng dụng VNeID", "https://vneid.gov.vn", 8)))), List.of());
    }

    private static CourseContent cashless() {
        return course("TTKTM", "Thanh toán không dùng tiền mặt an toàn",
                "Mở tài khoản, quét mã QR và giữ an toàn khi thanh toán.", "2",
                List.of(Audience.OFFICIAL, Audience.TEAM_MEMBER, Audience.CITIZEN), List.of("KNS4", "KNS7"),
                List.of(new Section(null, "Thanh toán số", List.of(
                        text("Quét mã QR", "Kiểm tra **tên người nhận** trước khi xác nhận chuyển tiền."),
                        text("Giữ an toàn", "Không chia sẻ mật khẩu, mã OTP với bất kỳ ai.")))), List.of());
    }

    private static CourseContent scams() {
        return course("LDTT", "Nhận diện và phòng chống lừa đảo trực tuyến",
                "Các kiểu lừa đảo thường gặp và cách phòng tránh.", "1",
                List.of(Audience.CITIZEN), List.of("KNS4"),
                List.of(new Section(null, "Lừa đảo thường gặp", List.of(
                        text("Giả danh cơ quan nhà nước", "Công an **không** yêu cầu chuyển tiền qua điện thoại.")))),
                List.of());
    }

    private static CourseContent teachers() {
        CourseContent course = course("NLS-GV", "Năng lực số cho giáo viên",
                "Dạy học với công cụ số theo Thông tư 02/2025/TT-BGDĐT.", "3", List.of(Audience.TEACHER),
                List.of("KNS2", "KNS3"), List.of(new Section(null, "Lớp học số", List.of(
                        text("Soạn bài trên môi trường số", "Lưu bài giảng trên kho học liệu của trường.")))), List.of());
        return new CourseContent(course.code(), course.title(), course.summary(), "vi", course.estimatedHours(),
                course.audiences(), course.skillCodes(), Sharing.OWN, List.of(), course.sections(), List.of(), null);
    }

    private static CourseContent course(String code, String title, String summary, String hours, List<Audience> audiences,
                                        List<String> skills, List<Section> sections, List<Question> questions) {
        return new CourseContent(code, title, summary, "vi", new BigDecimal(hours), audiences, skills,
                Sharing.DESCENDANTS, List.of(), sections, questions, null);
    }

    private static Lesson text(String title, String markdown) {
        return new Lesson(null, LessonKind.TEXT, title, markdown, null, null, true, null, null);
    }

    private static Lesson video(String title, String url, int minutes) {
        return new Lesson(null, LessonKind.VIDEO, title, null, url, minutes, false, null, null);
    }

    private static Question question(String text, String right, String wrong) {
        return new Question(null, QuestionKind.SINGLE, text, List.of("an-toan"),
                List.of(new Option(null, right, true), new Option(null, wrong, false)));
    }
}
