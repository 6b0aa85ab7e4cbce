package vn.sohoa.server.training;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import vn.sohoa.platform.paging.Page;
import vn.sohoa.platform.paging.PageRequest;
import vn.sohoa.platform.tenancy.service.TenantWork;
import vn.sohoa.platform.training.service.AuthoredCourses;
import vn.sohoa.platform.training.service.AuthoredCourses.AuthoredCourse;
import vn.sohoa.server.support.Api;
import vn.sohoa.server.support.Fixtures;

/**
 * What the course editor lists: a tenant's own courses only, found without diacritics, each with where its draft
 * stands; the versions of its own courses only; and the skills framework edited by a province alone.
 */
@QuarkusTest
class AuthoredCoursesTest {

    @Inject
    AuthoredCourses authored;

    @Inject
    TenantWork work;

    @Test
    void a_tenant_lists_only_its_own_courses_searched_without_diacritics_with_the_state_of_their_drafts() {
        String province = Fixtures.newTenant();
        String commune = Fixtures.newTenant(province);
        int published = CourseDocs.published(province, CourseDocs.twoLessons());
        int cashless = CourseDocs.create(Api.PROVINCE_ADMIN, province,
                CourseDocs.with(CourseDocs.twoLessons(), "title", "Thanh toán không dùng tiền mặt an toàn"));
        int communes = CourseDocs.create(Api.PROVINCE_ADMIN, commune, CourseDocs.twoLessons());

        assertThat(list(commune, null).items()).extracting(AuthoredCourse::id).containsExactly((long) communes);
        Page<AuthoredCourse> all = list(province, null);
        assertThat(all.total()).isEqualTo(2);
        assertThat(all.items()).extracting(AuthoredCourse::id).containsExactly((long) published, (long) cashless);
        assertThat(list(province, "thanh toan KHONG").items()).extracting(AuthoredCourse::id)
                .containsExactly((long) cashless);
        AuthoredCourse upToDate = all.items().getFirst();
        assertThat(upToDate.publishedVersion()).isEqualTo(1);
        assertThat(upToDate.publishedAt()).isNotNull();
        assertThat(upToDate.draftPublished()).isTrue();
        assertThat(all.items().get(1).publishedVersion()).isZero();
        assertThat(all.items().get(1).draftPublished()).isFalse();

        var read = Api.as(Api.PROVINCE_ADMIN).get("/api/v1/tenants/{code}/courses/{id}", province, published)
                .then().statusCode(200).extract().jsonPath();
        Map<String, Object> edited = read.getMap("content");
        Api.as(Api.PROVINCE_ADMIN).body(CourseDocs.with(CourseDocs.with(edited, "title", "Kỹ năng số cơ bản (2027)"),
                        "version", read.getLong("version"))).put("/api/v1/tenants/{code}/courses/{id}", province, published)
                .then().statusCode(200);
        assertThat(list(province, "2027").items().getFirst().draftPublished()).isFalse();
        assertThat(list(province, "2027").items().getFirst().publishedVersion()).isEqualTo(1);
    }

    @Test
    void the_versions_of_another_tenants_course_are_not_listed() {
        String province = Fixtures.newTenant();
        String commune = Fixtures.newTenant(province);
        int shared = CourseDocs.published(province, CourseDocs.twoLessons());

        assertThat(work.inTenant(province, () -> authored.versions(shared))).singleElement()
                .satisfies(version -> {
                    assertThat(version.number()).isEqualTo(1);
                    assertThat(version.lessons()).isEqualTo(3);
                });
        assertThat(work.inTenant(commune, () -> authored.versions(shared))).isEmpty();
        assertThat(work.inTenant(commune, () -> authored.draftPublished(shared))).isFalse();
    }

    @Test
    void only_a_province_edits_the_skills_framework_and_a_code_must_be_one() {
        String province = Fixtures.newTenant();
        String commune = Fixtures.newTenant(province);
        String code = "T" + UUID.randomUUID().toString().substring(0, 6).toUpperCase();

        Api.as(Api.PROVINCE_ADMIN).body(Map.of("name", "Nhóm thử")).put("/api/v1/tenants/{code}/training-skills/{skill}",
                commune, code).then().statusCode(403);
        Api.as(Api.PROVINCE_ADMIN).body(Map.of("name", "Nhóm thử")).put("/api/v1/tenants/{code}/training-skills/{skill}",
                province, "nhom thu").then().statusCode(400);
        Api.as(Api.PROVINCE_ADMIN).body(Map.of("name", "Nhóm thử")).put("/api/v1/tenants/{code}/training-skills/{skill}",
                province, code).then().statusCode(200).body("code", equalTo(code));
    }

    private Page<AuthoredCourse> list(String tenant, String search) {
        return work.inTenant(tenant, () -> authored.list(new PageRequest(0, 50), search));
    }
}
