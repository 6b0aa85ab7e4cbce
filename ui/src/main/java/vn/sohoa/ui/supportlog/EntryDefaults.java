package vn.sohoa.ui.supportlog;

/**
 * What a new entry starts with: a hamlet, a category, and the team member logging it.
 *
 * @param memberId null when the person is in no team of the tenant (an administrator logging support)
 */
record EntryDefaults(String unitCode, String categoryCode, Long memberId) {}
