package dev.imgslim.build;

/**
 * What a stage is built FROM: an image, another stage of the file, {@code scratch}, or a base that
 * could not be resolved (with the reason), so rules switch over the cases instead of checking nulls.
 */
public sealed interface StageBase {
    /** {@code FROM python:3.12-slim}, after ARG expansion. */
    record Image(ImageReference reference) implements StageBase {}

    /** {@code FROM build}: an earlier stage. */
    record OtherStage(Stage stage) implements StageBase {}

    /** {@code FROM scratch}: an empty file system. */
    record Scratch() implements StageBase {}

    /** A base imgslim cannot name: an ARG without a value, a malformed reference, a FROM without arguments. */
    record Unresolved(String reason) implements StageBase {}
}
