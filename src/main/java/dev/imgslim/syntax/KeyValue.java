package dev.imgslim.syntax;

/**
 * One {@code key=value} of ENV or LABEL.
 *
 * @param legacy true for the legacy form {@code ENV key value}, whose value is the rest of the line
 */
public record KeyValue(Word key, Word value, boolean legacy) {}
