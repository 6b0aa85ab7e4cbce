package vn.sohoa.platform.pilots.service;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;

/**
 * The governing level's evaluation: the final points per criterion, whether the pilot is recognised (công
 * nhận, a decision of its own beside the level), a comment, and the day it took effect ({@code effectiveOn},
 * today when not given).
 */
public record EvaluationRequest(@Valid @NotNull @Size(max = 100) List<@NotNull ScoreRequest> scores,
                                @NotNull Boolean recognised,
                                @Size(max = 2000) String comment,
                                LocalDate effectiveOn) {}
