/**
 * Restructuring the hierarchy without losing history: moving a tenant under another parent, merging
 * tenants into a successor, splitting one into parts, and the lineage that links them. Records are
 * never rewritten: they keep the tenant they were written in, and roll-ups reach them through the
 * lineage ({@code tenant_rollup} in the database).
 */
package vn.sohoa.admin.restructuring;
