package vn.sohoa.ui.imports;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.concurrent.Semaphore;
import vn.sohoa.platform.files.ImportLimits;
import vn.sohoa.platform.problem.ProblemException;
import vn.sohoa.platform.problem.ProblemType;

/**
 * The background imports one node runs at once, {@link ImportLimits#concurrent()}. One more is refused at
 * once with "busy, try again" rather than queued: each waiting import would hold its whole file in memory,
 * and its author would wait without knowing why.
 */
@ApplicationScoped
public class ImportSlots {

    @Inject
    ImportLimits limits;

    private Semaphore free;

    @PostConstruct
    void init() {
        free = new Semaphore(limits.concurrent());
    }

    /**
     * Takes a slot for an import, to be given back with {@link #release()} when it ends, however it ends.
     *
     * @throws ProblemException 503 when every slot is taken
     */
    public void take() {
        if (!free.tryAcquire()) {
            throw new ProblemException(ProblemType.UNAVAILABLE, "The server is busy with " + limits.concurrent()
                    + " other imports (sohoa.imports.concurrent); try again in a minute.");
        }
    }

    public void release() {
        free.release();
    }
}
