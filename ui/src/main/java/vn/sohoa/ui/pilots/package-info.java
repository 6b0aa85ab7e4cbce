/**
 * The pages of pilot models: the list, one pilot with its life cycle, KPIs, measurements, evidence and rubric,
 * the wizard that creates or edits one, the governing level's inbox and the template editor.
 */
package vn.sohoa.ui.pilots;
