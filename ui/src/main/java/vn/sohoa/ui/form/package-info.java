/**
 * What the editing screens share: a form in a dialog that stays open until saving succeeds, and the
 * code and name fields with the same rules as the API.
 */
package vn.sohoa.ui.form;
