/** How the UI tells people that the platform refused something: a notification, never a stack trace. */
package vn.sohoa.ui.problem;
