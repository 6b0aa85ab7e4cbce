package vn.sohoa.platform.support.service;

import java.util.Optional;
import vn.sohoa.platform.teams.domain.TeamMember;

/**
 * What {@link SupportChecks} looks up in the tenant: the sub-units, categories, teams and members a record
 * names. {@link SupportLookups} answers for one record with a round trip or two, or for a whole import
 * from look-ups loaded once.
 */
interface SupportNames {

    boolean hasUnit(String code);

    /** Whether the category (the catalogue's or the tenant's own) is active; null when there is none. */
    Boolean categoryActive(String code);

    boolean hasTeam(long id);

    Optional<TeamMember> member(long id);
}
