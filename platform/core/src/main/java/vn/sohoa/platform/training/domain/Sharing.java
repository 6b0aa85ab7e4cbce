package vn.sohoa.platform.training.domain;

/** Where a course is offered: its own tenant only, or every descendant too (of the shared kinds, when any). */
public enum Sharing {
    OWN, DESCENDANTS
}
