package dev.imgslim.build;

/**
 * What a {@code COPY --from} or {@code RUN --mount=from=} value names.
 *
 * @param kind  a stage of this file, an image, or a named build context
 * @param stage the stage when {@code kind == STAGE}
 * @param image the parsed reference when {@code kind == IMAGE} (null if it does not parse)
 */
public record FromRef(Kind kind, String text, Stage stage, ImageReference image) {
    public enum Kind {
        STAGE,
        IMAGE,
        /** A bare name that is no stage: a {@code --build-context} name at build time, else an image of that name. */
        NAMED_CONTEXT
    }
}
