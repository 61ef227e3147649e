package dev.imgslim.cli;

/** Bad input from the user; its message is printed as is (already {@code file:line:col: error: ...}). */
public final class UserInputException extends RuntimeException {
    public UserInputException(String message) {
        super(message);
    }
}
