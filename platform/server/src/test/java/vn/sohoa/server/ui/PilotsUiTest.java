package vn.sohoa.server.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.FilePayload;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.sohoa.server.support.Api;
import vn.sohoa.server.support.ProvinceWithCommunes;
import vn.sohoa.server.support.TestClock;

/**
 * The pilot pages in a real browser: a pilot's life cycle across two levels, the template editor and the wizard
 * from a template, the province's inbox and evaluation form, a returned pilot edited and proposed again, evidence
 * files, nothing of a sibling's pilots, and every page on a phone's screen.
 */
@QuarkusTest
class PilotsUiTest extends BrowserTest {

    private static final String NAME = "Chợ Vị Thanh không dùng tiền mặt";
    private static final String KPI = "Tiểu thương thanh toán bằng mã QR";
    private static final String WIZARD_NAME = "Chợ Long Mỹ không dùng tiền mặt";
    private static final String TEMPLATE = "CHO40";
    private static final String QR_TEMPLATE = "Chợ 4.0 — tiểu thương dùng mã QR";
    private static final String RETURNED_FOR = "Bổ sung mục tiêu số tiểu thương dùng mã QR";

    @Inject
    TestClock clock;

    private String province;
    private String commune;
    private String sibling;

    @BeforeEach
    void a_province_with_two_communes_on_a_day_in_december() {
        // The pilot runs through 2026; the tests must not depend on the day they run.
        clock.startAt(Instant.parse("2026-12-02T05:00:00Z"));
        ProvinceWithCommunes tenants = ProvinceWithCommunes.create();
        province = tenants.province();
        commune = tenants.commune();
        sibling = tenants.sibling();
    }

    @AfterEach
    void the_clock_runs_on_the_systems_time_again() {
        clock.reset();
    }

    @Test
    void a_commune_proposes_a_pilot_the_province_approves_it_and_the_commune_records_a_measurement() {
        int pilot = draftPilot(commune, Api.ADMIN_A);
        SignedIn.as(page, app, Api.ADMIN_A);
        page.navigate(SignedIn.tenantPage(app, commune, "pilots"));
        SignedIn.gridCell(page, NAME).click();
        step("#pilot-propose");
        PlaywrightAssertions.assertThat(page.locator("#pilot-status")).hasText("Đề xuất");
        PlaywrightAssertions.assertThat(page.locator("#pilot-approve")).hasCount(0); // never its own approval

        signInAgainAs(Api.ADMIN_B);
        page.navigate(SignedIn.tenantPage(app, commune, "pilots/" + pilot));
        // The approver reads the whole plan: its partners and how often it reports among the rest.
        PlaywrightAssertions.assertThat(page.getByText("VNPT Hậu Giang")).isVisible();
        PlaywrightAssertions.assertThat(page.getByText("Hằng tháng", new Page.GetByTextOptions().setExact(true)))
                .isVisible();
        page.locator("#pilot-approve").click();
        Locator dialog = page.getByRole(AriaRole.DIALOG);
        dialog.getByLabel("Số quyết định").fill("123/QĐ-UBND");
        dialog.getByLabel("Ngày quyết định").fill("01/02/2026");
        dialog.getByLabel("Ngày quyết định").press("Enter");
        button("Lưu").click();
        PlaywrightAssertions.assertThat(page.locator("#pilot-status")).hasText("Phê duyệt");
        PlaywrightAssertions.assertThat(page.getByText("123/QĐ-UBND · 01/02/2026")).isVisible();

        signInAgainAs(Api.ADMIN_A);
        page.navigate(SignedIn.tenantPage(app, commune, "pilots/" + pilot));
        step("#pilot-start");
        PlaywrightAssertions.assertThat(page.locator("#pilot-status")).hasText("Triển khai");
        page.getByRole(AriaRole.TAB, new Page.GetByRoleOptions().setName("Số liệu đo")).click();
        page.locator("#pilot-record-measurement").click();
        page.locator("#measurement-kpi").click();
        page.getByRole(AriaRole.OPTION, new Page.GetByRoleOptions().setName(KPI)).click();
        page.locator("#measurement-period input").fill("2026-11");
        page.locator("#measurement-value input").fill("120");
        button("Lưu").click();

        page.getByRole(AriaRole.TAB, new Page.GetByRoleOptions().setName("Số liệu đo")).click();
        // The period column's header also names 2026-11 as an example.
        PlaywrightAssertions.assertThat(page.getByText("2026-11", new Page.GetByTextOptions().setExact(true)))
                .isVisible();
        PlaywrightAssertions.assertThat(SignedIn.gridCell(page, "120")).isVisible();
        page.getByRole(AriaRole.TAB, new Page.GetByRoleOptions().setName("Chỉ số (KPI)")).click();
        PlaywrightAssertions.assertThat(page.locator("#kpi-QR canvas")).not().hasCount(0);
    }

    @Test
    void a_commune_bringing_its_pilot_over_from_paper_starts_it_on_the_day_it_started_and_the_history_shows_both_days() {
        int pilot = draftPilot(commune, Api.ADMIN_A);
        Api.as(Api.ADMIN_A).body(Map.of("action", "PROPOSE", "effectiveOn", "2026-01-05"))
                .post("/api/v1/tenants/{code}/pilots/{id}/transitions", commune, pilot).then().statusCode(200);
        Api.as(Api.ADMIN_B).body(Map.of("action", "APPROVE", "decisionNumber", "12/QĐ-UBND", "decisionDate",
                "2026-01-10", "effectiveOn", "2026-01-10"))
                .post("/api/v1/tenants/{code}/pilots/{id}/transitions", commune, pilot).then().statusCode(200);
        SignedIn.as(page, app, Api.ADMIN_A);
        page.navigate(SignedIn.tenantPage(app, commune, "pilots/" + pilot));
        page.locator("#pilot-start").click();
        // Today unless changed; a day before the approval is refused in the form and nothing is written.
        PlaywrightAssertions.assertThat(page.locator("#transition-effective-on input")).hasValue("02/12/2026");
        day("#transition-effective-on", "01/01/2026");
        button("Lưu").click();
        PlaywrightAssertions.assertThat(page.locator("#transition-effective-on")).hasAttribute("invalid", "");
        PlaywrightAssertions.assertThat(page.locator("#pilot-status")).hasText("Phê duyệt");
        day("#transition-effective-on", "15/02/2026");
        button("Lưu").click();
        PlaywrightAssertions.assertThat(page.locator("#pilot-status")).hasText("Triển khai");

        tab("Lịch sử");
        PlaywrightAssertions.assertThat(page.getByText("Bắt đầu triển khai → Triển khai · 15/02/2026")).isVisible();
        PlaywrightAssertions.assertThat(page.getByText("ghi nhận lúc 02/12/2026", new Page.GetByTextOptions()
                .setExact(false)).first()).isVisible();
        Api.as(Api.ADMIN_A).get("/api/v1/tenants/{code}/pilots/{id}/transitions", commune, pilot).then()
                .body("effectiveOn", org.hamcrest.Matchers.contains("2026-01-05", "2026-01-10", "2026-02-15"));
    }

    @Test
    void a_siblings_pilot_shows_the_not_found_page_by_its_address_and_under_ones_own_code() {
        int siblings = draftPilot(sibling, Api.MEMBER);
        SignedIn.as(page, app, Api.ADMIN_A);

        page.navigate(SignedIn.tenantPage(app, sibling, "pilots/" + siblings));
        PlaywrightAssertions.assertThat(page.locator("#not-found")).isVisible();
        page.navigate(SignedIn.tenantPage(app, commune, "pilots/" + siblings));
        PlaywrightAssertions.assertThat(page.locator("#not-found")).isVisible();
        page.navigate(SignedIn.tenantPage(app, commune, "pilots"));
        PlaywrightAssertions.assertThat(page.getByRole(AriaRole.HEADING)).containsText("Mô hình thí điểm");
        PlaywrightAssertions.assertThat(SignedIn.gridCell(page, NAME)).hasCount(0);
    }

    @Test
    void a_commune_builds_a_pilot_with_the_wizard_the_province_approves_it_from_its_inbox_evaluates_and_replicates_it() {
        marketTemplate();
        SignedIn.as(page, app, Api.ADMIN_A);
        page.navigate(SignedIn.tenantPage(app, commune, "pilots"));
        page.locator("#pilots-new").click();
        PlaywrightAssertions.assertThat(page.locator("#wizard-template")).containsText("Chợ 4.0");
        // The province's school template does not suit a commune.
        PlaywrightAssertions.assertThat(page.locator("#wizard-template")).not().containsText("Trường học số");
        page.locator("#wizard-next").click();
        PlaywrightAssertions.assertThat(page.locator("#design-kpis")).containsText(KPI);
        page.locator("#kpi-QR-baseline input").fill("40");
        page.locator("#wizard-next").click();
        PlaywrightAssertions.assertThat(page.locator("#plan-name input")).hasValue("Chợ 4.0 — chợ không dùng tiền mặt");
        page.locator("#plan-name input").fill(WIZARD_NAME);
        day("#plan-start", "01/01/2026");
        day("#plan-end", "31/12/2026");
        page.locator("#plan-budget input").fill("150000000");
        page.locator("#plan-responsible input").fill("Nguyễn Văn Tâm");
        page.locator("#pilot-save").click();
        PlaywrightAssertions.assertThat(page.locator("#pilot-status")).hasText("Dự thảo");
        PlaywrightAssertions.assertThat(page.getByText("150.000.000")).isVisible();
        page.waitForURL(java.util.regex.Pattern.compile(".*/pilots/[0-9]+$"));
        int pilot = Integer.parseInt(page.url().substring(page.url().lastIndexOf('/') + 1));
        var saved = Api.as(Api.ADMIN_A).get("/api/v1/tenants/{code}/pilots/{id}", commune, pilot).then()
                .statusCode(200).extract().jsonPath();
        assertThat(saved.getString("templateCode")).isEqualTo(TEMPLATE);
        assertThat(saved.getDouble("kpis[0].baseline")).isEqualTo(40.0);
        assertThat(saved.getDouble("kpis[0].target")).isEqualTo(300.0);
        assertThat(saved.getList("criteria.code")).containsExactly("C1", "C2");
        assertThat(saved.getLong("budgetVnd")).isEqualTo(150_000_000L);
        step("#pilot-propose");
        PlaywrightAssertions.assertThat(page.locator("#pilot-status")).hasText("Đề xuất");

        signInAgainAs(Api.ADMIN_B);
        page.navigate(SignedIn.tenantPage(app, province, "pilots/inbox"));
        PlaywrightAssertions.assertThat(page.locator("#pilots-inbox")).containsText("Chờ phê duyệt");
        SignedIn.gridCell(page, WIZARD_NAME).click();
        page.locator("#pilot-approve").click();
        Locator dialog = page.getByRole(AriaRole.DIALOG);
        dialog.getByLabel("Số quyết định").fill("45/QĐ-UBND");
        dialog.getByLabel("Ngày quyết định").fill("15/01/2026");
        dialog.getByLabel("Ngày quyết định").press("Enter");
        button("Lưu").click();
        PlaywrightAssertions.assertThat(page.locator("#pilot-status")).hasText("Phê duyệt");

        for (String action : List.of("START", "REVIEW")) {
            if (action.equals("REVIEW")) {
                Api.as(Api.ADMIN_A).body(Map.of("kpiCode", "QR", "period", "2026-11", "value", 220))
                        .post("/api/v1/tenants/{code}/pilots/{id}/measurements", commune, pilot).then().statusCode(201);
            }
            Api.as(Api.ADMIN_A).body(Map.of("action", action)).post("/api/v1/tenants/{code}/pilots/{id}/transitions",
                    commune, pilot).then().statusCode(200);
        }
        page.navigate(SignedIn.tenantPage(app, province, "pilots/inbox"));
        PlaywrightAssertions.assertThat(page.locator("#pilots-inbox")).containsText("Chờ đánh giá");
        SignedIn.gridCell(page, WIZARD_NAME).click();
        page.getByRole(AriaRole.TAB, new Page.GetByRoleOptions().setName("Đánh giá")).click();
        PlaywrightAssertions.assertThat(page.getByText("tự động: 30 điểm")).isVisible();
        PlaywrightAssertions.assertThat(page.locator("#assessment-points-C1 input")).hasValue("30");
        page.locator("#assessment-points-C2 input").fill("70");
        page.locator("#assessment-points-C2 input").press("Tab");
        PlaywrightAssertions.assertThat(page.locator("#assessment-points-C2")).hasAttribute("invalid", "");
        page.locator("#assessment-points-C2 input").fill("50");
        page.locator("#assessment-points-C2 input").press("Tab");
        PlaywrightAssertions.assertThat(page.locator("#assessment-total")).hasText("Tổng điểm: 80 · Xếp loại: Mức 3");
        page.locator("#assessment-recognise").click();
        page.locator("#assessment-save").click();
        PlaywrightAssertions.assertThat(page.locator("#pilot-status")).hasText("Đánh giá");
        page.getByRole(AriaRole.TAB, new Page.GetByRoleOptions().setName("Đánh giá")).click();
        PlaywrightAssertions.assertThat(page.locator("#pilot-recognised")).hasText("Được công nhận");
        var evaluated = Api.as(Api.ADMIN_B).get("/api/v1/tenants/{code}/pilots/{id}", commune, pilot).then()
                .statusCode(200).extract().jsonPath();
        assertThat(evaluated.getString("status")).isEqualTo("EVALUATED");
        assertThat(evaluated.getBoolean("recognised")).isTrue();
        assertThat(evaluated.getString("level")).isEqualTo("Mức 3");

        tab("Tổng quan");
        page.locator("#pilot-replicate").click();
        page.locator("#replication-decision-number input").fill("78/QĐ-UBND");
        day("#replication-decision-date", "01/12/2026");
        // Every commune below the province, which the dialog offers first: the sibling, not the pilot's own.
        button("Lưu").click();
        PlaywrightAssertions.assertThat(page.locator("#pilot-status")).hasText("Nhân rộng");
        tab("Nhân rộng");
        PlaywrightAssertions.assertThat(SignedIn.gridCell(page, "Xã thử " + sibling)).isVisible();
        assertThat(Api.as(Api.ADMIN_B).get("/api/v1/tenants/{code}/pilots/{id}/replications", commune, pilot).then()
                .statusCode(200).extract().jsonPath().getList("tenantCode")).containsExactly(sibling);
    }

    @Test
    void a_file_that_is_no_pdf_is_refused_by_its_content_and_real_ones_are_listed_with_what_they_support() {
        int pilot = draftPilot(commune, Api.ADMIN_A, List.of(Map.of("code", "C3", "name", "Tuyên truyền",
                "maxPoints", 30, "method", "MANUAL")));
        steps(pilot, "PROPOSE", "APPROVE", "START");
        SignedIn.as(page, app, Api.ADMIN_A);
        page.navigate(SignedIn.tenantPage(app, commune, "pilots/" + pilot));
        page.getByRole(AriaRole.TAB, new Page.GetByRoleOptions().setName("Tài liệu kiểm chứng")).click();
        page.locator("#evidence-upload input[type=file]").setInputFiles(new FilePayload("bao-cao.pdf",
                "application/pdf", "<html>không phải PDF</html>".getBytes(StandardCharsets.UTF_8)));
        PlaywrightAssertions.assertThat(page.getByText("chỉ nhận PDF, JPEG, PNG, XLSX hoặc DOCX")).isVisible();
        PlaywrightAssertions.assertThat(SignedIn.gridCell(page, "bao-cao.pdf")).hasCount(0);

        // The minutes of the outreach sessions support criterion C3 of the self-assessment.
        page.locator("#evidence-supports").click();
        page.getByRole(AriaRole.OPTION, new Page.GetByRoleOptions().setName("C3 · Tuyên truyền")).click();
        page.locator("#evidence-upload input[type=file]").setInputFiles(new FilePayload("bien-ban.pdf",
                "application/pdf", "%PDF-1.4\n%%EOF\n".getBytes(StandardCharsets.UTF_8)));
        PlaywrightAssertions.assertThat(page.locator("#pilot-evidence a")).containsText("bien-ban.pdf");
        PlaywrightAssertions.assertThat(page.locator("#pilot-evidence a")).hasAttribute("download", "");
        PlaywrightAssertions.assertThat(page.locator("#pilot-evidence")).containsText("Tiêu chí C3");
        // A count sheet supports the QR actual of November.
        page.locator("#evidence-supports").click();
        page.getByRole(AriaRole.OPTION, new Page.GetByRoleOptions().setName("QR · " + KPI)).click();
        page.locator("#evidence-period input").fill("2026-11");
        page.locator("#evidence-period input").press("Tab");
        page.locator("#evidence-upload input[type=file]").setInputFiles(new FilePayload("bang-dem.pdf",
                "application/pdf", "%PDF-1.4\n% bang dem\n%%EOF\n".getBytes(StandardCharsets.UTF_8)));
        PlaywrightAssertions.assertThat(page.locator("#pilot-evidence")).containsText("Chỉ số QR, kỳ 2026-11");
        JsonPath listed = Api.as(Api.ADMIN_A).get("/api/v1/tenants/{code}/pilots/{id}/evidence", commune, pilot).then()
                .statusCode(200).extract().jsonPath();
        assertThat(listed.getList("criterionCode")).containsExactlyInAnyOrder("C3", null);
        assertThat(listed.getList("kpiCode")).containsExactlyInAnyOrder(null, "QR");
        assertThat(listed.getList("period")).containsExactlyInAnyOrder(null, "2026-11");
    }

    @Test
    void on_phones_the_province_builds_a_template_with_a_stepped_criterion_and_a_commune_starts_a_pilot_from_it() {
        onAPhone();
        SignedIn.as(page, app, Api.ADMIN_B);
        page.navigate(SignedIn.tenantPage(app, province, "pilot-templates"));
        PlaywrightAssertions.assertThat(page.locator("#template-new")).isVisible();
        fitsTheScreen();
        page.locator("#template-new").click();
        page.locator("#template-code input").fill("CHO-QR");
        page.locator("#template-name input").fill(QR_TEMPLATE);
        // A tap beside the dialog, easily made on a phone, keeps the form and what is typed in it.
        page.mouse().click(2, 2);
        SignedIn.answered(page);
        PlaywrightAssertions.assertThat(page.locator("#template-name input")).hasValue(QR_TEMPLATE);
        choose("#template-field", "Thương mại / Chợ 4.0");
        page.getByRole(AriaRole.CHECKBOX, new Page.GetByRoleOptions().setName("Xã, phường")).check();
        fitsTheScreen();
        kpi("QR", "Tiểu thương có mã QR", "Tỷ lệ (%)", "%", "90");
        kpi("SAN-TMDT", "Sản phẩm trên sàn thương mại điện tử", "Số lượng", "sản phẩm", "50");
        PlaywrightAssertions.assertThat(page.locator("#design-kpis")).containsText("Sản phẩm trên sàn");

        page.locator("#design-add-criterion").click();
        page.locator("#criterion-code input").fill("C1");
        page.locator("#criterion-name input").fill("Tỷ lệ tiểu thương có mã QR");
        page.locator("#criterion-max-points input").fill("40");
        choose("#criterion-method", "Theo ngưỡng");
        choose("#criterion-kpi", "Tiểu thương có mã QR");
        page.locator(".step-threshold input").first().fill("90");
        page.locator(".step-points input").first().fill("40");
        page.locator("#criterion-add-step").click();
        page.locator(".step-threshold input").nth(1).fill("70");
        page.locator(".step-points input").nth(1).fill("30");
        page.locator("#criterion-evidence input").fill("Danh sách tiểu thương có mã QR");
        fitsTheScreen();
        saveDialog();
        PlaywrightAssertions.assertThat(page.locator("#design-criteria")).containsText("Theo ngưỡng");
        band("Mức 1", "0");
        band("Mức 2", "20");
        band("Mức 3", "35");
        fitsTheScreen();
        saveDialog();
        PlaywrightAssertions.assertThat(SignedIn.gridCell(page, QR_TEMPLATE)).isVisible();
        fitsTheScreen();
        var templates = Api.as(Api.ADMIN_B).get("/api/v1/tenants/{code}/pilot-templates", province).then()
                .statusCode(200).extract().jsonPath();
        assertThat(templates.getString("find { it.code == 'CHO-QR' }.field")).isEqualTo("COMMERCE");
        assertThat(templates.getList("find { it.code == 'CHO-QR' }.suitedKinds")).containsExactly("COMMUNE");
        assertThat(templates.getList("find { it.code == 'CHO-QR' }.design.kpis.code")).containsExactly("QR", "SAN-TMDT");
        assertThat(templates.getList("find { it.code == 'CHO-QR' }.design.kpis.kind")).containsExactly("PERCENT", "NUMBER");

        signInAgainAs(Api.ADMIN_A);
        page.navigate(SignedIn.tenantPage(app, commune, "pilots"));
        PlaywrightAssertions.assertThat(page.locator("#pilots-new")).isVisible();
        fitsTheScreen();
        page.locator("#pilots-new").click();
        PlaywrightAssertions.assertThat(page.locator("#wizard-template")).containsText(QR_TEMPLATE);
        fitsTheScreen();
        page.locator("#wizard-next").click();
        page.locator("#kpi-QR-baseline input").fill("35");
        page.locator("#kpi-SAN-TMDT-baseline input").fill("12");
        fitsTheScreen();
        page.locator("#wizard-next").click();
        PlaywrightAssertions.assertThat(page.locator("#plan-name input")).hasValue(QR_TEMPLATE);
        day("#plan-start", "01/01/2026");
        day("#plan-end", "31/12/2026");
        page.locator("#plan-responsible input").fill("Trần Thị Mai");
        fitsTheScreen();
        page.locator("#pilot-save").click();
        PlaywrightAssertions.assertThat(page.locator("#pilot-status")).hasText("Dự thảo");
        fitsTheScreen();
        page.waitForURL(java.util.regex.Pattern.compile(".*/pilots/[0-9]+$"));
        int pilot = Integer.parseInt(page.url().substring(page.url().lastIndexOf('/') + 1));
        var saved = Api.as(Api.ADMIN_A).get("/api/v1/tenants/{code}/pilots/{id}", commune, pilot).then()
                .statusCode(200).extract().jsonPath();
        assertThat(saved.getString("templateCode")).isEqualTo("CHO-QR");
        assertThat(saved.getList("kpis.baseline", Float.class)).containsExactly(35f, 12f);
        assertThat(saved.getList("kpis.target", Float.class)).containsExactly(90f, 50f);
        assertThat(saved.getString("criteria[0].method")).isEqualTo("STEPS");
        assertThat(saved.getString("criteria[0].kpiCode")).isEqualTo("QR");
        assertThat(saved.getList("criteria[0].steps.threshold", Float.class)).containsExactly(90f, 70f);
        assertThat(saved.getList("criteria[0].steps.points", Float.class)).containsExactly(40f, 30f);
        assertThat(saved.getList("bands.name")).containsExactly("Mức 1", "Mức 2", "Mức 3");
    }

    @Test
    void on_phones_the_province_returns_a_proposal_from_its_inbox_and_the_commune_edits_it_and_proposes_it_again() {
        int pilot = draftPilot(commune, Api.ADMIN_A);
        steps(pilot, "PROPOSE");
        onAPhone();
        SignedIn.as(page, app, Api.ADMIN_B);
        page.navigate(SignedIn.tenantPage(app, province, "pilots/inbox"));
        PlaywrightAssertions.assertThat(SignedIn.gridCell(page, NAME)).isVisible();
        fitsTheScreen();
        SignedIn.gridCell(page, NAME).click();
        PlaywrightAssertions.assertThat(page.locator("#pilot-status")).hasText("Đề xuất");
        fitsTheScreen();
        page.locator("#pilot-return").click();
        page.locator("#transition-comment textarea").fill(RETURNED_FOR);
        fitsTheScreen();
        button("Lưu").click();
        PlaywrightAssertions.assertThat(page.locator("#pilot-status")).hasText("Trả lại");

        signInAgainAs(Api.ADMIN_A);
        page.navigate(SignedIn.tenantPage(app, commune, "pilots/" + pilot));
        PlaywrightAssertions.assertThat(page.locator("#pilot-status")).hasText("Trả lại");
        tab("Lịch sử");
        PlaywrightAssertions.assertThat(page.getByText(RETURNED_FOR)).isVisible();
        fitsTheScreen();
        tab("Tổng quan");
        page.locator("#pilot-edit").click();
        PlaywrightAssertions.assertThat(page.locator("#plan-name input")).hasValue(NAME);
        fitsTheScreen();
        page.locator("#plan-objectives textarea").fill("Mọi tiểu thương chợ Vị Thanh thu tiền bằng mã QR");
        page.locator("#kpi-QR-target input").fill("350");
        page.locator("#pilot-save").click();
        PlaywrightAssertions.assertThat(page.locator("#pilot-status")).hasText("Trả lại");
        PlaywrightAssertions.assertThat(page.getByText("Mọi tiểu thương chợ Vị Thanh")).isVisible();
        step("#pilot-propose");
        PlaywrightAssertions.assertThat(page.locator("#pilot-status")).hasText("Đề xuất");
        PlaywrightAssertions.assertThat(page.locator("#pilot-edit")).hasCount(0);

        var proposed = Api.as(Api.ADMIN_A).get("/api/v1/tenants/{code}/pilots/{id}", commune, pilot).then()
                .statusCode(200).extract().jsonPath();
        assertThat(proposed.getString("status")).isEqualTo("PROPOSED");
        assertThat(proposed.getString("objectives")).isEqualTo("Mọi tiểu thương chợ Vị Thanh thu tiền bằng mã QR");
        assertThat(proposed.getDouble("kpis[0].target")).isEqualTo(350.0);
    }

    @Test
    void every_tab_of_a_running_pilot_fits_a_phone_with_its_late_periods_and_the_evaluation_for_the_province() {
        int pilot = draftPilot(commune, Api.ADMIN_A);
        steps(pilot, "PROPOSE", "APPROVE", "START");
        Api.as(Api.ADMIN_A).body(Map.of("kpiCode", "QR", "period", "2026-11", "value", 220, "note", "Đếm tại chợ"))
                .post("/api/v1/tenants/{code}/pilots/{id}/measurements", commune, pilot).then().statusCode(201);
        onAPhone();
        SignedIn.as(page, app, Api.ADMIN_A);
        page.navigate(SignedIn.tenantPage(app, commune, "pilots"));
        PlaywrightAssertions.assertThat(SignedIn.gridCell(page, NAME)).isVisible();
        fitsTheScreen();
        page.navigate(SignedIn.tenantPage(app, commune, "pilots/" + pilot));
        PlaywrightAssertions.assertThat(page.locator("#pilot-status")).hasText("Triển khai");
        fitsTheScreen();
        for (String name : List.of("Chỉ số (KPI)", "Số liệu đo", "Tài liệu kiểm chứng", "Đánh giá", "Lịch sử",
                "Nhân rộng")) {
            tab(name);
            fitsTheScreen();
        }
        tab("Chỉ số (KPI)");
        // Reported monthly from January, with a value for November only: on 2 December every month before is late.
        PlaywrightAssertions.assertThat(page.locator("#kpi-QR-late")).containsText("2026-01");
        PlaywrightAssertions.assertThat(page.locator("#kpi-QR-late")).containsText("2026-10");
        PlaywrightAssertions.assertThat(page.locator("#kpi-QR-late")).not().containsText("2026-11");
        tab("Số liệu đo");
        page.locator("#pilot-record-measurement").click();
        PlaywrightAssertions.assertThat(page.locator("#measurement-kpi")).isVisible();
        fitsTheScreen();
        button("Hủy").click();

        steps(pilot, "REVIEW");
        signInAgainAs(Api.ADMIN_B);
        page.navigate(SignedIn.tenantPage(app, commune, "pilots/" + pilot));
        tab("Đánh giá");
        PlaywrightAssertions.assertThat(page.locator("#assessment-save")).isVisible();
        fitsTheScreen();
    }

    /** The province's market template, for communes: one counted KPI, a STEPS and a MANUAL criterion, three levels. */
    private void marketTemplate() {
        Map<String, Object> design = Map.of(
                "kpis", List.of(Map.of("code", "QR", "name", KPI, "kind", "NUMBER", "direction", "UP", "unit", "hộ",
                        "target", 300, "key", true)),
                "criteria", List.of(
                        Map.of("code", "C1", "name", "Tiểu thương dùng mã QR", "maxPoints", 40, "method", "STEPS",
                                "kpiCode", "QR", "steps", List.of(Map.of("threshold", 250, "points", 40),
                                        Map.of("threshold", 200, "points", 30))),
                        Map.of("code", "C2", "name", "Tuyên truyền, vận động", "maxPoints", 60, "method", "MANUAL")),
                "bands", List.of(Map.of("name", "Mức 1", "minPoints", 0), Map.of("name", "Mức 2", "minPoints", 50),
                        Map.of("name", "Mức 3", "minPoints", 75)));
        Api.as(Api.ADMIN_B).body(Map.of("code", TEMPLATE, "name", "Chợ 4.0 — chợ không dùng tiền mặt",
                        "field", "COMMERCE", "suitedKinds", List.of("COMMUNE"), "design", design))
                .post("/api/v1/tenants/{code}/pilot-templates", province).then().statusCode(201);
        Api.as(Api.ADMIN_B).body(Map.of("code", "TRUONG-SO", "name", "Trường học số", "field", "EDUCATION",
                        "suitedKinds", List.of("SCHOOL"), "design", Map.of()))
                .post("/api/v1/tenants/{code}/pilot-templates", province).then().statusCode(201);
    }

    /** Adds a KPI to the design in the open template dialog. */
    private void kpi(String code, String name, String kind, String unit, String target) {
        page.locator("#design-add-kpi").click();
        page.locator("#kpi-code input").fill(code);
        page.locator("#kpi-name input").fill(name);
        choose("#kpi-kind", kind);
        page.locator("#kpi-unit input").fill(unit);
        page.locator("#kpi-target input").fill(target);
        page.locator("#kpi-key input").check();
        fitsTheScreen();
        saveDialog();
    }

    /** Adds a level band to the design in the open template dialog. */
    private void band(String name, String fromPoints) {
        page.locator("#design-add-band").click();
        page.locator("#band-name input").fill(name);
        page.locator("#band-min-points input").fill(fromPoints);
        saveDialog();
    }

    /** Picks an option of a select by its text. */
    private void choose(String selectId, String option) {
        page.locator(selectId).click();
        page.getByRole(AriaRole.OPTION, new Page.GetByRoleOptions().setName(option).setExact(true)).click();
    }

    /**
     * Saves the dialog on top, the one opened last, and waits until it has left the page: a closed dialog stays
     * a moment longer, and a click meant for the one under it would land on the closing one.
     */
    private void saveDialog() {
        Locator dialogs = page.getByRole(AriaRole.DIALOG);
        int open = dialogs.count();
        dialogs.last().getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Lưu").setExact(true)).click();
        SignedIn.answered(page);
        PlaywrightAssertions.assertThat(dialogs).hasCount(open - 1);
    }

    private void tab(String name) {
        page.getByRole(AriaRole.TAB, new Page.GetByRoleOptions().setName(name)).click();
        SignedIn.answered(page);
    }

    /** Takes these steps on the commune's pilot through the API, each as the person who may: the province approves. */
    private void steps(int pilot, String... actions) {
        for (String action : actions) {
            Map<String, Object> body = new HashMap<>(Map.of("action", action));
            if (action.equals("APPROVE")) {
                body.put("decisionNumber", "12/QĐ-UBND");
                body.put("decisionDate", "2026-01-10");
            }
            Api.as(action.equals("APPROVE") ? Api.ADMIN_B : Api.ADMIN_A).body(body)
                    .post("/api/v1/tenants/{code}/pilots/{id}/transitions", commune, pilot).then().statusCode(200);
        }
    }

    /** A DRAFT pilot of {@code tenant} with one counted KPI, created through the API by its administrator. */
    private static int draftPilot(String tenant, String admin) {
        return draftPilot(tenant, admin, List.of());
    }

    private static int draftPilot(String tenant, String admin, List<Map<String, Object>> criteria) {
        Map<String, Object> kpi = Map.of("code", "QR", "name", KPI, "kind", "NUMBER", "direction", "UP",
                "unit", "hộ", "baseline", 40, "target", 300, "key", true);
        return Api.as(admin).body(Map.of("name", NAME, "field", "COMMERCE", "startDate", "2026-01-01",
                        "endDate", "2026-12-31", "responsible", "Nguyễn Văn Tâm", "partners", List.of("VNPT Hậu Giang"),
                        "kpis", List.of(kpi), "criteria", criteria))
                .post("/api/v1/tenants/{code}/pilots", tenant).then().statusCode(201).extract().path("id");
    }

    private void step(String buttonId) {
        page.locator(buttonId).click();
        button("Lưu").click();
    }

    private Locator button(String name) {
        return page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(name).setExact(true));
    }
}
