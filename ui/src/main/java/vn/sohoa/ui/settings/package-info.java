/** A tenant's settings on screen: a typed form, read by members and saved by its administrators. */
package vn.sohoa.ui.settings;
