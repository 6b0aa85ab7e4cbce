/**
 * Monitoring: every tenant's home is a dashboard of its whole subtree, built from tallies that every write
 * keeps current, with the ranking of its children and the reports sent upward.
 */
package vn.sohoa.platform.monitoring;
