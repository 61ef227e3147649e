package dev.imgslim.analyze;

/**
 * Bytes measured in the built image for one lint finding: uncompressed file content in the
 * layer of the finding's line.
 *
 * @param basis what was measured, e.g. "files under /var/lib/apt/lists in this line's layer"
 */
public record Measured(long bytes, String basis) {}
