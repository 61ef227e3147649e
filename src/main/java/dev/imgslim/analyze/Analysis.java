package dev.imgslim.analyze;

import dev.imgslim.rules.Finding;
import dev.imgslim.syntax.Instruction;
import java.util.List;
import java.util.Optional;

/**
 * The image measured and tied to its Dockerfile: per line what it added and what of it is dead,
 * the base image's share, the layers no line could be tied to, and the lint findings with measured bytes.
 *
 * @param dockerfile   the Dockerfile's name as given, or null when only an image was analyzed
 * @param lines        one per instruction of the final stage's chain that made a history entry, in file order
 * @param unmatched    layers no instruction could be tied to
 * @param findings     every lint finding, measured where its line's layer shows the cost
 */
public record Analysis(
        String dockerfile,
        ImageLayers image,
        Base base,
        List<Line> lines,
        List<Unmatched> unmatched,
        List<MeasuredFinding> findings) {

    /** The base image's layers (everything below the first instruction of the Dockerfile). */
    public record Base(String image, int layers, long sizeBytes, long wastedBytes, long compressedBytes) {}

    /**
     * One Dockerfile line that made a layer (or an empty history entry: sizeBytes 0, layer -1).
     *
     * @param layer the layer index, or -1 for a step that changed only metadata
     */
    public record Line(Instruction instruction, int layer, LayerFigures figures) {
        public int line() {
            return instruction.line();
        }

        public long sizeBytes() {
            return figures == null ? 0 : figures.sizeBytes();
        }

        public long wastedBytes() {
            return figures == null ? 0 : figures.wastedBytes();
        }
    }

    /** A layer whose history entry agrees with no instruction. */
    public record Unmatched(int layer, String createdBy, LayerFigures figures) {}

    /** A lint finding and, where the image shows it, what it measured. */
    public record MeasuredFinding(Finding finding, Measured measured) {}

    public long sizeBytes() {
        return image.visibleBytes();
    }

    public long wastedBytes() {
        return image.wastedBytes();
    }

    /** Wasted bytes as a share of the bytes the Dockerfile's own layers store (the base excluded), in percent. */
    public double userWastedPercent() {
        long user = image.totalLayerBytes() - base.sizeBytes();
        long wasted = image.wastedBytes() - base.wastedBytes();
        return user <= 0 ? 0 : 100.0 * wasted / user;
    }

    /** The Dockerfile line's figures, if the line made a layer. */
    public Optional<Line> lineAt(int line) {
        for (Line l : lines) if (l.line() == line) return Optional.of(l);
        return Optional.empty();
    }
}
