package dev.imgslim.probe;

/**
 * A candidate against the current base: bytes saved (negative when it is bigger) and the
 * percentage of the base. Compressed figures come from the registry; on-disk ones only when
 * both images were pulled.
 *
 * @param fit whether the candidate can stand in for the base: it lacks no needed command that the
 *            base has (a command both lack is installed by the Dockerfile anyway); null when not checked
 */
public record Verdict(
        String candidate,
        Long compressedBytesSaved,
        Double compressedPercentSaved,
        Long onDiskBytesSaved,
        Double onDiskPercentSaved,
        Boolean fit) {

    static Verdict of(ImageMeasurement base, ImageMeasurement candidate) {
        Long cSaved = null;
        Double cPct = null;
        if (base.compressedBytes() != null && candidate.compressedBytes() != null) {
            cSaved = base.compressedBytes() - candidate.compressedBytes();
            cPct = base.compressedBytes() == 0 ? null : 100.0 * cSaved / base.compressedBytes();
        }
        Long dSaved = null;
        Double dPct = null;
        if (base.onDiskBytes() != null && candidate.onDiskBytes() != null) {
            dSaved = base.onDiskBytes() - candidate.onDiskBytes();
            dPct = base.onDiskBytes() == 0 ? null : 100.0 * dSaved / base.onDiskBytes();
        }
        Boolean fit = candidate.fit();
        if (candidate.lacks() != null && base.lacks() != null) {
            fit = base.lacks().containsAll(candidate.lacks());
        }
        return new Verdict(candidate.image(), cSaved, cPct, dSaved, dPct, fit);
    }
}
