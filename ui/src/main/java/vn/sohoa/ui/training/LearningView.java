package vn.sohoa.ui.training;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.inject.Inject;
import vn.sohoa.platform.training.service.LearningItem;
import vn.sohoa.ui.layout.MainLayout;
import vn.sohoa.ui.tenancy.HomeTenant;
import vn.sohoa.ui.tenancy.TenantRoutes;

import java.util.List;

/**
 * "My learning": the person's courses in every tenant they belong to, assigned ones with their due days, with
 * progress and a button to continue where they left off. It is the person's page, not a tenant's.
 */
@Route(value = "learning", layout = MainLayout.class)
@Menu(title = "training.learning.title", icon = "vaadin:academy-cap", order = 0.2)
public class LearningView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final Learner learner;
    private final HomeTenant home;
    private final TenantRoutes routes;

    @Inject
    public LearningView(Learner learner, HomeTenant home, TenantRoutes routes) {
        this.learner = learner;
        this.home = home;
        this.routes = routes;
        setMaxWidth("720px");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        add(new H2(getTranslation("training.learning.title")));
        List<LearningItem> items = learner.items();
        if (items.isEmpty()) {
            add(new Paragraph(getTranslation("training.learning.none")));
        }
        items.forEach(item -> add(new LearningCard(item)));
        home.of(routes.caller()).ifPresent(code ->
                add(new Anchor(TenantRoutes.pageOf(code, "courses"), getTranslation("training.learning.catalogue"))));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("training.learning.title") + " · Sohoa";
    }
}
