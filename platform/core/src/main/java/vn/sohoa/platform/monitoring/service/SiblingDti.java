package vn.sohoa.platform.monitoring.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.HashMap;
import java.util.Map;
import vn.sohoa.platform.indicators.service.DtiPreview;
import vn.sohoa.platform.monitoring.domain.ChildFigure;
import vn.sohoa.platform.monitoring.domain.DtiFigures;

/** The DTI ranking of the entered tenant and its siblings of its kind, read in a transaction of its own. */
@ApplicationScoped
class SiblingDti {

    @Inject
    DtiPreview preview;

    /** Each sibling by code: its total in points out of 100, its rank and how many are ranked. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    Map<String, ChildFigure> ranked(int year) {
        DtiPreview.Dti dti = preview.of(year);
        Map<String, ChildFigure> figures = new HashMap<>();
        dti.ranking().forEach(r -> figures.put(r.tenantCode(), new ChildFigure(
                DtiFigures.points(r.score()).doubleValue(), r.rank(), (long) dti.ranking().size())));
        return figures;
    }
}
