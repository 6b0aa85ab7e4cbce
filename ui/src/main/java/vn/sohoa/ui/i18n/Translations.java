package vn.sohoa.ui.i18n;

import com.vaadin.flow.i18n.I18NProvider;
import com.vaadin.quarkus.annotation.VaadinServiceEnabled;
import com.vaadin.quarkus.annotation.VaadinServiceScoped;
import io.quarkus.arc.Unremovable;
import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import org.jboss.logging.Logger;

/**
 * The texts of the UI from {@code vaadin-i18n/translations*.properties}, where the default bundle is
 * Vietnamese.
 *
 * <p>Vaadin's {@code DefaultI18NProvider} is not used because it looks bundles up with the JDK's
 * default fallback: on a server whose default locale is English, Vietnamese would resolve to
 * {@code translations_en} before ever reaching the Vietnamese default bundle. Here no fallback
 * to the JVM locale happens.
 */
@VaadinServiceEnabled
@VaadinServiceScoped
@Unremovable
public class Translations implements I18NProvider {

    private static final Logger LOG = Logger.getLogger(Translations.class);
    private static final String BUNDLE = "vaadin-i18n.translations";
    private static final ResourceBundle.Control NO_FALLBACK =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    @Override
    public List<Locale> getProvidedLocales() {
        return Language.locales();
    }

    @Override
    public Locale getDefaultLocale() {
        return Language.VIETNAMESE.locale();
    }

    @Override
    public String getTranslation(String key, Locale locale, Object... params) {
        Locale language = Language.of(locale).locale();
        try {
            String pattern = ResourceBundle.getBundle(BUNDLE, language, Translations.class.getClassLoader(),
                    NO_FALLBACK).getString(key);
            return new MessageFormat(pattern, language).format(params);
        } catch (MissingResourceException e) {
            LOG.warnf("No text for %s in %s", key, language);
            return "!" + key;
        }
    }
}
