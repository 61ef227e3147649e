package dev.imgslim.syntax;

/**
 * One argument word or flag value of an instruction: its text as BuildKit keeps it and where it stands
 * in the source, so a rule can point at it and a fix can replace it.
 */
public record Word(String text, Span span) {
    @Override
    public String toString() {
        return text;
    }
}
