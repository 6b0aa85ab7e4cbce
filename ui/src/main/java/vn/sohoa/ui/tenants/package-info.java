/**
 * The tenant registry on screen: the tree of tenants the person may see, searchable without
 * diacritics, and the detail page of one tenant with its sub-units, members, lineage and audit trail.
 */
package vn.sohoa.ui.tenants;
