package vn.sohoa.admin.settings.api;

import com.fasterxml.jackson.annotation.JsonSetter;
import com.fasterxml.jackson.annotation.Nulls;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.Set;
import vn.sohoa.admin.settings.domain.AnnualTargets;
import vn.sohoa.admin.settings.domain.Contact;
import vn.sohoa.admin.settings.domain.Feature;
import vn.sohoa.admin.settings.domain.Language;
import vn.sohoa.admin.settings.domain.Settings;
import vn.sohoa.admin.settings.domain.StoredSettings;

/**
 * A tenant's settings as the API reads and writes them: the whole document, with the version a client
 * last read. Any key not listed here is refused.
 */
public record SettingsDocument(
        @NotBlank @Size(max = 200) String displayName,
        @Valid Contact contact,
        @Size(max = 500) String address,
        @NotNull Language locale,
        @NotNull @JsonSetter(contentNulls = Nulls.FAIL) Set<Feature> enabledFeatures,
        @Valid AnnualTargets annualTargets,
        @NotNull Long version) {

    static SettingsDocument of(StoredSettings stored) {
        Settings s = stored.settings();
        return new SettingsDocument(s.displayName(), s.contact(), s.address(), s.locale(), s.enabledFeatures(),
                s.annualTargets(), stored.version());
    }

    Settings settings() {
        return new Settings(displayName.strip(), contact, address, locale, enabledFeatures, annualTargets);
    }
}
