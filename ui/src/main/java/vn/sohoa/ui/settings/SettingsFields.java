package vn.sohoa.ui.settings;

import java.util.EnumSet;
import java.util.Set;
import vn.sohoa.admin.settings.domain.AnnualTargets;
import vn.sohoa.admin.settings.domain.Contact;
import vn.sohoa.admin.settings.domain.Feature;
import vn.sohoa.admin.settings.domain.Language;
import vn.sohoa.admin.settings.domain.Settings;

/**
 * The settings document flattened into one field per input, as the form's binder needs it. Public
 * because the binder reads and creates it by reflection.
 */
public record SettingsFields(String displayName, String phone, String email, String address, Language locale,
                      Set<Feature> enabledFeatures, Integer year, Double activeTeamHamletShare,
                      Integer supportSessionsPerMonth, Double trainingCompletionShare, Integer pilotModels) {

    static SettingsFields of(Settings settings) {
        Contact contact = settings.contact() == null ? new Contact(null, null) : settings.contact();
        AnnualTargets targets = settings.annualTargets() == null
                ? new AnnualTargets(null, null, null, null, null) : settings.annualTargets();
        return new SettingsFields(settings.displayName(), blank(contact.phone()), blank(contact.email()),
                blank(settings.address()), settings.locale(),
                settings.enabledFeatures() == null ? EnumSet.noneOf(Feature.class) : settings.enabledFeatures(),
                targets.year(), targets.activeTeamHamletShare(), targets.supportSessionsPerMonth(),
                targets.trainingCompletionShare(), targets.pilotModels());
    }

    /** The document to store: an empty contact or an unset target year leaves that part out. */
    Settings settings() {
        Contact contact = phone.isBlank() && email.isBlank() ? null
                : new Contact(nullIfBlank(phone), nullIfBlank(email));
        AnnualTargets targets = year == null ? null : new AnnualTargets(year, activeTeamHamletShare,
                supportSessionsPerMonth, trainingCompletionShare, pilotModels);
        return new Settings(displayName.strip(), contact, nullIfBlank(address), locale, enabledFeatures, targets);
    }

    private static String blank(String value) {
        return value == null ? "" : value;
    }

    private static String nullIfBlank(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
