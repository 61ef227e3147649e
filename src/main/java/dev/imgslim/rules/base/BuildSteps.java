package dev.imgslim.rules.base;

import dev.imgslim.build.FromRef;
import dev.imgslim.build.Stage;
import dev.imgslim.catalog.Catalog;
import dev.imgslim.catalog.CatalogMatch;
import dev.imgslim.rules.LintContext;
import dev.imgslim.rules.RunView;
import dev.imgslim.rules.StageFacts;
import dev.imgslim.script.PackageManager;
import dev.imgslim.script.PackageOperation;
import dev.imgslim.script.ShellCommand;
import dev.imgslim.script.ShellScript;
import dev.imgslim.syntax.Flag;
import dev.imgslim.syntax.Instruction;
import dev.imgslim.syntax.Mount;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** Build commands in the final image, and whether the final image is a single-stage build. */
final class BuildSteps {
    /** Compiled once, not on every call (String.matches, replaceFirst and split compile their pattern each time). */
    private static final java.util.regex.Pattern PYTHON = java.util.regex.Pattern.compile("python[0-9.]*");

    private BuildSteps() {}

    /** A command that builds an artifact: {@code go build}, {@code mvn package}, {@code npm run build} ... */
    record Step(Stage stage, RunView run, ShellCommand command, String ecosystem, String text) {}

    /** The final stage and the stages it is built FROM, final first. */
    static List<Stage> finalChain(LintContext ctx) {
        List<Stage> chain = new ArrayList<>();
        // A parent is always an earlier stage, so the chain ends (no visited check: that cost n² on long chains).
        for (Stage s = ctx.model().finalStage(); s != null; s = s.parent()) chain.add(s);
        return chain;
    }

    static Stage root(List<Stage> chain) {
        return chain.isEmpty() ? null : chain.get(chain.size() - 1);
    }

    /** True when a stage of the chain copies from (or mounts) another stage of this file. */
    static boolean usesOtherStages(LintContext ctx, List<Stage> chain) {
        for (Stage s : chain) {
            for (Instruction ins : s.instructions()) {
                if (ins.is("COPY") || ins.is("ADD")) {
                    Flag from = ins.flag("from");
                    if (from != null && ctx.model().resolveFrom(from.value(), s).kind() == FromRef.Kind.STAGE)
                        return true;
                }
                if (ins.is("RUN")) {
                    for (Mount m : ctx.run(ins).mounts()) {
                        String f = m.get("from");
                        if (f != null && ctx.model().resolveFrom(f, s).kind() == FromRef.Kind.STAGE) return true;
                    }
                }
            }
        }
        return false;
    }

    /** The first build command in the chain's RUNs (root stage first), or null. */
    static Step firstBuild(LintContext ctx, List<Stage> chain, StageEvidence evidence) {
        for (int i = chain.size() - 1; i >= 0; i--) {
            Stage s = chain.get(i);
            for (RunView run : StageFacts.shellRuns(ctx, s)) {
                boolean buildPackages = false;
                for (ShellCommand c : run.commands()) {
                    if (Toolchains.isSystemInstall(c)) {
                        for (String p : Toolchains.packages(c)) {
                            if (Toolchains.isCompiler(p) || Toolchains.isHeaders(p)) buildPackages = true;
                        }
                    }
                    String[] kind = classify(c, evidence);
                    // pip install compiles when the same RUN installs compilers or headers first.
                    if (kind == null && buildPackages && isPipInstall(c)) {
                        kind = new String[] {"python", c.name() + " install"};
                    }
                    if (kind != null) return new Step(s, run, c, kind[0], kind[1]);
                }
            }
        }
        return null;
    }

    private static boolean isPipInstall(ShellCommand c) {
        Optional<PackageOperation> op = PackageOperation.of(c);
        return op.isPresent()
                && op.get().manager() == PackageManager.PIP
                && op.get().is("install");
    }

    private static final Set<String> VERSION_ONLY =
            Set.of("--version", "-version", "version", "-v", "-V", "--help", "-h");
    private static final Set<String> SHELLS = Set.of("sh", "bash", "zsh", "dash", "ash", "fish");

    /**
     * True when the final image starts an application: its last ENTRYPOINT or CMD runs a program other
     * than a bare shell. Images without one (or with {@code CMD ["/bin/bash"]}) are base, CI or
     * development images, where a toolchain is the point.
     */
    static boolean runsApplication(List<Stage> chain) {
        Instruction entrypoint = null;
        Instruction cmd = null;
        for (int i = chain.size() - 1; i >= 0; i--) {
            for (Instruction ins : chain.get(i).instructions()) {
                if (ins.is("ENTRYPOINT")) {
                    entrypoint = ins;
                    cmd = null; // BuildKit resets CMD when ENTRYPOINT is set
                }
                if (ins.is("CMD")) cmd = ins;
            }
        }
        Instruction start = entrypoint != null ? entrypoint : cmd;
        if (start == null) return false;
        List<String> argv = new ArrayList<>(
                start.isJson() ? start.args() : List.of(start.rest().trim().split("\\s+")));
        if (entrypoint != null && cmd != null && cmd.isJson()) argv.addAll(cmd.args());
        // Init wrappers: look at what they start.
        while (!argv.isEmpty() && INITS.contains(base(argv.get(0)))) {
            argv.remove(0);
            while (!argv.isEmpty() && argv.get(0).startsWith("-")) argv.remove(0);
        }
        if (argv.isEmpty() || argv.get(0).isEmpty()) return false;
        String program = base(argv.get(0));
        if (SHELLS.contains(program)
                && (argv.size() == 1 || (argv.size() == 2 && argv.get(1).equals("-l")))) return false;
        // A REPL (irb, python, node, ghci ...) with no script: the image is the language itself.
        if (argv.size() == 1
                && (REPLS.contains(program) || PYTHON.matcher(program).matches())) return false;
        if (program.equals("php") && argv.size() == 2 && argv.get(1).equals("-a")) return false;
        // A start command that builds (make, go run, mvn, dpkg-buildpackage ...) needs the toolchain at runtime.
        List<ShellCommand> commands = start.isJson()
                ? ShellScript.exec(start.args()).commands()
                : ShellScript.parse(start.rest()).commands();
        for (ShellCommand c : commands) {
            if (RUNTIME_BUILDS.contains(c.name())) return false;
            if (Set.of("go", "cargo", "dotnet").contains(c.name())
                    && Set.of("run", "build", "test", "watch").contains(String.valueOf(c.subcommand()))) return false;
        }
        return true;
    }

    private static final Set<String> REPLS = Set.of(
            "irb", "pry", "node", "ghci", "iex", "erl", "julia", "R", "lua", "jshell", "scala", "clojure", "bun",
            "deno", "pwsh");
    private static final Set<String> INITS = Set.of("tini", "dumb-init", "tini-static", "catatonit", "--");
    private static final Set<String> RUNTIME_BUILDS = Set.of(
            "make",
            "cmake",
            "gcc",
            "g++",
            "cc",
            "clang",
            "javac",
            "mvn",
            "mvnw",
            "gradle",
            "gradlew",
            "debuild",
            "dpkg-buildpackage",
            "rpmbuild",
            "jshell");

    private static String base(String program) {
        return program.substring(program.lastIndexOf('/') + 1);
    }

    private static final Set<String> MAVEN_GOALS = Set.of("package", "install", "verify", "deploy", "compile");
    private static final Set<String> GRADLE_QUIET = Set.of("dependencies", "help", "tasks", "--version", "-v");

    /** {ecosystem, text} for a build command, or null. */
    static String[] classify(ShellCommand c, StageEvidence evidence) {
        String name = c.name();
        if (!c.args().isEmpty() && VERSION_ONLY.containsAll(c.args())) return null;
        String sub = c.subcommand();
        List<String> words = c.nonOptions();
        switch (name) {
            case "go":
                return "build".equals(sub) || "install".equals(sub) ? new String[] {"go", "go " + sub} : null;
            case "cargo":
                return "build".equals(sub) || "install".equals(sub) ? new String[] {"rust", "cargo " + sub} : null;
            case "mvn":
            case "mvnw":
                for (String w : words) if (MAVEN_GOALS.contains(w)) return new String[] {"java", name + " " + w};
                return null;
            case "gradle":
            case "gradlew":
                if (words.isEmpty() || GRADLE_QUIET.containsAll(words)) return null;
                return new String[] {"java", name + " " + words.get(0)};
            case "javac":
                return new String[] {"java", "javac"};
            case "dotnet":
                return "build".equals(sub) || "publish".equals(sub) ? new String[] {"dotnet", "dotnet " + sub} : null;
            case "npm":
            case "pnpm":
            case "yarn": {
                // a bare `npm` or an option alone has no subcommand (and List.indexOf(null) throws)
                if (sub == null) return null;
                int k = words.indexOf(sub);
                String script = "run".equals(sub) || "run-script".equals(sub)
                        ? (words.size() > k + 1 ? words.get(k + 1) : null)
                        : sub;
                if (script != null && (script.equals("build") || script.startsWith("build:"))) {
                    return new String[] {
                        "node", name + ("run".equals(sub) || "run-script".equals(sub) ? " " + sub : "") + " " + script
                    };
                }
                return null;
            }
            case "gcc":
            case "g++":
            case "cc":
            case "c++":
            case "clang":
            case "clang++":
            case "make":
            case "cmake":
            case "ninja":
            case "configure":
                return new String[] {"c", name};
            case "pip":
            case "pip3": {
                Optional<PackageOperation> pip = PackageOperation.of(c);
                return pip.isPresent() && pip.get().is("wheel") ? new String[] {"python", "pip wheel"} : null;
            }
            default:
                if (name.startsWith("python")) {
                    int setup = c.args().indexOf("setup.py");
                    if (setup >= 0
                            && setup + 1 < c.args().size()
                            && Set.of("build", "build_ext", "bdist_wheel", "install")
                                    .contains(c.args().get(setup + 1))) {
                        return new String[] {"python", "setup.py " + c.args().get(setup + 1)};
                    }
                }
                return null;
        }
    }

    /**
     * True when the build's tools stay in the image: a toolchain base, or build packages that the
     * RUN installing them does not remove again; for node, devDependencies that are not pruned.
     */
    static boolean shipsToolchain(
            LintContext ctx, Catalog catalog, List<Stage> chain, Step step, boolean baseIsBuildImage) {
        if (step.ecosystem().equals("node")) {
            return !prunesDevDependencies(ctx, chain) || baseIsBuildImage;
        }
        if (baseIsBuildImage) return true;
        boolean installedAny = false;
        for (Stage s : chain) {
            for (Instruction ins : s.instructions()) {
                if (!ins.is("RUN") || !ctx.run(ins).isShell()) continue;
                List<ShellCommand> cs = ctx.run(ins).commands();
                for (int i = 0; i < cs.size(); i++) {
                    if (!Toolchains.isSystemInstall(cs.get(i))) continue;
                    for (String p : Toolchains.packages(cs.get(i))) {
                        if (!Toolchains.isToolchain(p) && !Toolchains.isHeaders(p)) continue;
                        installedAny = true;
                        if (!Toolchains.removedLater(cs, i, p, Toolchains.virtualName(cs.get(i)))) return true;
                    }
                }
            }
        }
        // Nothing installed here: a compiler that ran came with the base image and is still there. make,
        // cmake and ninja alone do not show that anything was compiled.
        if (installedAny) return false;
        return switch (step.ecosystem()) {
            case "go", "rust", "java", "dotnet" -> true;
            case "c" ->
                Set.of("gcc", "g++", "cc", "c++", "clang", "clang++")
                        .contains(step.command().name());
            default -> false;
        };
    }

    private static boolean prunesDevDependencies(LintContext ctx, List<Stage> chain) {
        for (Stage s : chain) {
            for (Instruction ins : s.instructions()) {
                if (!ins.is("RUN") || !ctx.run(ins).isShell()) continue;
                for (ShellCommand c : ctx.run(ins).commands()) {
                    Optional<PackageOperation> node = PackageOperation.of(c)
                            .filter(op -> op.manager() == PackageManager.NPM
                                    || op.manager() == PackageManager.YARN
                                    || op.manager() == PackageManager.PNPM);
                    if (node.isPresent()) {
                        PackageOperation op = node.get();
                        if (op.manager() == PackageManager.NPM && op.is("prune")) return true;
                        if (!op.is("run")
                                && (op.hasOption("--production", "--prod")
                                        || op.optionValues("--omit").contains("dev"))) {
                            return true;
                        }
                    }
                    if (c.is("rm")
                            && c.nonOptions().stream()
                                    .anyMatch(a -> a.endsWith("node_modules") || a.endsWith("node_modules/")))
                        return true;
                }
            }
        }
        return false;
    }

    /** True when the catalog says the base is a build image whose slimmer variant would not do. */
    static boolean isBuildImage(LintContext ctx, Catalog catalog, Stage root) {
        if (root == null || root.baseImage() == null) return false;
        Optional<CatalogMatch> m = CatalogMatches.match(ctx, catalog, root.baseImage());
        if (m.isEmpty() || !catalog.isToolchain(m.get())) return false;
        if (!CatalogMatches.runtimeBases(ctx, catalog, root.baseImage()).isEmpty()) return true;
        // A full or -devel image counts as a build image only where the stages on it build with it.
        StageEvidence e = StageEvidence.ofStageAndDescendants(ctx, root);
        boolean builds = e.needs("compiler") || e.needs("headers") || e.needs("nvcc");
        return builds && FatBaseVariant.choice(ctx, catalog, root).isEmpty();
    }

    /**
     * True when the base is an image whose purpose is the toolchain: the docker-library "full" variants
     * (ruby, python, golang ...) are built on buildpack-deps so that users can compile gems and wheels.
     */
    static boolean isToolchainPurpose(Stage root) {
        if (root == null || root.baseImage() == null) return false;
        String path = root.baseImage().path();
        return path.equals("library/buildpack-deps") || path.equals("buildpack-deps");
    }

    /**
     * True when the RUN removes again what it installed to build: the official images' idiom
     * ({@code apt-mark auto '.*'} then {@code apt-get purge --auto-remove}), {@code apk del} of a
     * virtual package, or a purge/remove of installed build packages.
     */
    static boolean purgesBuildDependencies(RunView run) {
        List<ShellCommand> cs = run.commands();
        for (int i = 0; i < cs.size(); i++) {
            ShellCommand c = cs.get(i);
            if (c.is("apt-mark") && "auto".equals(c.subcommand())) {
                for (int j = i + 1; j < cs.size(); j++) {
                    ShellCommand p = cs.get(j);
                    if ((p.is("apt-get") || p.is("apt"))
                            && ("autoremove".equals(p.subcommand())
                                    || ("purge".equals(p.subcommand()) && p.hasFlag("--auto-remove", "--autoremove"))))
                        return true;
                }
            }
            if (!Toolchains.isSystemInstall(c)) continue;
            String virtual = Toolchains.virtualName(c);
            for (String pkg : Toolchains.packages(c)) {
                if ((pkg.equals(virtual) || Toolchains.isToolchain(pkg) || Toolchains.isHeaders(pkg))
                        && Toolchains.removedLater(cs, i, pkg, virtual)) return true;
            }
        }
        return false;
    }

    /**
     * The single-stage build that missing-multi-stage reports, or null. Worked out once per file:
     * build-image-in-final-stage asks too. {@code catalog} is the file's ({@link BaseCatalogs#of}).
     */
    static Step singleStageBuild(LintContext ctx, Catalog catalog) {
        // get-or-share rather than ctx.shared with a lambda: see LintContext.sharedOrNull (start-up)
        SingleStageBuild known = ctx.sharedOrNull(SingleStageBuild.class);
        if (known == null)
            known = ctx.share(SingleStageBuild.class, new SingleStageBuild(findSingleStageBuild(ctx, catalog)));
        return known.step();
    }

    private record SingleStageBuild(Step step) {}

    private static Step findSingleStageBuild(LintContext ctx, Catalog catalog) {
        List<Stage> chain = finalChain(ctx);
        if (chain.isEmpty() || usesOtherStages(ctx, chain) || !runsApplication(chain)) return null;
        if (isToolchainPurpose(root(chain))) return null;
        StageEvidence evidence = StageEvidence.of(ctx, chain);
        Step step = firstBuild(ctx, chain, evidence);
        if (step == null || purgesBuildDependencies(step.run())) return null;
        return shipsToolchain(ctx, catalog, chain, step, isBuildImage(ctx, catalog, root(chain))) ? step : null;
    }
}
