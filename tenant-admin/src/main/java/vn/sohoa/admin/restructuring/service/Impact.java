package vn.sohoa.admin.restructuring.service;

import java.util.List;

/**
 * What a restructuring changes, shown before it is done and returned after.
 *
 * @param created        tenants that come into being
 * @param ended          tenants that end (merged or split up)
 * @param moved          tenants that get another parent, with their subtrees
 * @param subUnitsCopied sub-units copied to successors (the originals stay with their history)
 * @param membersToOffer people of ended tenants who hold no role in a successor yet; they are offered,
 *                       never granted silently
 */
public record Impact(List<String> created, List<String> ended, List<String> moved, int subUnitsCopied,
                     int membersToOffer) {}
