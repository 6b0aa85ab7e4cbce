package vn.sohoa.ui.pilots;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.server.streams.UploadHandler;
import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import vn.sohoa.platform.calendar.VietnamCalendar;
import vn.sohoa.platform.files.store.FileKind;
import vn.sohoa.platform.pilots.domain.EvidenceLink;
import vn.sohoa.platform.pilots.domain.Period;
import vn.sohoa.platform.pilots.domain.Pilot;
import vn.sohoa.platform.pilots.domain.PilotAccess;
import vn.sohoa.platform.pilots.domain.PilotStatus;
import vn.sohoa.platform.pilots.service.Evidence;
import vn.sohoa.platform.pilots.service.PilotEvidenceService;
import vn.sohoa.platform.problem.ProblemException;
import vn.sohoa.ui.imports.UploadTexts;
import vn.sohoa.ui.tenancy.RoutedTenant;
import vn.sohoa.ui.tenancy.TenantDownload;

/**
 * A pilot's evidence files: each one downloaded as it was uploaded, with what it supports (a criterion of the
 * rubric, the actual of a KPI for a period, or the pilot as a whole), and, for the unit's administrator while
 * the pilot takes evidence, an upload that says what the file supports. The server decides a file's type from its
 * content: a file that is no PDF, JPEG, PNG, XLSX or DOCX, or that is larger than 10 MB, is refused with its own
 * message and nothing kept.
 */
class EvidencePanel extends VerticalLayout {

    /** What a file may support: a criterion of the rubric, or a KPI (whose period is typed beside it). */
    private record Supported(String criterionCode, String kpiCode, String label) {
    }

    private final Grid<Evidence> grid = new Grid<>();

    EvidencePanel(RoutedTenant tenant, Pilot pilot, PilotEvidenceService evidence) {
        setPadding(false);
        boolean takesEvidence = pilot.status() != PilotStatus.DRAFT && pilot.status() != PilotStatus.CLOSED
                && pilot.status() != PilotStatus.STOPPED;
        if (takesEvidence && tenant.allows(PilotAccess.MANAGE)) {
            add(upload(tenant, pilot, evidence));
        }
        grid.setId("pilot-evidence");
        // One column, which fits a phone: the file's link over its kind, size, who uploaded it, when, and the note.
        grid.addComponentColumn(item -> {
            Span details = new Span(item.file().kind().name() + " · " + Numbers.format(item.file().size() / 1024.0)
                    + " KB · " + item.evidence().uploadedBy() + " · "
                    + VietnamCalendar.DAY_TIME.format(item.evidence().uploadedAt())
                    + supports(item.evidence().link())
                    + (item.evidence().link().note() == null ? "" : " · " + item.evidence().link().note()));
            details.getStyle().set("font-size", "var(--lumo-font-size-s)")
                    .set("color", "var(--lumo-secondary-text-color)");
            return new Div(new Div(download(tenant, pilot, item, evidence)), details);
        }).setHeader(getTranslation("pilots.evidence.file")).setFlexGrow(1);
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setAllRowsVisible(true);
        grid.setItems(evidence.list(pilot.id()));
        add(grid);
    }

    /** What a file supports, as the list says it: " · Tiêu chí C1", " · Chỉ số QR, kỳ 2026-11", or nothing. */
    private String supports(EvidenceLink link) {
        if (link.criterionCode() != null) {
            return " · " + getTranslation("pilots.evidence.for-criterion", link.criterionCode());
        }
        if (link.kpiCode() != null) {
            return " · " + getTranslation("pilots.evidence.for-kpi", link.kpiCode(),
                    link.period() == null ? "–" : link.period());
        }
        return "";
    }

    private VerticalLayout upload(RoutedTenant tenant, Pilot pilot, PilotEvidenceService evidence) {
        TextField note = new TextField(getTranslation("pilots.comment"));
        note.setMaxLength(500);
        note.setWidthFull();
        // What the file supports: a criterion the self-assessment names it for, or a KPI's actual of a period.
        Select<Supported> supports = new Select<>();
        supports.setId("evidence-supports");
        supports.setLabel(getTranslation("pilots.evidence.supports"));
        List<Supported> targets = new ArrayList<>();
        pilot.design().criteria().forEach(c -> targets.add(new Supported(c.code(), null, c.code() + " · " + c.name())));
        pilot.design().kpis().forEach(k -> targets.add(new Supported(null, k.code(), k.code() + " · " + k.name())));
        supports.setItems(targets);
        supports.setEmptySelectionAllowed(true);
        supports.setEmptySelectionCaption(getTranslation("pilots.evidence.for-pilot"));
        supports.setItemLabelGenerator(target -> target == null ? getTranslation("pilots.evidence.for-pilot")
                : target.label());
        supports.setWidthFull();
        TextField period = new TextField(getTranslation("pilots.measurement.period"));
        period.setId("evidence-period");
        period.setPattern(Period.PATTERN);
        period.setPlaceholder("2026-11");
        period.setVisible(false);
        supports.addValueChangeListener(change -> period.setVisible(change.getValue() != null
                && change.getValue().kpiCode() != null));
        Upload upload = new Upload();
        upload.setId("evidence-upload");
        upload.setMaxFiles(1);
        upload.setMaxFileSize((int) PilotEvidenceService.MAX_BYTES);
        // The browser's filter only helps choosing; the server reads each file's content and decides.
        upload.setAcceptedFileTypes(PilotEvidenceService.KINDS.stream()
                .flatMap(kind -> Stream.of(kind.mediaType(), "." + kind.extension())).toArray(String[]::new));
        var texts = UploadTexts.of(this, "pilots.evidence.wrong-type");
        texts.getError().setFileIsTooBig(getTranslation("pilots.evidence.too-big"));
        upload.setI18n(texts);
        upload.setUploadHandler(UploadHandler.inMemory((metadata, bytes) -> {
            upload.clearFileList();
            try {
                tenant.enter(PilotAccess.MANAGE);
                Supported target = supports.getValue();
                String kpi = target == null ? null : target.kpiCode();
                evidence.upload(pilot.id(), new ByteArrayInputStream(bytes), metadata.fileName(),
                        new EvidenceLink(kpi, kpi == null ? null : FormParts.strip(period.getValue()),
                                target == null ? null : target.criterionCode(), FormParts.strip(note.getValue())),
                        tenant.caller());
            } catch (ProblemException refused) {
                refusal(refused);
                return;
            }
            Notification.show(getTranslation("pilots.evidence.saved", metadata.fileName()))
                    .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
            // Only the list changes; the page stays on this tab.
            grid.setItems(evidence.list(pilot.id()));
        }));
        Paragraph help = new Paragraph(getTranslation("pilots.evidence.help"));
        VerticalLayout layout = new VerticalLayout(help, supports, period, note, upload);
        layout.setPadding(false);
        return layout;
    }

    /** A refused file's reason, said plainly for a wrong type (415) and a file too large (413). */
    private void refusal(ProblemException refused) {
        int status = refused.problem().status();
        String text = status == 415 ? getTranslation("pilots.evidence.wrong-type")
                : status == 413 ? getTranslation("pilots.evidence.too-big")
                : getTranslation("pilots.evidence.refused");
        Notification notification = new Notification(text + " (" + refused.problem().detail() + ")", 10_000,
                Notification.Position.MIDDLE);
        notification.setId("evidence-refused");
        notification.addThemeVariants(NotificationVariant.LUMO_ERROR);
        notification.open();
    }

    private static Anchor download(RoutedTenant tenant, Pilot pilot, Evidence item, PilotEvidenceService evidence) {
        long evidenceId = item.evidence().id();
        FileKind kind = item.file().kind();
        Anchor link = new Anchor(new TenantDownload(tenant, PilotAccess.READ, code -> item.file().name(),
                kind.mediaType(), stream -> {
                    // A request of its own: the evidence is looked up again in the tenant just entered.
                    Evidence current = evidence.find(pilot.id(), evidenceId).orElseThrow(() ->
                            ProblemException.notFound("There is no evidence " + evidenceId + " here."));
                    evidence.files().copy(current.file().id(), stream);
                }), item.file().name());
        link.getElement().setAttribute("download", true);
        link.addComponentAsFirst(VaadinIcon.DOWNLOAD.create());
        return link;
    }
}
