package vn.sohoa.platform.training.service;

import java.util.List;
import vn.sohoa.platform.training.domain.Audience;
import vn.sohoa.platform.training.domain.Sharing;

/**
 * A course as a list shows it: its own tenant's courses with their draft title, courses shared down from an
 * ancestor with the title of their newest version.
 *
 * @param own whether the course belongs to the tenant listing it (and so may be edited there)
 */
public record CourseSummary(long id, String tenantCode, String code, String title, List<Audience> audiences,
                            Sharing sharing, int publishedVersion, boolean own) {
}
