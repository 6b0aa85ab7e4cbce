package vn.sohoa.platform.support.domain;

/** How the help ended: done, partly done, or handed on to another office. */
public enum Outcome {
    DONE, PARTIAL, REFERRED
}
