package vn.sohoa.server.tenants;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import vn.sohoa.platform.tenancy.domain.TenantChanged;
import vn.sohoa.platform.tenancy.domain.TenantsChanged;

/** Hears the committed changes of the tenant registry, each of which the caches turn into an invalidation. */
@ApplicationScoped
class RegistryChanges {

    private static final List<Object> HEARD = new CopyOnWriteArrayList<>();

    void one(@Observes(during = TransactionPhase.AFTER_SUCCESS) TenantChanged changed) {
        HEARD.add(changed);
    }

    void many(@Observes(during = TransactionPhase.AFTER_SUCCESS) TenantsChanged changed) {
        HEARD.add(changed);
    }

    /** The changes committed while {@code work} ran. */
    static List<Object> during(Runnable work) {
        int before = HEARD.size();
        work.run();
        return new ArrayList<>(HEARD.subList(before, HEARD.size()));
    }
}
