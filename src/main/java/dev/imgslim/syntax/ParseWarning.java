package dev.imgslim.syntax;

/** Something BuildKit accepts but warns about, such as an empty continuation line. */
public record ParseWarning(String rule, Span span, String message) {}
