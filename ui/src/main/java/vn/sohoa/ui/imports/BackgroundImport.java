package vn.sohoa.ui.imports;

import io.quarkus.arc.Arc;
import io.quarkus.arc.ManagedContext;
import io.quarkus.security.identity.CurrentIdentityAssociation;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;
import vn.sohoa.platform.tenancy.domain.Caller;

/**
 * Runs an import away from the request that asked for it, so that the page stays responsive and can show
 * progress, yet still as the person who asked: the audit trail names them as the author of everything
 * created, and the import checks their rights as it would in the request. Only as many run at once as
 * {@link ImportSlots} has.
 */
@ApplicationScoped
public class BackgroundImport {

    @Inject
    CurrentIdentityAssociation identities;

    @Inject
    ImportSlots slots;

    /**
     * Starts {@code work} for the person signed in to the current request. It runs in a request context of
     * its own, without the page's Vaadin session: work in a tenant enters it by its code.
     *
     * @throws vn.sohoa.platform.problem.ProblemException 503 when the node runs as many imports as it may
     */
    public <T> CompletableFuture<T> start(String name, Function<Caller, T> work) {
        SecurityIdentity person = identities.getIdentity();
        slots.take();
        CompletableFuture<T> result = new CompletableFuture<>();
        Thread.ofVirtual().name(name).start(() -> {
            // A request context of its own carrying the person's identity, which the database
            // connection reads to record the actor of each write.
            ManagedContext request = Arc.container().requestContext();
            request.activate();
            try {
                identities.setIdentity(person);
                result.complete(work.apply(Caller.of(person)));
            } catch (RuntimeException e) {
                result.completeExceptionally(e);
            } finally {
                request.terminate();
                slots.release();
            }
        });
        return result;
    }
}
