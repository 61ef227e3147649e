package dev.imgslim.rules.base;

import dev.imgslim.build.Stage;
import dev.imgslim.rules.LintContext;
import dev.imgslim.rules.RunView;
import dev.imgslim.script.PackageManager;
import dev.imgslim.script.PackageOperation;
import dev.imgslim.script.ShellCommand;
import dev.imgslim.script.ShellScript;
import dev.imgslim.syntax.Healthcheck;
import dev.imgslim.syntax.Instruction;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * What a group of stages evidently needs from its base image, read from its instructions: a
 * compiler (it runs gcc, make, pip wheel, installs build-essential or -dev headers), nvcc, a VCS,
 * JDK tools, a shell, a package manager... Each need is kept with the first reason seen
 * ("runs gcc at line 7"), which messages quote.
 */
final class StageEvidence {
    /** Program names whose use means "this compiles native code here". */
    private static final Set<String> COMPILERS = Set.of(
            "gcc",
            "g++",
            "cc",
            "c++",
            "clang",
            "clang++",
            "make",
            "cmake",
            "ninja",
            "meson",
            "configure",
            "autoreconf",
            "autoconf",
            "node-gyp",
            "nvcc",
            "javac",
            "cargo",
            "rustc",
            "docker-php-ext-install",
            "docker-php-ext-configure",
            "pecl",
            "phpize",
            "gfortran");

    private static final Set<String> JDK_TOOLS = Set.of(
            "javac",
            "jar",
            "jlink",
            "jdeps",
            "jcmd",
            "jshell",
            "jmap",
            "jstack",
            "jpackage",
            "mvn",
            "mvnw",
            "gradle",
            "gradlew");
    private static final Set<String> VCS = Set.of("git", "hg", "svn");
    /** Python packages that build CUDA extensions when installed (they need nvcc). */
    private static final Set<String> CUDA_EXTENSIONS = Set.of(
            "flash-attn",
            "flash_attn",
            "apex",
            "deepspeed",
            "mamba-ssm",
            "causal-conv1d",
            "pytorch3d",
            "detectron2",
            "torch-scatter",
            "torch-sparse",
            "torch-cluster",
            "auto-gptq",
            "xformers",
            "nvdiffrast",
            "tiny-cuda-nn",
            "gsplat");

    private static final Set<String> CUDA_BUILD_VARIABLES = Set.of(
            "TORCH_CUDA_ARCH_LIST",
            "FORCE_CUDA",
            "CUDA_ARCHITECTURES",
            "CMAKE_CUDA_ARCHITECTURES",
            "DS_BUILD_OPS",
            "FLASH_ATTENTION_FORCE_BUILD");

    private final Map<String, String> needs = new LinkedHashMap<>();
    private final Set<String> installed = new LinkedHashSet<>();
    private final Set<String> used = new LinkedHashSet<>();
    boolean usesApt;
    boolean usesRpm;
    boolean pipInstalls;
    boolean hasEntrypointOrCmd;
    /** Runs a script or playbook whose contents are not visible here: its needs are unknown. */
    String opaque;
    /** Copies files from another stage (built against the base's libc). */
    boolean copiesFromStages;
    /** Installs language packages (pip, uv, npm, yarn, gem, composer ...), which are libc-specific. */
    boolean installsLanguagePackages;
    /** Installs compiler or header packages (gcc, build-essential, libpq-dev ...). */
    boolean installsBuildPackages;

    private StageEvidence() {}

    /** Evidence over {@code stage} and every stage built FROM it (they all run on its base). */
    static StageEvidence ofStageAndDescendants(LintContext ctx, Stage stage) {
        List<Stage> all = new ArrayList<>();
        Set<Stage> seen = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
        Deque<Stage> todo = new ArrayDeque<>();
        todo.add(stage);
        while (!todo.isEmpty()) {
            Stage s = todo.poll();
            if (!seen.add(s)) continue;
            all.add(s);
            todo.addAll(s.children());
        }
        return of(ctx, all);
    }

    /**
     * The evidence of {@code stages}, read once per file: fat-base-variant, missing-multi-stage and
     * build-image-in-final-stage ask for the same stages (the final chain, a root and its descendants),
     * and reading them parses every command's package operation again. Not to be modified by callers.
     */
    static StageEvidence of(LintContext ctx, List<Stage> stages) {
        Read read = Read.of(ctx);
        List<Stage> key = List.copyOf(stages);
        StageEvidence e = read.byStages.get(key);
        if (e == null) {
            e = collect(ctx, read, key);
            read.byStages.put(key, e);
        }
        return e;
    }

    /** Evidence already read in this file, by the stages it covers (stages compare by identity). */
    private static final class Read {
        final Map<List<Stage>, StageEvidence> byStages = new java.util.HashMap<>();
        /**
         * One stage's own reading (before the tool needs, which depend on the whole list): the lists asked
         * for overlap (the final chain, each root with its descendants), so each stage is read once and
         * merged, not once per list (~3.5 % of the CPU of a 10,000-file lint before).
         */
        final Map<Stage, StageEvidence> byStage = new java.util.IdentityHashMap<>();

        // get-or-share rather than ctx.shared(Read.class, Read::new): see LintContext.sharedOrNull (start-up)
        static Read of(LintContext ctx) {
            Read read = ctx.sharedOrNull(Read.class);
            return read != null ? read : ctx.share(Read.class, new Read());
        }
    }

    private static StageEvidence collect(LintContext ctx, Read read, List<Stage> stages) {
        StageEvidence e = new StageEvidence();
        for (Stage s : stages) {
            StageEvidence own = read.byStage.get(s);
            if (own == null) {
                own = readStage(ctx, s);
                read.byStage.put(s, own);
            }
            e.add(own);
        }
        // A tool the base happened to ship (curl in buildpack-deps) is a need unless the stage installs it.
        for (String tool : e.used) {
            if (!e.installed.contains(tool)) e.need("tool:" + tool, "runs " + tool + " without installing it");
        }
        return e;
    }

    private static StageEvidence readStage(LintContext ctx, Stage stage) {
        StageEvidence e = new StageEvidence();
        for (Instruction ins : stage.instructions()) e.read(ctx, ins);
        return e;
    }

    /**
     * Adds a later stage's reading, exactly as if its instructions had been read after this one's: every
     * need keeps its first reason, sets keep their first-seen order, the first opaque script wins.
     */
    private void add(StageEvidence later) {
        for (Map.Entry<String, String> n : later.needs.entrySet()) need(n.getKey(), n.getValue());
        installed.addAll(later.installed);
        used.addAll(later.used);
        usesApt |= later.usesApt;
        usesRpm |= later.usesRpm;
        pipInstalls |= later.pipInstalls;
        hasEntrypointOrCmd |= later.hasEntrypointOrCmd;
        if (opaque == null) opaque = later.opaque;
        copiesFromStages |= later.copiesFromStages;
        installsLanguagePackages |= later.installsLanguagePackages;
        installsBuildPackages |= later.installsBuildPackages;
    }

    /** The need's first reason, or null when the stages show no such need. */
    String why(String need) {
        return needs.get(need);
    }

    boolean needs(String need) {
        return needs.containsKey(need);
    }

    private void need(String need, String why) {
        needs.putIfAbsent(need, why);
    }

    private void read(LintContext ctx, Instruction ins) {
        String cmd = ins.command();
        int line = ins.line();
        switch (cmd) {
            case "RUN" -> {
                RunView run = ctx.run(ins);
                if ((!ins.isJson() || run.isShell()) && !needs.containsKey("shell"))
                    need("shell", "has RUN instructions (line " + line + ")");
                // The shell form's text as its script model holds it: rest() would join it from the source again.
                String text = run.inlineScript() != null ? run.inlineScript().text() : ins.rest();
                if (setsCudaBuildVariable(text))
                    for (String v : CUDA_BUILD_VARIABLES) {
                        int at = text.indexOf(v);
                        // v followed by '=' somewhere (text.contains(v + "=") without building that string per RUN)
                        while (at >= 0 && !text.startsWith("=", at + v.length())) at = text.indexOf(v, at + 1);
                        if (at >= 0) need("nvcc", "sets " + v + " (line " + line + ")");
                    }
                if (!run.isShell()) return;
                for (ShellCommand c : run.commands()) command(c, line);
            }
            case "ENV", "ARG" -> {
                String text = ins.rest(); // built from the source on each call
                for (String v : CUDA_BUILD_VARIABLES) {
                    if (text.contains(v)) need("nvcc", "sets " + v + " (line " + line + ")");
                }
            }
            case "CMD", "ENTRYPOINT", "HEALTHCHECK" -> {
                if (!cmd.equals("HEALTHCHECK")) hasEntrypointOrCmd = true;
                List<ShellCommand> commands;
                if (ins.isJson()) {
                    commands = ins.args().isEmpty()
                            ? List.of()
                            : ShellScript.exec(ins.args()).commands();
                    if (!ins.args().isEmpty()
                            && Set.of("sh", "bash", "ash", "dash")
                                    .contains(base(ins.args().get(0)))) {
                        need("shell", "runs a shell in " + cmd + " (line " + line + ")");
                    }
                } else {
                    String text = ins.rest();
                    if (ins instanceof Healthcheck h) {
                        // The parser's command word: what follows CMD, after any options.
                        if (h.isNone() || h.commandWords().isEmpty()) return;
                        text = h.commandWords().get(0).text();
                    }
                    commands = ShellScript.parse(text).commands();
                    if (!text.isBlank()) need("shell", cmd + " in shell form (line " + line + ")");
                }
                for (ShellCommand c : commands) command(c, line);
            }
            case "COPY", "ADD" -> {
                if (ins.flag("from") != null) copiesFromStages = true;
            }
            case "EXPOSE" -> {
                for (String a : ins.args()) {
                    if (a.startsWith("8888")) {
                        need("jupyter", "exposes 8888 (line " + line + ")");
                        break;
                    }
                }
            }
            default -> {}
        }
    }

    /**
     * True when some {@code =} in {@code text} follows one of {@link #CUDA_BUILD_VARIABLES}: the places the
     * search for each variable would find. A RUN has few {@code =}, so this looks at a handful of places
     * where the search read the text once per variable (1 % of the CPU of a 10,000-file lint, 2026-12-06).
     */
    private static boolean setsCudaBuildVariable(String text) {
        for (int eq = text.indexOf('='); eq >= 0; eq = text.indexOf('=', eq + 1)) {
            for (String v : CUDA_BUILD_VARIABLES)
                if (eq >= v.length() && text.startsWith(v, eq - v.length())) return true;
        }
        return false;
    }

    /** Programs that install a language's packages (a constant: asked of every command of every RUN). */
    private static final Set<String> LANGUAGE_INSTALLERS = Set.of(
            "pip",
            "pip3",
            "uv",
            "poetry",
            "pipenv",
            "conda",
            "mamba",
            "micromamba",
            "npm",
            "yarn",
            "pnpm",
            "bundle",
            "gem",
            "composer");

    private static final Set<String> RUNNERS =
            Set.of("conda", "mamba", "micromamba", "poetry", "pipenv", "uv", "pdm", "hatch");

    private void command(ShellCommand c, int line) {
        String name = c.name();
        if (RUNNERS.contains(name) && "run".equals(c.subcommand())) {
            // "conda run -n env pip install ...": judge the wrapped command.
            List<String> args = c.args();
            int i = args.indexOf("run") + 1;
            while (i < args.size() && args.get(i).startsWith("-")) {
                String opt = args.get(i);
                i += (opt.equals("-n")
                                || opt.equals("--name")
                                || opt.equals("-p")
                                || opt.equals("--prefix")
                                || opt.equals("--with")
                                || opt.equals("--python"))
                        ? 2
                        : 1;
            }
            // The wrapped command keeps its positioned words, so the script model can read it too.
            if (i < args.size()) command(c.runs(i), line);
            return;
        }
        String at = lineSuffix(line);
        if (opaque == null && runsScript(c)) opaque = "runs " + scriptName(c) + at + ", whose needs are not visible";
        if (LANGUAGE_INSTALLERS.contains(name) || name.startsWith("pip3")) {
            installsLanguagePackages = true;
        }
        if (COMPILERS.contains(name)) {
            need("compiler", "runs " + name + at);
            need("headers", "runs " + name + at);
        }
        if (name.equals("nvcc")) need("nvcc", "runs nvcc" + at);
        if (name.equals("go") && c.subcommand() != null) need("compiler", "runs go " + c.subcommand() + at);
        if (JDK_TOOLS.contains(name)) need("jdk-tools", "runs " + name + at);
        if (name.equals("mvn") || name.equals("mvnw") || name.equals("gradle") || name.equals("gradlew")) {
            need("compiler", "runs " + name + at);
        }
        if (VCS.contains(name)) need("vcs", "runs " + name + at);
        if (name.equals("jupyter") || name.equals("jupyter-lab") || name.equals("jupyter-notebook")) {
            need("jupyter", "runs jupyter" + at);
        }
        if (name.equals("curl") || name.equals("wget")) used.add(name);
        if (name.equals("locale-gen") || name.equals("localedef")) need("locales", "runs " + name + at);
        if (name.equals("apt-get") || name.equals("apt") || name.equals("dpkg") || name.equals("aptitude"))
            usesApt = true;
        if (name.equals("yum") || name.equals("dnf") || name.equals("rpm")) {
            usesRpm = true;
            need("dnf", "runs " + name + at);
        }
        // The system package operation read once here, not once for each question below.
        Optional<PackageOperation> system = Toolchains.system(c);
        if (system.isPresent() || name.equals("dpkg") || name.equals("rpm")) {
            need("package-manager", "runs " + name + at);
        }
        if (system.isPresent() && system.get().isInstall()) {
            for (String p : Toolchains.packages(system.get())) {
                installed.add(p);
                if (Toolchains.isToolchain(p) || Toolchains.isHeaders(p)) {
                    installsBuildPackages = true;
                    need("compiler", "installs " + p + at);
                    need("headers", "installs " + p + at);
                }
                if (p.startsWith("cuda-") || (p.startsWith("libcudnn") && p.contains("dev")))
                    need("nvcc", "installs " + p + at);
            }
        }
        if ((name.equals("bundle") && "install".equals(c.subcommand()))
                || (name.equals("gem") && "install".equals(c.subcommand()))) {
            // Ruby gems with native extensions (pg, mysql2, nokogiri from source) compile on install.
            need("compiler", "runs " + name + " install (native gems compile)" + at);
            need("headers", "runs " + name + " install (native gems compile)" + at);
        }
        if (name.equals("npm") && "rebuild".equals(c.subcommand())) need("compiler", "runs npm rebuild" + at);
        if (name.equals("python") || name.startsWith("python3") || name.equals("python2")) {
            int setup = c.args().indexOf("setup.py");
            if (setup >= 0 && setup + 1 < c.args().size()) {
                need("compiler", "runs setup.py " + c.args().get(setup + 1) + at);
                need("headers", "runs setup.py" + at);
                need("nvcc", "runs setup.py " + c.args().get(setup + 1) + at);
            }
        }
        // pip, python -m pip and uv pip, as the script model reads them.
        Optional<PackageOperation> op = PackageOperation.of(c);
        if (op.isPresent()
                && (op.get().manager() == PackageManager.PIP || op.get().manager() == PackageManager.UV))
            pip(op.get(), at);
        for (String a : c.args()) {
            if (a.startsWith("git+") || a.startsWith("git@") || a.startsWith("git://"))
                need("vcs", "installs from " + a + at);
        }
    }

    /**
     * " (line N)", made once per line rather than once per command: a RUN line of thousands of commands
     * asks it for each.
     */
    private String lineSuffix(int line) {
        if (line != suffixLine || suffix == null) {
            suffix = " (line " + line + ")";
            suffixLine = line;
        }
        return suffix;
    }

    private int suffixLine;
    private String suffix;

    private static final Set<String> SHELL_NAMES = Set.of("sh", "bash", "dash", "ash", "zsh", "source", ".");

    /** {@code ./install.sh}, {@code bash /install/deps.sh}, {@code ansible-playbook site.yml}. */
    private static boolean runsScript(ShellCommand c) {
        if (c.name().endsWith(".sh") || c.name().equals("ansible-playbook")) return true;
        if (!SHELL_NAMES.contains(c.name())) return false;
        if (c.args().contains("-c")) return false;
        List<String> words = c.nonOptions();
        return !words.isEmpty() && !words.get(0).startsWith("<");
    }

    private static String scriptName(ShellCommand c) {
        if (c.name().endsWith(".sh") || c.name().equals("ansible-playbook")) return c.name();
        return c.nonOptions().get(0);
    }

    private void pip(PackageOperation op, String at) {
        if (op.is("wheel") || op.is("pip wheel")) {
            need("compiler", "runs pip wheel" + at);
            need("headers", "runs pip wheel" + at);
        }
        if (!op.is("install") && !op.is("pip install")) return;
        pipInstalls = true;
        if (op.hasOption("--no-binary", "--no-build-isolation")) {
            need("compiler", "builds pip packages from source" + at);
            need("headers", "builds pip packages from source" + at);
            need("nvcc", "builds pip packages from source" + at);
        }
        for (String pkg : op.packageNames()) {
            pkg = pkg.toLowerCase(java.util.Locale.ROOT);
            if (CUDA_EXTENSIONS.contains(pkg)) need("nvcc", "pip installs " + pkg + " (a CUDA extension)" + at);
        }
    }

    private static String base(String program) {
        return program.substring(program.lastIndexOf('/') + 1);
    }
}
