/**
 * Tenant settings: how a unit presents itself (display name, contact, address, language), which
 * features it uses and the targets it sets itself for the year. Stored as one typed JSON document per
 * tenant, with a version of its own.
 */
package vn.sohoa.admin.settings;
