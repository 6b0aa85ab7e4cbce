/**
 * Restructuring on screen: a tenant's lineage (predecessors, successors, moves), the people offered to
 * it after a merge, and the move, merge and split dialogs, each of which shows the impact of the change
 * before the person confirms it.
 */
package vn.sohoa.ui.restructuring;
