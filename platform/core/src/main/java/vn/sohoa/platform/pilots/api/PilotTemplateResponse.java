package vn.sohoa.platform.pilots.api;

import java.util.List;
import vn.sohoa.platform.pilots.domain.PilotDesign;
import vn.sohoa.platform.pilots.domain.PilotField;
import vn.sohoa.platform.pilots.domain.PilotTemplate;
import vn.sohoa.platform.tenancy.domain.TenantKind;

/** A template as the API returns it, with the tenant that keeps it. */
public record PilotTemplateResponse(long id, String tenantCode, String code, String name, PilotField field,
                                    List<TenantKind> suitedKinds, String description, PilotDesign design,
                                    long version) {

    static PilotTemplateResponse of(PilotTemplate template) {
        return new PilotTemplateResponse(template.id(), template.tenantCode(), template.code(), template.name(),
                template.field(), template.suitedKinds(), template.description(), template.design(),
                template.version());
    }
}
