package vn.sohoa.ui.training.editor;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.inject.Inject;
import vn.sohoa.platform.tenancy.domain.Access;
import vn.sohoa.platform.training.domain.TrainingAccess;
import vn.sohoa.platform.training.domain.TrainingSkill;
import vn.sohoa.platform.training.service.SkillService;
import vn.sohoa.ui.layout.MainLayout;
import vn.sohoa.ui.tenancy.RoutedTenant;
import vn.sohoa.ui.tenancy.TenantPage;
import vn.sohoa.ui.tenancy.TenantRoutes;

/**
 * The basic digital-skills framework whose groups courses name. Everyone reads it; a province's trainers and
 * administrators rename a group (a tap on its row) or add one at the end.
 */
@Route(value = TenantRoutes.TENANT + SkillsView.PATH, layout = MainLayout.class)
public class SkillsView extends TenantPage implements HasDynamicTitle {

    static final String PATH = "training/skills";

    private final SkillService skills;
    private RoutedTenant tenant;
    private Grid<TrainingSkill> grid;

    @Inject
    public SkillsView(TenantRoutes routes, SkillService skills) {
        super(routes);
        this.skills = skills;
        setMaxWidth("900px");
    }

    @Override
    protected void show(RoutedTenant shown) {
        tenant = shown;
        tenant.enter(Access.READ);
        add(new H2(getTranslation("training.editor.skills.title")));
        grid = new Grid<>();
        grid.setId("skills");
        grid.addColumn(TrainingSkill::code).setHeader(getTranslation("training.editor.skill.code")).setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(TrainingSkill::name).setHeader(getTranslation("training.editor.skill.name")).setFlexGrow(1);
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setAllRowsVisible(true);
        grid.setItems(skills.list());
        boolean editor = tenant.allows(TrainingAccess.AUTHOR) && SkillService.editableIn(tenant.tenant());
        if (!editor) {
            add(new Paragraph(getTranslation("training.editor.skills.province")), grid);
            return;
        }
        grid.addItemClickListener(click -> new SkillDialog(getTranslation("training.editor.skill.rename"),
                click.getItem(), this::save).open());
        Button add = new Button(getTranslation("training.editor.skill.add"), VaadinIcon.PLUS.create(),
                click -> new SkillDialog(getTranslation("training.editor.skill.add"), null, this::save).open());
        add.setId("skill-add");
        add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add.setMinHeight("48px");
        add(new Paragraph(getTranslation("training.editor.skills.edit")), grid, add);
    }

    private void save(SkillDialog.Entered entered) {
        skills.save(tenant.enter(TrainingAccess.AUTHOR), entered.code(), entered.name(), entered.version());
        grid.setItems(skills.list());
    }

    @Override
    public String getPageTitle() {
        return getTranslation("training.editor.skills.title") + " · Sohoa";
    }
}
