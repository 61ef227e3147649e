package dev.imgslim.rules.size;

import dev.imgslim.build.ImageReference;
import dev.imgslim.build.Stage;
import dev.imgslim.build.Variables;
import dev.imgslim.rules.FileRule;
import dev.imgslim.rules.FindingSink;
import dev.imgslim.rules.LintContext;
import dev.imgslim.rules.RunView;
import dev.imgslim.script.ShellCommand;
import dev.imgslim.syntax.Instruction;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * {@code chown -R}, {@code chgrp -R} or {@code chmod -R} in a shipping stage over a folder the base image
 * fills ({@code /usr/local} of the python, node, ruby, golang or rust images, {@code /opt/conda} of a conda
 * image, {@code /usr} or {@code /usr/lib} of any distribution): the RUN's layer stores every file under it
 * again with the new owner or mode, so the base's bytes there are paid twice (overlay copies up each
 * file a chown/chmod touches, even when nothing changes).
 *
 * <p>Deliberately not flagged: non-recursive chown/chmod; folders the base image is not known to fill
 * (the folder of an application, a home directory, {@code /usr/local} of a plain distribution image, whose
 * is empty); paths below those folders (a {@code site-packages} inside {@code /usr/local/lib}: a miss,
 * not a guess); paths a COPY or ADD of the stage added into (chown-in-separate-layer reports those, with
 * the copy's bytes); paths given by variables without a known value; stages that do not ship;
 * {@code ONBUILD RUN}. No byte figure: what the base keeps under a folder is not in the catalog.
 */
public final class ChownOverBaseFiles extends FileRule {
    /** Folders every distribution image fills (binaries, libraries, the package database). */
    private static final List<String> DISTRIBUTION = List.of(
            "/usr/bin",
            "/usr/sbin",
            "/usr/lib",
            "/usr/lib64",
            "/usr/libexec",
            "/usr/share",
            "/var/lib/dpkg",
            "/var/lib/rpm",
            "/lib",
            "/lib64",
            "/bin",
            "/sbin");

    /** A family of base images (repository name as Docker shows it) and the folders it fills beyond the distribution. */
    private record Family(List<String> names, List<String> folders, String what) {}

    private static final List<Family> FAMILIES = List.of(
            new Family(
                    List.of("python", "pypy"),
                    List.of("/usr/local/lib", "/usr/local/bin"),
                    "Python installed in /usr/local"),
            new Family(List.of("node"), List.of("/usr/local/lib", "/usr/local/bin"), "Node.js installed in /usr/local"),
            new Family(List.of("ruby"), List.of("/usr/local/lib", "/usr/local/bin"), "Ruby installed in /usr/local"),
            new Family(List.of("php"), List.of("/usr/local/lib", "/usr/local/bin"), "PHP installed in /usr/local"),
            new Family(List.of("golang"), List.of("/usr/local/go"), "the Go toolchain in /usr/local/go"),
            new Family(
                    List.of("rust"),
                    List.of("/usr/local/cargo", "/usr/local/rustup"),
                    "the Rust toolchain in /usr/local"),
            new Family(
                    List.of(
                            "continuumio/miniconda3",
                            "continuumio/anaconda3",
                            "condaforge/miniforge3",
                            "condaforge/mambaforge",
                            "mambaorg/micromamba",
                            "pytorch/pytorch"),
                    List.of("/opt/conda"),
                    "the conda installation in /opt/conda"),
            new Family(List.of("nvidia/cuda"), List.of("/usr/local/cuda"), "the CUDA toolkit in /usr/local/cuda"),
            new Family(List.of("eclipse-temurin"), List.of("/opt/java/openjdk"), "the JDK in /opt/java/openjdk"));

    // A whole-file check: it carries the COPY/ADD additions down FROM-stage chains (Lineage.walkShipping).
    @Override
    public void check(LintContext ctx, FindingSink out) {
        // What the COPY/ADD instructions before each RUN added, down each FROM-stage chain (one visit each).
        List<Additions.Added> copied = new ArrayList<>();
        Lineage.walkShipping(ctx, new Lineage.TreeVisitor() {
            @Override
            public int enter(Stage stage) {
                return copied.size();
            }

            @Override
            public void visit(Stage stage, Instruction ins, String cwd, Variables vars) {
                if (ins.is("COPY") || ins.is("ADD")) {
                    copied.addAll(Additions.ofCopy(ctx, ins, cwd, vars));
                    return;
                }
                if (!ins.is("RUN")) return;
                String name = baseName(stage);
                if (name == null) return;
                RunView run = ctx.run(ins);
                if (!run.isShell()) return;
                for (Layers.Located l : Layers.located(run, cwd, vars))
                    ChownOverBaseFiles.check(run, l.command(), l.here(), vars, name, copied, out);
            }

            @Override
            public void leave(Stage stage, int mark) {
                copied.subList(mark, copied.size()).clear();
            }
        });
    }

    /** True when {@code path} covers something a COPY/ADD added. */
    private static boolean anyCovered(String path, List<Additions.Added> copied) {
        for (Additions.Added a : copied) if (Layers.covers(path, a.path())) return true;
        return false;
    }

    /** The root base image's name, lower-cased; null for scratch, distroless or an unknown base. */
    private static String baseName(Stage stage) {
        ImageReference base = stage.rootImage();
        if (base == null || base.isScratch()) return null;
        String name = base.familiarName().toLowerCase(Locale.ROOT);
        return name.startsWith("gcr.io/distroless/") ? null : name;
    }

    private static void check(
            RunView run,
            ShellCommand c,
            String here,
            Variables vars,
            String baseName,
            List<Additions.Added> copied,
            FindingSink out) {
        if (!(c.is("chown") || c.is("chmod") || c.is("chgrp")) || !c.hasFlag("-R", "--recursive")) return;
        List<String> ops = c.nonOptions();
        if (ops.size() < 2) return;
        for (String target : ops.subList(1, ops.size())) {
            String p = Layers.operand(target, here, vars);
            if (p == null) continue;
            String what = filledBy(p, baseName);
            if (what == null) continue;
            // a COPY into this folder: chown-in-separate-layer's finding, not a second one here
            if (anyCovered(p, copied)) continue;
            out.report(
                    run.span(c),
                    "'" + c.name() + " -R' over " + p + " rewrites " + what + " from the base image " + baseName
                            + ": this layer stores every file there again; change only the files that need it"
                            + " (the app's own folder, COPY --chown for copied files), or set them up as that user"
                            + " in the first place");
            return;
        }
    }

    /** What the base image keeps at or below {@code path} when it is one of the folders it fills (or holds them); else null. */
    static String filledBy(String path, String baseName) {
        for (Family f : FAMILIES) {
            if (!f.names().contains(baseName)) continue;
            for (String folder : f.folders()) if (atOrAbove(path, folder)) return f.what();
        }
        for (String folder : DISTRIBUTION)
            if (atOrAbove(path, folder)) return "the distribution's programs, libraries and package database";
        return null;
    }

    private static boolean atOrAbove(String path, String folder) {
        return path.equals(folder) || path.equals("/") || Layers.inside(/* path= */ folder, /* dir= */ path);
    }
}
