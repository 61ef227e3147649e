package dev.imgslim.shell;

/** Internal: a failure deep inside a word, wrapped into {@link ShellLexException} once at the top. */
final class SubstitutionError extends RuntimeException {

    SubstitutionError(String message) {
        super(message, null, false, false);
    }
}
