package vn.sohoa.ui.imports;

import io.quarkus.arc.Arc;
import io.quarkus.arc.ManagedContext;
import io.quarkus.security.identity.CurrentIdentityAssociation;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.concurrent.CompletableFuture;
import vn.sohoa.admin.tenants.service.TenantImport;
import vn.sohoa.admin.tenants.service.TenantImportService;
import vn.sohoa.platform.tenancy.domain.Caller;

/**
 * Runs a tenant import away from the request that asked for it, so that the page stays responsive and
 * can show progress, yet still as the person who asked: the audit trail names them as the author of
 * every tenant created, and the import checks their rights as it would in the request.
 */
@ApplicationScoped
class BackgroundImport {

    @Inject
    CurrentIdentityAssociation identities;

    @Inject
    TenantImportService imports;

    /** Starts importing {@code file} for the person signed in to the current request. */
    CompletableFuture<TenantImport> start(byte[] file) {
        SecurityIdentity person = identities.getIdentity();
        CompletableFuture<TenantImport> result = new CompletableFuture<>();
        Thread.ofVirtual().name("tenant-import").start(() -> {
            // A request context of its own carrying the person's identity, which the database
            // connection reads to record the actor of each write.
            ManagedContext request = Arc.container().requestContext();
            request.activate();
            try {
                identities.setIdentity(person);
                result.complete(imports.importCsv(Caller.of(person), file, false));
            } catch (RuntimeException e) {
                result.completeExceptionally(e);
            } finally {
                request.terminate();
            }
        });
        return result;
    }
}
