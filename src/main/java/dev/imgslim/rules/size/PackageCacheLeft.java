package dev.imgslim.rules.size;

import dev.imgslim.build.Stage;
import dev.imgslim.build.Variables;
import dev.imgslim.catalog.PackageFigure;
import dev.imgslim.catalog.PackageFigures;
import dev.imgslim.fix.edits.PackageEdits;
import dev.imgslim.rules.FindingSink;
import dev.imgslim.rules.Node;
import dev.imgslim.rules.RunView;
import dev.imgslim.rules.SizeSaving;
import dev.imgslim.script.PackageManager;
import dev.imgslim.script.PackageOperation;
import dev.imgslim.script.ShellCommand;
import dev.imgslim.syntax.Mount;
import dev.imgslim.syntax.Run;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A package manager leaves its download cache in the layer: pip without {@code --no-cache-dir},
 * {@code uv pip install}/{@code uv sync} without {@code --no-cache}, apk add without {@code --no-cache},
 * yum/dnf/microdnf/zypper without a clean in the same RUN, npm install/ci without
 * {@code npm cache clean --force}, yarn without {@code yarn cache clean}, conda/mamba without
 * {@code conda clean -a}, composer without {@code --no-cache} or {@code composer clear-cache}.
 *
 * <p>Deliberately not flagged: a cache or tmpfs mount over the cache folder, an rm of the cache folder
 * or the tool's own clean command in the same RUN, {@code PIP_NO_CACHE_DIR}/{@code UV_NO_CACHE} (ENV,
 * ARG or an assignment in the RUN), builder stages, and {@code ONBUILD RUN}. apt is left to
 * {@code apt-lists-not-removed}. {@code gem install} without {@code --no-document} leaves docs, not a
 * cache, and is not reported here.
 */
public final class PackageCacheLeft extends ShippedRunRule {
    /** Compiled once, not on every call (String.matches, replaceFirst and split compile their pattern each time). */
    private static final Pattern EXTRAS = Pattern.compile("\\[[^\\]]*]$");

    private static final Set<String> RPM_INSTALLS = Set.of(
            "install",
            "update",
            "upgrade",
            "groupinstall",
            "reinstall",
            "localinstall",
            "distro-sync",
            "builddep",
            "module install");
    private static final Pattern TRAILING_SLASHES = Pattern.compile("/+$");
    private static final Set<String> ZYPPER_INSTALLS = Set.of("install", "in", "update", "up", "dist-upgrade", "dup");

    @Override
    void check(Node<Run> node, RunView run, FindingSink out) {
        Facts facts = new Facts(run, node.variables());
        // One finding per cache per RUN: five pip installs in one RUN share one pip cache.
        Set<String> reported = new HashSet<>();
        for (ShellCommand c : run.commands()) {
            String cache = cacheOf(c);
            if (reported.contains(cache)) continue;
            String msg = problem(facts, c);
            if (msg == null) msg = buildToolCache(facts, c);
            if (msg == null) continue;
            reported.add(cache);
            out.report(
                    run.span(c),
                    msg,
                    saving(c, node.stage()),
                    PackageEdits.cacheFix(node.context().file(), run, c));
        }
    }

    /**
     * What the rule asks of one RUN, each worked out once however many commands ask it: the paths its
     * {@code rm} commands remove (indexed), and which package-manager verbs it runs.
     */
    private static final class Facts {
        final RunView run;
        final Variables vars;
        private Removals words;
        private Removals removed;
        private Map<String, Removals> removedUnderHome;
        private final Map<String, Boolean> answers = new HashMap<>();

        Facts(RunView run, Variables vars) {
            this.run = run;
            this.vars = vars;
        }

        /** {@link RunView#removes}, indexed. */
        boolean removesWord(String path) {
            if (words == null) words = Removals.ofWords(run);
            return words.removes(path);
        }

        /** The RUN's removals with variables expanded (no working directory: relative ones stay unknown). */
        boolean removedExpanded(String path) {
            return expanded().covers(path);
        }

        private Removals expanded() {
            if (removed == null) {
                List<String> all = Additions.removedPaths(run, null, vars);
                removed = Removals.of(all);
                removedUnderHome = new HashMap<>();
                Map<String, List<String>> byUser = new HashMap<>();
                for (String r : all) {
                    if (!r.startsWith("/home/")) continue;
                    String user = r.split("/")[2];
                    List<String> rs = byUser.get(user);
                    if (rs == null) {
                        rs = new ArrayList<>();
                        byUser.put(user, rs);
                    }
                    rs.add(r);
                }
                for (Map.Entry<String, List<String>> e : byUser.entrySet())
                    removedUnderHome.put(e.getKey(), Removals.of(e.getValue()));
            }
            return removed;
        }

        /** True when an rm under some {@code /home/<user>} removes {@code /home/<user><suffix>}. */
        boolean removedUnderAnyHome(String suffix) {
            expanded();
            for (Map.Entry<String, Removals> e : removedUnderHome.entrySet()) {
                if (e.getValue().covers("/home/" + e.getKey() + suffix)) return true;
            }
            return false;
        }

        /*
         * Yes/no questions about the whole RUN are answered once: known() gives an earlier answer (or
         * null), keep() records one. A lookup and a loop at each question, not a Predicate: a lambda per
         * question cost ~0.1 ms of linking on a one-file lint (start-up).
         */
        Boolean known(String question) {
            return answers.get(question);
        }

        boolean keep(String question, boolean answer) {
            answers.put(question, answer);
            return answer;
        }

        /** True when the RUN's text holds {@code text} (an environment setting written inline). */
        boolean mentions(String text) {
            Boolean known = known(text);
            return known != null
                    ? known
                    : keep(text, run.instruction().original().contains(text));
        }
    }

    /** Which cache a reported command fills: the package manager (pip, python -m pip and pip3 share one). */
    private static String cacheOf(ShellCommand c) {
        Optional<PackageOperation> op = PackageOperation.of(c);
        return op.isPresent() ? op.get().manager().name() : c.name();
    }

    static boolean isPipInstall(ShellCommand c) {
        Optional<PackageOperation> op = PackageOperation.of(c);
        return op.isPresent()
                && op.get().manager() == PackageManager.PIP
                && op.get().is("install");
    }

    private static String problem(Facts facts, ShellCommand c) {
        Variables vars = facts.vars;
        Optional<PackageOperation> found = PackageOperation.of(c);
        if (found.isEmpty()) return null;
        PackageOperation op = found.get();
        String verb = op.verb();
        String home = Layers.expand("$HOME", vars);
        switch (op.manager()) {
            case PIP -> {
                if (!op.is("install")) return null;
                // pip accepts unambiguous prefixes of long options: --no-cache is --no-cache-dir.
                if (op.hasOption("--no-cache-dir", "--no-cache")
                        || defined(vars, "PIP_NO_CACHE_DIR")
                        || facts.mentions("PIP_NO_CACHE_DIR=")) return null;
                if (localOnly(op)) return null;
                if (cleared(facts, List.of(home + "/.cache/pip", "/root/.cache/pip"))
                        || runs(facts, PackageManager.PIP, "cache")) return null;
                String tool = c.name().startsWith("python") ? c.name() + " -m pip" : c.name();
                return "'" + tool
                        + " install' without --no-cache-dir keeps the downloaded wheels in pip's cache in this layer"
                        + " (about their download size); add --no-cache-dir or a cache mount on /root/.cache/pip";
            }
            case UV -> {
                if (!op.is("pip install") && !op.is("sync")) return null;
                // uv accepts pip's --no-cache-dir as an alias of --no-cache.
                if (op.hasOption("--no-cache", "--no-cache-dir", "-n")
                        || Layers.truthy(vars, "UV_NO_CACHE")
                        || facts.mentions("UV_NO_CACHE=")) return null;
                String uvCache = vars == null ? null : Layers.expand(vars.get("UV_CACHE_DIR"), vars);
                List<String> dirs =
                        uvCache != null ? List.of(uvCache) : List.of(home + "/.cache/uv", "/root/.cache/uv");
                if (cleared(facts, dirs) || runs(facts, PackageManager.UV, "cache")) return null;
                return "'uv " + verb + "' keeps its cache (~/.cache/uv) in this layer; add --no-cache,"
                        + " set UV_NO_CACHE=1, or use a cache mount on /root/.cache/uv";
            }
            case APK -> {
                if (!op.is("add")
                        || op.hasOption("--no-cache", "--no-network")
                        || cleared(facts, List.of("/var/cache/apk"))) return null;
                return "'apk add' without --no-cache keeps the package index in /var/cache/apk in this layer; use 'apk add --no-cache'";
            }
            case YUM, DNF, MICRODNF, ZYPPER -> {
                boolean zypper = op.manager() == PackageManager.ZYPPER;
                if (verb == null || !(zypper ? ZYPPER_INSTALLS : RPM_INSTALLS).contains(verb)) return null;
                String tool = op.manager().command();
                String cache = op.manager() == PackageManager.YUM
                        ? "/var/cache/yum"
                        : zypper ? "/var/cache/zypp" : "/var/cache/dnf";
                if (cleared(facts, List.of(cache)) || cleans(facts, op.manager())) return null;
                if (op.manager() == PackageManager.MICRODNF && cleans(facts, PackageManager.DNF)) return null;
                String clean = zypper ? "zypper clean -a" : tool + " clean all";
                return "'" + tool + " " + verb + "' without '" + clean
                        + "' in the same RUN keeps its metadata and package cache (" + cache
                        + ") in this layer; add '&& " + clean + "'";
            }
            case NPM -> {
                if (verb == null || !Set.of("install", "i", "ci", "add").contains(verb)) return null;
                if (cleared(facts, List.of(home + "/.npm", "/root/.npm"))
                        || npmCacheClean(facts)
                        || defined(vars, "npm_config_cache")
                        || defined(vars, "NPM_CONFIG_CACHE")) return null;
                return "'npm " + verb
                        + "' keeps npm's cache (~/.npm) in this layer; add '&& npm cache clean --force' or a cache mount on /root/.npm";
            }
            case YARN -> {
                // Bare 'yarn' installs; 'yarn --version' does not.
                boolean installs = verb == null
                        ? !op.hasOption("--version", "-v", "--help", "-h")
                        : verb.equals("install") || verb.equals("add") || verb.equals("global add");
                if (!installs) return null;
                // Yarn 2+ flags; its cache lives in the project (.yarn/cache) by design.
                if (op.hasOption("--immutable", "--immutable-cache", "--mode")) return null;
                if (cleared(
                                facts,
                                List.of(
                                        "/usr/local/share/.cache/yarn",
                                        home + "/.cache/yarn",
                                        home + "/.yarn/berry/cache"))
                        || runs(facts, PackageManager.YARN, "cache")
                        || defined(vars, "YARN_CACHE_FOLDER")) return null;
                return "'yarn" + (verb == null ? "" : " " + verb)
                        + "' keeps yarn's cache in this layer; add '&& yarn cache clean' or a cache mount";
            }
            case CONDA, MAMBA, MICROMAMBA -> {
                if (verb == null
                        || !Set.of("install", "create", "update", "env").contains(verb)) return null;
                if (verb.equals("env")
                        && !op.packageNames().contains("create")
                        && !op.packageNames().contains("update")) return null;
                if (condaCleans(facts) || cleared(facts, List.of("/opt/conda/pkgs")) || removesDirNamed(facts, "pkgs"))
                    return null;
                return "'" + c.name() + " " + verb + "' keeps downloaded packages (pkgs/) in this layer; add '&& "
                        + c.name() + " clean -afy'";
            }
            case CARGO -> {
                if (!op.is("install") && !op.is("build") && !op.is("fetch")) return null;
                // rust images set CARGO_HOME=/usr/local/cargo; without it cargo uses ~/.cargo.
                String cargoHome = expandedOr(vars, "CARGO_HOME", null);
                List<String> homes =
                        cargoHome != null ? List.of(cargoHome) : List.of("/usr/local/cargo", home + "/.cargo");
                for (String h : homes) if (cleared(facts, List.of(h + "/registry"))) return null;
                String shown = (cargoHome != null ? cargoHome : "$CARGO_HOME") + "/registry";
                return "'cargo " + verb + "' keeps the crates it downloaded (" + shown + ") in this layer;"
                        + " use a cache mount on " + shown + ", or build in a stage that does not ship";
            }
            case GO -> {
                if (!op.is("build") && !op.is("install") && !op.is("get") && !op.is("mod")) return null;
                if (op.is("mod") && !op.packageNames().contains("download")) return null;
                // golang images set GOPATH=/go; without it go uses ~/go.
                String gopath = expandedOr(vars, "GOPATH", null);
                String modCache = expandedOr(vars, "GOMODCACHE", (gopath != null ? gopath : "$GOPATH") + "/pkg/mod");
                List<String> modDirs = gopath != null || !modCache.startsWith("$")
                        ? List.of(modCache)
                        : List.of("/go/pkg/mod", home + "/go/pkg/mod");
                String buildCache = expandedOr(vars, "GOCACHE", home + "/.cache/go-build");
                boolean mod = cleared(facts, modDirs) || goCleans(facts, "-modcache");
                boolean build = op.is("mod") || cleared(facts, List.of(buildCache)) || goCleans(facts, "-cache");
                if (mod && build) return null;
                String left = !mod && !build ? modCache + " and " + buildCache : !mod ? modCache : buildCache;
                return "'go " + verb + "' keeps its module and build caches (" + left
                        + ") in this layer; use cache mounts"
                        + " on them, run 'go clean -cache -modcache' in the same RUN, or build in a stage that does not ship";
            }
            case POETRY -> {
                if (!op.is("install") && !op.is("add") && !op.is("update")) return null;
                String cache = expandedOr(vars, "POETRY_CACHE_DIR", home + "/.cache/pypoetry");
                if (cleared(facts, List.of(cache)) || runs(facts, PackageManager.POETRY, "cache")) return null;
                return "'poetry " + verb + "' keeps its cache (" + cache + ") in this layer; remove it in the same RUN"
                        + " or use a cache mount on it";
            }
            case PNPM -> {
                if (verb == null || !Set.of("install", "i", "add").contains(verb)) return null;
                String store = expandedOr(vars, "PNPM_STORE_DIR", home + "/.local/share/pnpm/store");
                if (cleared(facts, List.of(store, home + "/.pnpm-store")) || runs(facts, PackageManager.PNPM, "store"))
                    return null;
                return "'pnpm " + verb + "' keeps its package store (" + store
                        + ") in this layer; use a cache mount on it," + " or 'pnpm store prune' in the same RUN";
            }
            case COMPOSER -> {
                if (verb == null || !COMPOSER_FILLS.contains(verb)) return null;
                // --no-cache is a global option of Composer (1.x and 2.x): nothing is cached
                if (op.hasOption("--no-cache") || facts.mentions("COMPOSER_CACHE_DIR=/dev/null")) return null;
                // COMPOSER_CACHE_DIR, else $COMPOSER_HOME/cache, else ~/.composer/cache or, on XDG systems,
                // ~/.cache/composer (Composer's documented cache-dir defaults on Linux)
                String set = expandedOr(vars, "COMPOSER_CACHE_DIR", null);
                String composerHome = expandedOr(vars, "COMPOSER_HOME", null);
                List<String> dirs = set != null
                        ? List.of(set)
                        : composerHome != null
                                ? List.of(composerHome + "/cache")
                                : List.of(home + "/.composer/cache", home + "/.cache/composer");
                if (set != null && set.equals("/dev/null")) return null;
                if (cleared(facts, dirs)
                        || runs(facts, PackageManager.COMPOSER, "clear-cache")
                        || runs(facts, PackageManager.COMPOSER, "clearcache")
                        || runs(facts, PackageManager.COMPOSER, "cc")) return null;
                return "'composer " + verb + "' keeps the package archives it downloaded in Composer's cache ("
                        + String.join(" or ", dirs) + ") in this layer; add --no-cache, '&& composer clear-cache',"
                        + " or a cache mount on it";
            }
            default -> {
                return null;
            }
        }
    }

    /** Composer commands that download packages into its cache. */
    private static final Set<String> COMPOSER_FILLS = Set.of(
            "install",
            "update",
            "upgrade",
            "require",
            "create-project",
            "reinstall",
            "global require",
            "global update",
            "global install");

    /**
     * Maven and Gradle are build tools rather than package managers, but they download every dependency
     * into the user's home ({@code ~/.m2/repository}, {@code ~/.gradle/caches}); in a stage that ships, the
     * layer keeps it.
     */
    private static String buildToolCache(Facts facts, ShellCommand c) {
        Variables vars = facts.vars;
        boolean maven = c.is("mvn") || c.is("mvnw");
        boolean gradle = c.is("gradle") || c.is("gradlew");
        if (!maven && !gradle) return null;
        if (c.args().isEmpty()
                || c.args().stream().allMatch(a -> a.equals("--version") || a.equals("-v") || a.equals("-version")))
            return null;
        String home = Layers.expand("$HOME", vars);
        String dir = maven ? home + "/.m2" : expandedOr(vars, "GRADLE_USER_HOME", home + "/.gradle");
        if (maven && c.args().stream().anyMatch(a -> a.startsWith("-Dmaven.repo.local="))) return null;
        if (cleared(facts, List.of(dir, dir + (maven ? "/repository" : "/caches")))) return null;
        return "'" + c.name() + "' downloads the build's dependencies into " + dir
                + ", which stays in this layer; build in a" + " stage that does not ship, or use a cache mount on "
                + dir;
    }

    private static String expandedOr(Variables vars, String name, String fallback) {
        String v = vars == null || vars.get(name) == null ? null : Layers.expand(vars.get(name), vars);
        return v == null || v.isEmpty() ? fallback : v;
    }

    private static boolean goCleans(Facts facts, String flag) {
        String question = "go clean " + flag;
        Boolean known = facts.known(question);
        if (known != null) return known;
        for (PackageOperation op : facts.run.packageOperations(PackageManager.GO))
            if (op.is("clean") && op.hasOption(flag)) return facts.keep(question, true);
        return facts.keep(question, false);
    }

    /**
     * Every package operand is a local wheel or source archive ({@code ./x.whl}, {@code dist/*.whl},
     * {@code x.whl[all]}): pip reads it from disk and does not put it in its HTTP cache.
     */
    private static boolean localOnly(PackageOperation op) {
        if (op.packages().isEmpty() || op.hasOption("-r", "--requirement", "-e", "--editable")) return false;
        for (PackageOperation.PackageRef p : op.packages()) {
            String path = EXTRAS.matcher(p.word().value()).replaceFirst("");
            boolean file = path.endsWith(".whl") || path.endsWith(".tar.gz") || path.endsWith(".zip");
            if (!file || path.contains("://")) return false;
        }
        return true;
    }

    /**
     * The catalog's figure for this install's cache ({@code rules/catalog/packages.json}), where it has one
     * for a package the command installs: "measured" only on the base it was measured on, an estimate
     * with that basis on any other base (the cache holds the downloaded files, so the figure carries over,
     * but it was not measured there); a derived catalog figure is an estimate everywhere.
     */
    private static SizeSaving saving(ShellCommand c, Stage stage) {
        Optional<PackageOperation> op = PackageOperation.of(c);
        if (op.isEmpty()) return null;
        String manager = op.get().manager() == PackageManager.PIP && isPipInstall(c)
                ? "pip"
                : op.get().manager() == PackageManager.NPM ? "npm" : null;
        if (manager == null) return null;
        Optional<PackageFigure> found =
                PackageFigures.find(manager, "cache", op.get().packageNames());
        if (found.isEmpty() || !found.get().onDisk()) return null;
        PackageFigure f = found.get();
        Stage root = stage;
        while (root.parent() != null) root = root.parent();
        var base = root.baseImage();
        String here = base == null ? "this stage's base" : base.familiarName() + ":" + base.tagOrLatest();
        String what = manager + " cache after '" + manager + " install " + String.join(" ", f.packages()) + "'";
        String catalog = " (catalog: " + f.source() + ", " + f.asOf() + ")";
        if (f.estimate()) return new SizeSaving(f.bytes(), false, "estimate", what + ": " + f.note() + catalog);
        if (here.equals(f.measuredOn()))
            return new SizeSaving(
                    f.bytes(), false, "measured", what + " on " + f.measuredOn() + ", one build" + catalog);
        return new SizeSaving(
                f.bytes(),
                false,
                "estimate",
                what + " on " + f.measuredOn() + ", one build" + catalog + "; not measured on " + here
                        + " (the cache holds the downloaded files, so the size carries over)");
    }

    private static boolean defined(Variables vars, String name) {
        return vars != null
                && vars.isDefined(name)
                && vars.get(name) != null
                && !vars.get(name).isEmpty();
    }

    /** True when the RUN removes one of the folders, or a cache/tmpfs mount covers one (or their parent .cache). */
    private static boolean cleared(Facts facts, List<String> dirs) {
        RunView run = facts.run;
        for (String d : dirs) {
            if (d == null) continue;
            if (run.hasCacheMount(d) || facts.removesWord(d)) return true;
            // rm -rf ~/.cache/pip, $HOME/.npm, ${CONDA_DIR}/pkgs: compare with variables expanded.
            if (facts.removedExpanded(d)) return true;
            String suffix = d.startsWith("/root/") ? d.substring("/root".length()) : null;
            if (suffix != null && facts.removedUnderAnyHome(suffix)) return true;
        }
        // A mount on the same cache under another home (/home/app/.cache/pip, /home/app/.cache).
        for (Mount m : run.mounts()) {
            if (!m.type().equals("cache") && !m.type().equals("tmpfs")) continue;
            String t = m.target() == null
                    ? ""
                    : TRAILING_SLASHES.matcher(m.target()).replaceAll("");
            for (String d : dirs) {
                int dot = d == null ? -1 : d.indexOf("/.");
                if (dot < 0) continue;
                String suffix = d.substring(dot);
                if (t.endsWith(suffix) || (suffix.startsWith("/.cache/") && t.endsWith("/.cache"))) return true;
            }
        }
        return false;
    }

    /** An rm of some {@code .../<name>} folder (conda's pkgs/ under whatever prefix). */
    private static boolean removesDirNamed(Facts facts, String name) {
        String question = "rm */" + name;
        Boolean known = facts.known(question);
        if (known != null) return known;
        for (String r : Additions.removedPaths(facts.run, null, facts.vars)) {
            String clean = r.endsWith("/*") ? r.substring(0, r.length() - 2) : r;
            if (clean.endsWith("/" + name)) return facts.keep(question, true);
        }
        return facts.keep(question, false);
    }

    /** True when the RUN runs {@code manager verb} ({@code pip cache purge}, {@code uv cache clean}, {@code yarn cache clean}). */
    private static boolean runs(Facts facts, PackageManager manager, String verb) {
        String question = "runs " + manager + " " + verb;
        Boolean known = facts.known(question);
        if (known != null) return known;
        for (PackageOperation op : facts.run.packageOperations(manager))
            if (op.is(verb)) return facts.keep(question, true);
        return facts.keep(question, false);
    }

    private static boolean cleans(Facts facts, PackageManager manager) {
        String question = "cleans " + manager;
        Boolean known = facts.known(question);
        if (known != null) return known;
        for (PackageOperation op : facts.run.packageOperations(manager))
            if (op.is("clean") || op.is("cc") || op.is("clean-all")) return facts.keep(question, true);
        return facts.keep(question, false);
    }

    private static boolean npmCacheClean(Facts facts) {
        String question = "npm cache clean";
        Boolean known = facts.known(question);
        if (known != null) return known;
        for (PackageOperation op : facts.run.packageOperations(PackageManager.NPM))
            if (op.is("cache") && op.packageNames().contains("clean")) return facts.keep(question, true);
        return facts.keep(question, false);
    }

    private static boolean condaCleans(Facts facts) {
        String question = "conda clean";
        Boolean known = facts.known(question);
        if (known != null) return known;
        for (PackageOperation op : facts.run.packageOperations()) {
            boolean conda = op.manager() == PackageManager.CONDA
                    || op.manager() == PackageManager.MAMBA
                    || op.manager() == PackageManager.MICROMAMBA;
            if (conda && op.is("clean") && op.hasOption("-a", "--all", "-p", "--packages", "-t", "--tarballs"))
                return facts.keep(question, true);
        }
        return facts.keep(question, false);
    }
}
