package vn.sohoa.ui.training.editor;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import vn.sohoa.platform.tenancy.domain.TenantKind;
import vn.sohoa.platform.training.domain.Audience;
import vn.sohoa.platform.training.domain.CourseContent;
import vn.sohoa.platform.training.domain.Sharing;

/** The settings of a course as the fields of {@link CourseForm} hold them (a bean for Vaadin's binder). */
public class CourseSettings {

    /** Where a course is offered, as the form asks it: the course document says it with two fields. */
    public enum Reach { OWN, DESCENDANTS, KINDS }

    private String code = "";
    private String title = "";
    private String summary;
    private String language = "vi";
    private BigDecimal estimatedHours;
    private Set<Audience> audiences = EnumSet.noneOf(Audience.class);
    private Set<String> skillCodes = new LinkedHashSet<>();
    private Reach reach = Reach.DESCENDANTS;
    private Set<TenantKind> kinds = EnumSet.noneOf(TenantKind.class);

    static CourseSettings of(CourseContent content) {
        CourseSettings settings = new CourseSettings();
        settings.code = content.code();
        settings.title = content.title();
        settings.summary = content.summary();
        settings.language = content.language();
        settings.estimatedHours = content.estimatedHours();
        settings.audiences = content.audiences().isEmpty() ? EnumSet.noneOf(Audience.class)
                : EnumSet.copyOf(content.audiences());
        settings.skillCodes = new LinkedHashSet<>(content.skillCodes());
        settings.reach = content.sharing() == Sharing.OWN ? Reach.OWN
                : content.sharedKinds().isEmpty() ? Reach.DESCENDANTS : Reach.KINDS;
        settings.kinds = content.sharedKinds().isEmpty() ? EnumSet.noneOf(TenantKind.class)
                : EnumSet.copyOf(content.sharedKinds());
        return settings;
    }

    CourseContent content() {
        List<TenantKind> shared = reach == Reach.KINDS ? new ArrayList<>(kinds) : List.of();
        return new CourseContent(code, title, summary, language, estimatedHours, List.copyOf(audiences),
                List.copyOf(skillCodes), reach == Reach.OWN ? Sharing.OWN : Sharing.DESCENDANTS, shared,
                List.of(), List.of(), null);
    }

    public String getCode() { return code; }
    public void setCode(String code) { this.code = code; }
    public String getTitle() { return title; }
    public void setTitle(String title) { this.title = title; }
    public String getSummary() { return summary; }
    public void setSummary(String summary) { this.summary = summary; }
    public String getLanguage() { return language; }
    public void setLanguage(String language) { this.language = language; }
    public BigDecimal getEstimatedHours() { return estimatedHours; }
    public void setEstimatedHours(BigDecimal estimatedHours) { this.estimatedHours = estimatedHours; }
    public Set<Audience> getAudiences() { return audiences; }
    public void setAudiences(Set<Audience> audiences) { this.audiences = audiences; }
    public Set<String> getSkillCodes() { return skillCodes; }
    public void setSkillCodes(Set<String> skillCodes) { this.skillCodes = skillCodes; }
    public Reach getReach() { return reach; }
    public void setReach(Reach reach) { this.reach = reach; }
    public Set<TenantKind> getKinds() { return kinds; }
    public void setKinds(Set<TenantKind> kinds) { this.kinds = kinds; }
}
