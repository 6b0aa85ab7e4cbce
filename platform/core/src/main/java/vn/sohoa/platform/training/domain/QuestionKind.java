package vn.sohoa.platform.training.domain;

/** How a question is answered: one option, any number of options, or true/false (one of two options). */
public enum QuestionKind {
    SINGLE, MULTIPLE, TRUE_FALSE
}
