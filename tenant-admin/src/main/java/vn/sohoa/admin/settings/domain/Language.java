package vn.sohoa.admin.settings.domain;

import com.fasterxml.jackson.annotation.JsonValue;

/** The language a tenant's screens and reports use, written as its ISO 639-1 code ({@code vi}, {@code en}). */
public enum Language {
    VI("vi"), EN("en");

    private final String code;

    Language(String code) {
        this.code = code;
    }

    /** Also what Jackson reads and writes, and what an error message lists as allowed. */
    @JsonValue
    @Override
    public String toString() {
        return code;
    }
}
