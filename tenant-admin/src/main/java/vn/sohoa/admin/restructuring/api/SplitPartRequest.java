package vn.sohoa.admin.restructuring.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Size;
import java.util.List;
import vn.sohoa.admin.restructuring.service.SplitPart;
import vn.sohoa.platform.validation.Code;

/** One new tenant of a split and the sub-units it takes over. */
public record SplitPartRequest(
        @Code String code,
        @NotBlank @Size(max = 200) String name,
        @NotEmpty @Size(max = 1000) List<@Code String> unitCodes) {

    SplitPart toPart() {
        return new SplitPart(code, name.strip(), unitCodes);
    }
}
