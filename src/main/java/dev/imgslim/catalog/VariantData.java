package dev.imgslim.catalog;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/**
 * One variant of a family.
 *
 * @param id           stable id within the family, e.g. {@code slim}, {@code cudnn-runtime}
 * @param kind         full, slim, alpine, runtime, devel, base, jdk, jre, sdk, distroless, ...
 * @param patterns     {@code repository:tag} templates with {@code {placeholders}}, e.g.
 *                     {@code python:{version}-slim-{os}}. They are used both to recognise a
 *                     reference and to write the suggested one, which is how a suggestion keeps
 *                     the user's pinned version and OS suffix.
 * @param toolchain    ships compilers or an SDK (gcc, go, javac, nvcc, dotnet sdk ...); null in a
 *                     user override means "keep the bundled value"
 * @param lacks        what this variant lacks compared with the fatter variants of the family
 *                     (compiler, headers, package-manager, shell, nvcc, jit, glibc, ...)
 * @param slimmer      slimmer variant ids in the same family, nearest first
 * @param runtimeBases for toolchain variants: where a final stage should start instead
 * @param sizes        published sizes, each with source and as-of
 * @param deltas       published differences to other variants where absolute sizes are missing
 * @param note         caveat for humans
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record VariantData(
        String id,
        String kind,
        List<String> patterns,
        Boolean toolchain,
        List<String> lacks,
        List<String> slimmer,
        List<RuntimeBase> runtimeBases,
        List<SizeFigure> sizes,
        List<SizeDelta> deltas,
        String note) {

    public VariantData {
        patterns = patterns == null ? List.of() : List.copyOf(patterns);
        lacks = lacks == null ? List.of() : List.copyOf(lacks);
        slimmer = slimmer == null ? List.of() : List.copyOf(slimmer);
        runtimeBases = runtimeBases == null ? List.of() : List.copyOf(runtimeBases);
        sizes = sizes == null ? List.of() : List.copyOf(sizes);
        deltas = deltas == null ? List.of() : List.copyOf(deltas);
    }

    /** {@link #toolchain()} with null read as false. */
    public boolean isToolchain() {
        return Boolean.TRUE.equals(toolchain);
    }
}
