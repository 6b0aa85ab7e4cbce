/**
 * The audit trail: who changed what, in which tenant, and when, for every write of the platform.
 * The database records it (triggers on every table, in the writing transaction); this feature reads
 * it for a tenant's administrators, as pages and as a CSV export. Nothing here writes an entry.
 */
package vn.sohoa.platform.audit;
