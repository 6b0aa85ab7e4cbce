/**
 * Indicators and periodic reports: indicators and report forms defined once, filled by each unit (with
 * what Sohoa already knows filled in), approved level by level, rolled up the tree exactly once, and
 * scored like the provincial DTI.
 */
package vn.sohoa.platform.indicators;
