package vn.sohoa.admin.restructuring.service;

import java.time.LocalDate;

/** One move of a tenant from one parent to another. */
public record ParentChange(String fromParentCode, String toParentCode, LocalDate effectiveDate) {}
