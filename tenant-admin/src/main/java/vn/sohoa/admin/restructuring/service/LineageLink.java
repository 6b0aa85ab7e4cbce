package vn.sohoa.admin.restructuring.service;

import java.time.LocalDate;

/** A predecessor or successor of a tenant: who, how (MERGE or SPLIT) and since when. */
public record LineageLink(String code, String name, String kind, LocalDate effectiveDate) {}
