package dev.imgslim.analyze;

/**
 * One path a layer writes.
 *
 * @param path     normalised: no leading {@code /} or {@code ./}, no trailing {@code /}
 * @param kind     what it is
 * @param size     content bytes stored in the layer (0 for everything but regular files; a hard link
 *                 stores no content of its own)
 * @param linkTo   for a hard link the normalised path it links to, for a symlink its target; else null
 * @param checksum CRC-32C of the content (regular files), to tell a rewrite with the same bytes (chown,
 *                 chmod, touch) from a real change
 */
public record LayerFile(String path, Kind kind, long size, String linkTo, int checksum) {

    public enum Kind {
        FILE,
        DIRECTORY,
        SYMLINK,
        HARDLINK,
        OTHER
    }
}
