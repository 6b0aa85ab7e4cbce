/**
 * Pilot digital-transformation models (mô hình thí điểm): templates shared down the tree, pilots that a
 * unit proposes, the governing level approves, the unit runs and measures, the governing level evaluates,
 * recognises and replicates to the units below it.
 */
package vn.sohoa.platform.pilots;
