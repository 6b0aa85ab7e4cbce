package vn.sohoa.platform.training.domain;

/** How a lesson was completed: viewed, or its quiz passed. */
public enum CompletionKind {
    VIEWED, PASSED
}
