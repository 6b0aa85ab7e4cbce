/**
 * Kinds of citizen support a community team gives: the province-wide catalogue (VNeID activation,
 * online public services, cashless payment, ...) and the categories a tenant adds for itself.
 */
package vn.sohoa.platform.categories;
