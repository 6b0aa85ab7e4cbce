package vn.sohoa.platform.certificates.api;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Optional;
import vn.sohoa.platform.calendar.VietnamCalendar;
import vn.sohoa.platform.certificates.domain.CertificateStatus;
import vn.sohoa.platform.certificates.domain.Serial;
import vn.sohoa.platform.certificates.service.Certificates;
import vn.sohoa.platform.certificates.service.PublicCertificate;

/**
 * The page a certificate's QR code opens: public, no login, one small HTML page rendered here rather than a
 * view of the web UI, so a phone on a weak network loads a few kilobytes and no UI session starts. It shows
 * what {@code GET /api/v1/public/certificates/{serial}} answers, in Vietnamese, or in English with
 * {@code ?lang=en}. Every value is escaped; the page runs no script and loads nothing else.
 */
@Path("/verify/{serial}")
public class VerificationPage {

    private static final String SECURITY = "default-src 'none'; style-src 'unsafe-inline'; base-uri 'none'; "
            + "form-action 'none'; frame-ancestors 'none'";

    @Inject
    Certificates certificates;

    @GET
    @Produces(MediaType.TEXT_HTML + ";charset=UTF-8")
    public Response show(@PathParam("serial") String text, @QueryParam("lang") String lang) {
        VerificationTexts texts = VerificationTexts.of(lang);
        Optional<PublicCertificate> found = Serial.parse(text).flatMap(certificates::verify);
        String body = found.map(certificate -> certificate(texts, certificate))
                .orElseGet(() -> unknown(texts, text));
        return Response.status(found.isPresent() ? 200 : 404)
                .entity(page(texts, body))
                .cacheControl(PublicCertificatesResource.noStore())
                .header("Content-Security-Policy", SECURITY)
                .header("X-Robots-Tag", "noindex")
                .header("Referrer-Policy", "no-referrer")
                .build();
    }

    private static String certificate(VerificationTexts texts, PublicCertificate certificate) {
        boolean valid = certificate.status() == CertificateStatus.VALID;
        return "<p class=\"status " + (valid ? "valid" : "revoked") + "\">" + (valid ? texts.valid() : texts.revoked())
                + "</p><dl>"
                + row(texts.holder(), certificate.holderName())
                + row(texts.course(), certificate.course())
                + row(texts.issuer(), certificate.issuer())
                + row(texts.issuedOn(), VietnamCalendar.DAY.format(certificate.issuedOn()))
                + row(texts.serial(), certificate.serial())
                + "</dl>";
    }

    private static String unknown(VerificationTexts texts, String serial) {
        return "<p class=\"status revoked\">" + texts.unknown() + "</p><p>" + texts.unknownHint() + "</p><dl>"
                + row(texts.serial(), serial.length() > Serial.LENGTH ? serial.substring(0, Serial.LENGTH) + "…" : serial)
                + "</dl>";
    }

    private static String row(String label, String value) {
        return "<dt>" + Html.escape(label) + "</dt><dd>" + Html.escape(value) + "</dd>";
    }

    private static String page(VerificationTexts texts, String body) {
        return """
                <!doctype html>
                <html lang="%s"><head><meta charset="utf-8">
                <meta name="viewport" content="width=device-width, initial-scale=1">
                <meta name="robots" content="noindex"><title>%s</title>
                <style>
                body{margin:0;font-family:system-ui,"Segoe UI",Roboto,"Noto Sans",sans-serif;background:#f3f6f8;color:#14313f}
                main{max-width:34rem;margin:0 auto;padding:1rem}
                h1{font-size:1.25rem;margin:.5rem 0 1rem}
                .status{font-weight:700;padding:.6rem .8rem;border-radius:.4rem;margin:0 0 1rem}
                .valid{background:#dff3e4;color:#135c2a}.revoked{background:#fbe1e1;color:#8a1414}
                dl{background:#fff;border-radius:.4rem;padding:.5rem .8rem;margin:0}
                dt{font-size:.8rem;color:#5f6b75;margin-top:.6rem}dd{margin:0 0 .4rem;font-size:1.05rem;overflow-wrap:anywhere}
                nav{margin-top:1rem;font-size:.9rem}a{color:#0b5c7a}
                </style></head>
                <body><main><h1>%s</h1>%s<nav><a href="%s">%s</a></nav></main></body></html>
                """.formatted(texts.lang(), Html.escape(texts.title()), Html.escape(texts.title()), body,
                Html.escape(texts.otherLanguageLink()), Html.escape(texts.otherLanguage()));
    }
}
