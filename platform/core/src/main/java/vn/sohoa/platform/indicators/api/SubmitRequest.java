package vn.sohoa.platform.indicators.api;

/** The version of the form the unit submits, when it has one; the body may be left out. */
public record SubmitRequest(Long version) {}
