package dev.imgslim.syntax;

/**
 * A comment line ({@code #} as the first non-blank character), including those inside continuations.
 *
 * @param text the text after {@code #}, trimmed
 */
public record Comment(int line, String text) {}
