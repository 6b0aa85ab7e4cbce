package vn.sohoa.platform.monitoring.service;

import io.quarkus.arc.Arc;
import io.quarkus.hibernate.orm.PersistenceUnitExtension;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import org.hibernate.Interceptor;
import org.hibernate.Transaction;
import org.hibernate.type.Type;
import vn.sohoa.platform.certificates.domain.Certificate;
import vn.sohoa.platform.indicators.domain.DataSet;
import vn.sohoa.platform.indicators.domain.Indicator;
import vn.sohoa.platform.indicators.domain.IndicatorTarget;
import vn.sohoa.platform.indicators.domain.RecordedRank;
import vn.sohoa.platform.indicators.domain.ReportForm;
import vn.sohoa.platform.pilots.domain.Pilot;
import vn.sohoa.platform.pilots.domain.PilotAction;
import vn.sohoa.platform.pilots.domain.PilotMeasurement;
import vn.sohoa.platform.pilots.domain.PilotTransition;
import vn.sohoa.platform.training.domain.Enrolment;
import vn.sohoa.platform.training.domain.TrainingAssignment;
import vn.sohoa.platform.tenancy.domain.TenantSnapshot;
import vn.sohoa.platform.tenancy.service.TenantGate;

/**
 * Drops the cached dashboards that a write of pilots, training, certificates or periodic reports changes, once its
 * transaction has ended. Those features announce no event for these writes, so the dashboard watches their
 * entities as Hibernate writes them: a pilot, its steps and actuals, an enrolment, a report form, a target or a
 * recorded rank change the figures of the tenant written and its ancestors; an assignment rule (it enrols people
 * below its tenant), a replication (it writes replicas elsewhere), a data set or an indicator (read by every tenant
 * below) and a certificate (Hibernate writes only its revocation, in the issuing tenant, while it counts in the
 * learner's tenant below) change other tenants' figures, so they drop every dashboard; so does a write in a tenant
 * this node does not hold cached (work done by {@code TenantWork} enters a tenant without reading it), since
 * reading it here, inside Hibernate's persist, would flush the entity being persisted. One instance per Hibernate
 * session ({@code @Dependent}), so what it collected belongs to that session's transaction.
 */
@PersistenceUnitExtension
@Dependent
class FigureWrites implements Interceptor {

    @Inject
    Dashboards dashboards;

    @Inject
    TenantGate gate;

    private final Set<String> paths = new HashSet<>();
    private boolean everything;

    @Override
    public boolean onPersist(Object entity, Object id, Object[] state, String[] names, Type[] types) {
        written(entity);
        return false;
    }

    @Override
    public boolean onFlushDirty(Object entity, Object id, Object[] current, Object[] previous, String[] names,
                                Type[] types) {
        written(entity);
        return false;
    }

    @Override
    public void onRemove(Object entity, Object id, Object[] state, String[] names, Type[] types) {
        written(entity);
    }

    @Override
    public void afterTransactionCompletion(Transaction transaction) {
        if (everything) {
            dashboards.invalidateAll();
        } else {
            paths.forEach(dashboards::invalidate);
        }
        paths.clear();
        everything = false;
    }

    private void written(Object entity) {
        if (entity instanceof TrainingAssignment || entity instanceof DataSet || entity instanceof Indicator
                || entity instanceof Certificate
                || entity instanceof PilotTransition step && step.action() == PilotAction.REPLICATE) {
            everything = true;
        } else if (entity instanceof Pilot || entity instanceof PilotTransition || entity instanceof PilotMeasurement
                || entity instanceof Enrolment || entity instanceof ReportForm
                || entity instanceof IndicatorTarget || entity instanceof RecordedRank) {
            // Only what the node has cached: a read of the tenant here would flush the entity being persisted.
            Optional<TenantSnapshot> here = Arc.container().requestContext().isActive() ? gate.hereIfCached()
                    : Optional.empty();
            if (here.isPresent()) {
                paths.add(here.get().path());
            } else {
                everything = true;
            }
        }
    }
}
