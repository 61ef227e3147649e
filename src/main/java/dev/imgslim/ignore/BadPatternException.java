package dev.imgslim.ignore;

/** A pattern Docker would reject (glob syntax, regexp syntax, or a lone {@code !}). */
final class BadPatternException extends Exception {

    private static final long serialVersionUID = 1L;

    BadPatternException(String message) {
        super(message);
    }
}
