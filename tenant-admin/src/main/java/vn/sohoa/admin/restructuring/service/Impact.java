package vn.sohoa.admin.restructuring.service;

import java.util.List;

/**
 * What a restructuring changes, shown before it is done and returned after.
 *
 * @param created          tenants that come into being
 * @param ended            tenants that end (merged or split up)
 * @param moved            tenants that get another parent, with their subtrees
 * @param subUnitsCopied   sub-units copied to successors (the originals stay with their history)
 * @param membersAffected  roles held in the tenants that end or move: their holders keep them, but
 *                         in an ended tenant they can only read its history, and in a moved one they
 *                         answer to a new parent
 * @param membersToOffer   people of ended tenants who hold no role in a successor yet; they are offered,
 *                         never granted silently
 * @param supportRecords   support records written in the tenants that end or move; they stay where they
 *                         were written and from then on count in the roll-ups of the successor or of
 *                         the new parent
 */
public record Impact(List<String> created, List<String> ended, List<String> moved, int subUnitsCopied,
                     long membersAffected, int membersToOffer, long supportRecords) {}
