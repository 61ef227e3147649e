package dev.imgslim.probe;

import java.util.ArrayList;
import java.util.List;

/**
 * Everything measured about one image. Fields are null when that measurement was not asked
 * for or could not be made; {@link #errors()} says which failed and why (one line each).
 *
 * @param image           as given on the command line / by the caller
 * @param repository      normalised {@code registry/path}, null when the reference was invalid
 * @param tag             tag, or null for digest-only references
 * @param digest          what the tag points at in the registry (index digest for multi-platform images)
 * @param platform        platform measured
 * @param compressedBytes sum of compressed layer sizes in the registry manifest
 * @param layers          layer count from the registry manifest
 * @param onDiskBytes     image size as the daemon reports it after a pull (--pull)
 * @param diskLayers      RootFS layer count as the daemon reports it (--pull)
 * @param pullSeconds     wall-clock pull time through the daemon (--pull)
 * @param coldStart       start-to-exit timings (--cold-start)
 * @param lacks           needed commands missing from the image (--needs); empty = fit, null = not checked
 * @param errors          one-line messages for measurements that failed
 */
public record ImageMeasurement(
        String image,
        String repository,
        String tag,
        String digest,
        String platform,
        Long compressedBytes,
        Integer layers,
        Long onDiskBytes,
        Integer diskLayers,
        Double pullSeconds,
        ColdStart coldStart,
        List<String> lacks,
        List<String> errors) {

    public ImageMeasurement {
        lacks = lacks == null ? null : List.copyOf(lacks);
        errors = List.copyOf(errors);
    }

    public boolean measured() {
        return errors.isEmpty();
    }

    /** Null when fitness was not checked. */
    public Boolean fit() {
        return lacks == null ? null : lacks.isEmpty();
    }

    /** Mutable while the probe works on one image; frozen with {@link #build()}. */
    static final class Builder {
        String image;
        String repository;
        String tag;
        String digest;
        String platform;
        Long compressedBytes;
        Integer layers;
        Long onDiskBytes;
        Integer diskLayers;
        Double pullSeconds;
        ColdStart coldStart;
        List<String> lacks;
        final List<String> errors = new ArrayList<>();

        Builder(String image) {
            this.image = image;
        }

        void fail(ProbeFault fault) {
            errors.add(fault.getMessage());
        }

        ImageMeasurement build() {
            return new ImageMeasurement(
                    image,
                    repository,
                    tag,
                    digest,
                    platform,
                    compressedBytes,
                    layers,
                    onDiskBytes,
                    diskLayers,
                    pullSeconds,
                    coldStart,
                    lacks,
                    errors);
        }
    }
}
