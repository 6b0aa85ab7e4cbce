package vn.sohoa.admin.members.service;

import java.util.Arrays;

/** A person to create at the identity provider before they join a tenant. */
public record Invitation(String username, String email, String fullName) {

    /**
     * The given name: a Vietnamese full name puts the family name first ("Nguyễn Văn An"), so all but
     * the first word. A one-word name is all given name.
     */
    public String firstName() {
        String[] words = words();
        return words.length == 1 ? words[0] : String.join(" ", Arrays.copyOfRange(words, 1, words.length));
    }

    /** The family name: the first word of a name of several words, else none. */
    public String lastName() {
        String[] words = words();
        return words.length == 1 ? null : words[0];
    }

    private String[] words() {
        return fullName.strip().split("\\s+");
    }
}
