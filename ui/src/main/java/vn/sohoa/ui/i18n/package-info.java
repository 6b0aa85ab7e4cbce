/**
 * Languages of the web UI: Vietnamese first, English on request. Texts live in the bundles under
 * {@code vaadin-i18n/}; the chosen language is the Vaadin session's locale.
 */
package vn.sohoa.ui.i18n;
