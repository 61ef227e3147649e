package dev.imgslim.build;

/**
 * An image reference Docker would refuse. {@link #reason()} is Docker's own wording (for example
 * {@code invalid reference format} or {@code repository name must be lowercase}), so users can search
 * for it; {@link #getMessage()} adds the reference that was rejected.
 */
public final class InvalidImageReferenceException extends IllegalArgumentException {

    private final String reference;
    private final String reason;

    public InvalidImageReferenceException(String reference, String reason) {
        super("invalid image reference \"" + reference + "\": " + reason);
        this.reference = reference;
        this.reason = reason;
    }

    /** The text that failed to parse. */
    public String reference() {
        return reference;
    }

    /** Docker's error text, without the reference. */
    public String reason() {
        return reason;
    }
}
