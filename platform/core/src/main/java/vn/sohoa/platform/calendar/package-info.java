/** Dates and times as Vietnam reads them. */
package vn.sohoa.platform.calendar;
