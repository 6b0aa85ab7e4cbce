package vn.sohoa.ui.training;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinServletRequest;
import com.vaadin.flow.server.streams.DownloadHandler;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import vn.sohoa.platform.certificates.domain.CertificateStatus;
import vn.sohoa.platform.certificates.domain.Serial;
import vn.sohoa.platform.certificates.service.CertificatePdf;
import vn.sohoa.platform.certificates.service.Certificates;
import vn.sohoa.platform.certificates.service.HeldCertificate;
import vn.sohoa.platform.certificates.service.VerificationAddresses;
import vn.sohoa.ui.layout.MainLayout;

import java.net.URI;
import java.util.List;

/**
 * The person's certificates from every tenant that issued one, each with its PDF (made when it is downloaded, with
 * the QR code of its public verification page) and a link to that page.
 */
@Route(value = "certificates", layout = MainLayout.class)
@Menu(title = "training.certificates.title", icon = "vaadin:diploma", order = 0.25)
public class CertificatesView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final Certificates certificates;
    private final CertificatePdf pdf;
    private final VerificationAddresses verification;

    @Inject
    public CertificatesView(Certificates certificates, CertificatePdf pdf, VerificationAddresses verification) {
        this.certificates = certificates;
        this.pdf = pdf;
        this.verification = verification;
        setMaxWidth("720px");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        add(new H2(getTranslation("training.certificates.title")));
        List<HeldCertificate> held = certificates.mine();
        if (held.isEmpty()) {
            add(new Paragraph(getTranslation("training.certificates.none")));
        }
        held.forEach(certificate -> add(card(certificate)));
    }

    private VerticalLayout card(HeldCertificate certificate) {
        VerticalLayout card = new VerticalLayout();
        card.addClassName("certificate-card");
        card.setSpacing(false);
        card.getStyle().set("border", "1px solid var(--lumo-contrast-20pct)")
                .set("border-radius", "var(--lumo-border-radius-l)");
        card.add(new H3(certificate.courseTitle()),
                new Span(getTranslation("training.certificates.issued", certificate.issuerName(),
                        Days.of(certificate.issuedOn()))),
                new Span(getTranslation("training.certificates.serial", certificate.serial())));
        if (certificate.status() == CertificateStatus.REVOKED) {
            Span revoked = new Span(getTranslation("training.certificates.revoked"));
            revoked.getElement().getThemeList().add("badge error");
            card.add(revoked);
        }
        Anchor download = new Anchor(pdf(certificate.serial()), getTranslation("training.certificates.download"));
        download.addClassName("certificate-pdf");
        card.add(download, new Anchor(verification.of(certificate.serial(), CertificatesView::reached).toString(),
                getTranslation("training.certificates.verify")));
        return card;
    }

    /** The PDF, made in the download's own request for the person signed in then; another's serial finds nothing. */
    private DownloadHandler pdf(String serial) {
        return event -> {
            HeldCertificate certificate = Serial.parse(serial).flatMap(certificates::mine)
                    .orElseThrow(() -> Certificates.notFound(serial));
            event.setFileName("chung-nhan-" + serial + ".pdf");
            event.setContentType("application/pdf");
            event.getOutputStream().write(pdf.render(certificate, verification.of(serial, CertificatesView::reached)));
        };
    }

    @Override
    public String getPageTitle() {
        return getTranslation("training.certificates.title") + " · Sohoa";
    }

    /** The address the browser reached this server at, for a verification link when no public one is set. */
    private static URI reached() {
        HttpServletRequest request = ((VaadinServletRequest) VaadinRequest.getCurrent()).getHttpServletRequest();
        return URI.create(request.getScheme() + "://" + request.getServerName() + ":" + request.getServerPort()
                + request.getContextPath());
    }
}
