package vn.sohoa.ui.layout;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.ParentLayout;
import com.vaadin.flow.server.HttpStatusCode;

/**
 * The one page for an address that leads nowhere: an unknown path, a tenant that does not exist, and a tenant
 * the person may not see. All three get the same words and the same status (404 to Vaadin's router), so no
 * page tells whether a tenant exists; the words name neither the address nor the reason.
 */
@ParentLayout(MainLayout.class)
public class NotFoundView extends VerticalLayout implements HasErrorParameter<NotFoundException>, HasDynamicTitle {

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<NotFoundException> parameter) {
        removeAll();
        setId("not-found");
        add(new H2(getTranslation("not-found.title")), new Paragraph(getTranslation("not-found.text")),
                new Anchor("", getTranslation("not-found.home")));
        return HttpStatusCode.NOT_FOUND.getCode();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("not-found.title") + " · Sohoa";
    }
}
