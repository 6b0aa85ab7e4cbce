package vn.sohoa.admin.members.service;

import java.security.SecureRandom;

/**
 * The first password of an invited person: random, easy to read out or type from a note (no 0/O, 1/l/I),
 * in four groups of four with letters of both cases and digits in each, so common password policies
 * accept it. Keycloak holds it as temporary and makes the person replace it at their first login.
 */
final class TemporaryPassword {

    private static final String UPPER = "ABCDEFGHJKMNPQRSTUVWXYZ";
    private static final String LOWER = "abcdefghjkmnpqrstuvwxyz";
    private static final String DIGITS = "23456789";
    private static final String[] GROUP = {UPPER, LOWER, DIGITS, LOWER};
    private static final SecureRandom RANDOM = new SecureRandom();

    private TemporaryPassword() {
    }

    static String generate() {
        StringBuilder password = new StringBuilder();
        for (int group = 0; group < 4; group++) {
            if (group > 0) {
                password.append('-');
            }
            for (String characters : GROUP) {
                password.append(characters.charAt(RANDOM.nextInt(characters.length())));
            }
        }
        return password.toString();
    }
}
