/** The pages of a unit's pilot models: the list, and one pilot with its life cycle, KPIs and measurements. */
package vn.sohoa.ui.pilots;
