package vn.sohoa.ui.i18n;

import com.vaadin.flow.server.ServiceInitEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/**
 * Starts every Vaadin session in Vietnamese. Vaadin would pick the language of the browser, but the
 * people of the province use Vietnamese whatever their browser is set to; English is one click away.
 */
@ApplicationScoped
class VietnameseFirst {

    void onServiceInit(@Observes ServiceInitEvent event) {
        event.getSource().addSessionInitListener(
                init -> init.getSession().setLocale(Language.VIETNAMESE.locale()));
    }
}
