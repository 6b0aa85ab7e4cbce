package vn.sohoa.ui.indicators;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.function.SerializableConsumer;
import java.io.Serializable;
import vn.sohoa.platform.indicators.domain.ReportAccess;
import vn.sohoa.platform.indicators.domain.ReportState;
import vn.sohoa.platform.indicators.service.Report;
import vn.sohoa.platform.indicators.service.ReportService;
import vn.sohoa.ui.tenancy.RoutedTenant;

/**
 * The decisions of the level above on a unit's form: approve or return (with a comment) a submitted form, and,
 * as a separate act asking for its own reason, take back an approval.
 */
class ReportDecisions implements Serializable {

    private final RoutedTenant tenant;
    private final ReportService reports;
    private final SerializableConsumer<Report> decided;

    ReportDecisions(RoutedTenant tenant, ReportService reports, SerializableConsumer<Report> decided) {
        this.tenant = tenant;
        this.reports = reports;
        this.decided = decided;
    }

    /** Adds the buttons the form's state allows. */
    void addTo(FlexLayout actions, Report report) {
        String set = report.dataSetCode();
        String period = report.period();
        if (report.state() == ReportState.SUBMITTED) {
            Button approve = button(actions, "report-approve", "indicators.decision.approve");
            approve.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_SUCCESS);
            approve.addClickListener(click -> {
                tenant.enter(ReportAccess.DECIDE);
                decided.accept(reports.approve(set, period));
            });
            button(actions, "report-return", "indicators.decision.return").addClickListener(click ->
                    CommentDialog.open(actions.getTranslation("indicators.decision.return"),
                            actions.getTranslation("indicators.decision.comment"), comment -> {
                                tenant.enter(ReportAccess.DECIDE);
                                decided.accept(reports.sendBack(set, period, comment));
                            }));
        }
        if (report.state() == ReportState.APPROVED) {
            Button unapprove = button(actions, "report-unapprove", "indicators.decision.unapprove");
            unapprove.addThemeVariants(ButtonVariant.LUMO_ERROR);
            unapprove.addClickListener(click -> CommentDialog.open(actions.getTranslation("indicators.decision.unapprove"),
                    actions.getTranslation("indicators.decision.reason"), reason -> {
                        tenant.enter(ReportAccess.DECIDE);
                        decided.accept(reports.unapprove(set, period, reason));
                    }));
        }
    }

    private static Button button(FlexLayout actions, String id, String key) {
        Button button = new Button(actions.getTranslation(key));
        button.setId(id);
        button.setMinHeight("48px");
        actions.add(button);
        return button;
    }
}
