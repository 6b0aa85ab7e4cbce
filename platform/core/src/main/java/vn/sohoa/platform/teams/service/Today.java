package vn.sohoa.platform.teams.service;

import java.time.LocalDate;
import java.time.ZoneId;

/** The calendar day in Vietnam, which decides who is currently in a team wherever the server runs. */
final class Today {

    private static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

    private Today() {
    }

    static LocalDate inVietnam() {
        return LocalDate.now(VIETNAM);
    }
}
