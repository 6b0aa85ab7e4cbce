package vn.sohoa.ui.i18n;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.server.VaadinSession;

/** Chooses the language of the whole session and renders the current page again in it. */
public class LanguageSwitch extends Composite<Select<Language>> {

    public LanguageSwitch() {
        Select<Language> select = getContent();
        select.setLabel(getTranslation("language.label"));
        select.setItems(Language.values());
        select.setItemLabelGenerator(Language::ownName);
        select.setValue(Language.of(VaadinSession.getCurrent().getLocale()));
        select.addValueChangeListener(change -> {
            if (change.isFromClient() && change.getValue() != null) {
                VaadinSession.getCurrent().setLocale(change.getValue().locale());
                UI.getCurrent().refreshCurrentRoute(true);
            }
        });
    }
}
