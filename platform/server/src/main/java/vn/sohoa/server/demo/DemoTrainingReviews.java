package vn.sohoa.server.demo;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.List;
import vn.sohoa.admin.tenants.service.TenantDraft;
import vn.sohoa.platform.calendar.VietnamCalendar;
import vn.sohoa.platform.certificates.domain.Serial;
import vn.sohoa.platform.certificates.service.Certificates;
import vn.sohoa.platform.tenancy.domain.Caller;
import vn.sohoa.platform.tenancy.domain.TenantKind;
import vn.sohoa.platform.tenancy.service.TenantWork;
import vn.sohoa.platform.training.service.ExternalCompletions;

/**
 * What training's reviewers find in the demo: one of the province's certificates revoked (issued by mistake), and a
 * team member's OneTouch certificate for the VNeID course waiting for review in the first commune. Loaded once.
 */
@ApplicationScoped
class DemoTrainingReviews {

    private static final String PROVINCE = "93";

    @Inject
    TenantWork work;

    @Inject
    Certificates certificates;

    @Inject
    ExternalCompletions externals;

    @Inject
    EntityManager em;

    @Inject
    Clock clock;

    /** Revokes one certificate and records one external completion, unless the demo has them; returns what it did. */
    String load() {
        boolean revoked = work.inTenant(PROVINCE, this::revokeOne);
        String commune = DemoFiles.tenants("/demo/hau-giang.csv", "/demo/hau-giang-bodies.csv").stream()
                .filter(draft -> draft.kind() == TenantKind.COMMUNE).map(TenantDraft::code).findFirst().orElseThrow();
        boolean recorded = work.inTenant(commune, () -> recordOne(commune));
        return (revoked ? "a certificate revoked" : "no certificate to revoke")
                + (recorded ? ", an external completion waiting in " + commune : "");
    }

    private boolean revokeOne() {
        if (count("select count(*) from certificate where status = 'REVOKED'") > 0) {
            return true;
        }
        List<?> serials = em.createNativeQuery("select serial from certificate where status = 'VALID' order by id limit 1",
                String.class).getResultList();
        if (serials.isEmpty()) {
            return false;
        }
        certificates.revoke(Serial.parse((String) serials.getFirst()).orElseThrow(),
                "Cấp nhầm: bài kiểm tra do người khác làm thay", new Caller("demo-province.admin", "province.admin", true));
        return true;
    }

    private boolean recordOne(String commune) {
        if (count("select count(*) from external_completion") > 0) {
            return true;
        }
        List<?> courses = em.createNativeQuery("select id from course where code = 'VNEID-2' and tenant_id = :province",
                Long.class).setParameter("province", PROVINCE).getResultList();
        if (courses.isEmpty()) {
            return false;
        }
        String username = "tcns." + commune + ".1";
        externals.record(((Number) courses.getFirst()).longValue(), "OneTouch",
                VietnamCalendar.today(clock).minusDays(12), new ByteArrayInputStream(certificate()),
                "chung-nhan-onetouch.pdf", "demo-" + username, username, "Nguyễn Thị Hoa");
        return true;
    }

    private long count(String sql) {
        return ((Number) em.createNativeQuery(sql).getSingleResult()).longValue();
    }

    /** A one-page PDF standing for the certificate OneTouch issued. */
    private static byte[] certificate() {
        String text = "BT /F1 18 Tf 72 720 Td (OneTouch - Chung nhan hoan thanh khoa hoc VNeID muc 2) Tj ET";
        String pdf = "%PDF-1.4\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n"
                + "2 0 obj << /Type /Pages /Kids [3 0 R] /Count 1 >> endobj\n"
                + "3 0 obj << /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R "
                + "/Resources << /Font << /F1 5 0 R >> >> >> endobj\n"
                + "4 0 obj << /Length " + text.length() + " >> stream\n" + text + "\nendstream endobj\n"
                + "5 0 obj << /Type /Font /Subtype /Type1 /BaseFont /Helvetica >> endobj\n"
                + "trailer << /Root 1 0 R >>\n%%EOF\n";
        return pdf.getBytes(StandardCharsets.US_ASCII);
    }
}
