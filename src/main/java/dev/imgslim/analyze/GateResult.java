package dev.imgslim.analyze;

/**
 * One CI gate checked against the analysis.
 *
 * @param gate    the option or .dive-ci key that set it
 * @param limit   the limit as the user wrote it
 * @param actual  the measured value, formatted like the limit
 */
public record GateResult(String gate, String limit, String actual, boolean passed, String message) {}
