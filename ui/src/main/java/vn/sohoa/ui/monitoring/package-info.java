/**
 * A tenant's home page ({@code /t/{code}}): the dashboard of its whole subtree — cards with the period compared to
 * the previous one, the weekly trend, the ranking and map of its children, the hamlets without a team and the
 * tenants without activity — with a period picker, breadcrumbs, a full-screen mode and the XLSX report.
 */
package vn.sohoa.ui.monitoring;
