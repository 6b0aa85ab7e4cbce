package vn.sohoa.platform.monitoring.domain;

import java.time.LocalDate;

/**
 * The weekly summary of a tenant: its dashboard for one Monday-to-Sunday week, as a page and a workbook that anyone
 * who may read the tenant fetches by link (what a mail or Zalo message would carry).
 *
 * @param page     the address of the page, relative to the server, e.g. {@code /t/93/weekly/2026-03-09}
 * @param workbook the address of the XLSX, e.g. {@code /api/v1/tenants/93/dashboard/weekly/2026-03-09.xlsx}
 * @param subscribed whether the person asking receives it every week
 */
public record WeeklySummary(TenantRef tenant, LocalDate week, LocalDate to, String page, String workbook,
                            boolean subscribed) {}
