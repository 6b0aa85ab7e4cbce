package vn.sohoa.platform.pilots.service;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;

/** The unit's self-assessment: points per criterion of the pilot's rubric, with an optional comment. */
public record AssessmentRequest(@Valid @NotNull @Size(max = 100) List<@NotNull ScoreRequest> scores,
                                @Size(max = 2000) String comment) {}
