package vn.sohoa.platform.pilots.domain;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/**
 * A filled-in rubric: the unit's self-assessment or the governing level's evaluation, with the total, the
 * level band it reaches, and who assessed when.
 */
public record Assessment(List<Score> scores, BigDecimal total, String level, String comment, String assessedBy,
                         Instant assessedAt) {

    public Assessment {
        scores = List.copyOf(scores);
    }
}
