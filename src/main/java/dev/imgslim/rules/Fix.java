package dev.imgslim.rules;

import java.util.List;

/** A fix as text edits over the original source; SAFE fixes may be applied automatically. */
public record Fix(String description, Safety safety, List<TextEdit> edits) {
    public enum Safety { SAFE, SUGGESTION }

    public Fix {
        edits = List.copyOf(edits);
    }

    public static Fix safe(String description, TextEdit... edits) {
        return new Fix(description, Safety.SAFE, List.of(edits));
    }

    public static Fix suggestion(String description, TextEdit... edits) {
        return new Fix(description, Safety.SUGGESTION, List.of(edits));
    }
}
