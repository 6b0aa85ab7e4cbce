package vn.sohoa.platform.pilots.service;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import vn.sohoa.platform.pilots.domain.PilotDesign;
import vn.sohoa.platform.pilots.domain.PilotField;
import vn.sohoa.platform.tenancy.domain.TenantKind;
import vn.sohoa.platform.validation.Code;

/**
 * A template as a client or the template editor sends it: code, name, field, the tenant kinds it suits, a
 * description and its design (KPIs, rubric, bands); {@code version} is required when updating.
 */
public record PilotTemplateRequest(@Code String code,
                                   @NotBlank @Size(max = 200) String name,
                                   @NotNull PilotField field,
                                   List<@NotNull TenantKind> suitedKinds,
                                   @Size(max = 4000) String description,
                                   @Valid @NotNull PilotDesign design,
                                   Long version) {

    public PilotTemplateRequest {
        suitedKinds = suitedKinds == null ? List.of() : List.copyOf(suitedKinds);
    }
}
