package vn.sohoa.admin.settings.service;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.io.IOException;
import java.util.List;
import vn.sohoa.admin.settings.domain.Settings;
import vn.sohoa.admin.settings.domain.StoredSettings;
import vn.sohoa.platform.problem.OptimisticVersion;
import vn.sohoa.platform.problem.ProblemException;

/**
 * Reads and replaces a tenant's settings document in {@code tenant.settings}. The document has its own
 * version ({@code tenant.settings_version}), apart from the registry entry's. Callers check access first.
 */
@ApplicationScoped
public class TenantSettingsService {

    @Inject
    EntityManager em;

    @Inject
    ObjectMapper mapper;

    /** The tenant's settings; the defaults while it has never saved any. */
    @Transactional
    public StoredSettings read(String tenantCode) {
        List<?> rows = em.createNativeQuery(
                        "select name, cast(settings as text), settings_version from tenant where code = :code")
                .setParameter("code", tenantCode)
                .getResultList();
        if (rows.isEmpty()) {
            throw ProblemException.notFound("There is no tenant " + tenantCode + ".");
        }
        Object[] row = (Object[]) rows.getFirst();
        JsonNode document = parse((String) row[1]);
        Settings settings = document.isEmpty() ? Settings.defaults((String) row[0]) : toSettings(document);
        return new StoredSettings(settings, ((Number) row[2]).longValue());
    }

    /**
     * Replaces the tenant's settings document as a whole.
     *
     * @throws ProblemException 409 {@code stale-version} when {@code expectedVersion} is not the stored version
     */
    @Transactional
    public StoredSettings replace(String tenantCode, Settings settings, long expectedVersion) {
        int updated = em.createNativeQuery("""
                        update tenant set settings = cast(:settings as jsonb), settings_version = settings_version + 1
                        where code = :code and settings_version = :version""")
                .setParameter("settings", toJson(settings))
                .setParameter("code", tenantCode)
                .setParameter("version", expectedVersion)
                .executeUpdate();
        if (updated == 0) {
            OptimisticVersion.check("The settings of " + tenantCode, read(tenantCode).version(), expectedVersion);
        }
        return new StoredSettings(settings, expectedVersion + 1);
    }

    private JsonNode parse(String json) {
        try {
            return mapper.readTree(json);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Stored settings are not JSON", e);
        }
    }

    /** Keys a later release dropped are skipped, so old documents stay readable. */
    private Settings toSettings(JsonNode document) {
        try {
            return mapper.readerFor(Settings.class).without(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                    .readValue(document);
        } catch (IOException e) {
            throw new IllegalStateException("Stored settings do not fit the settings document", e);
        }
    }

    private String toJson(Settings settings) {
        try {
            return mapper.writeValueAsString(settings);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Settings cannot be written as JSON", e);
        }
    }
}
