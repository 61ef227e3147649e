package dev.imgslim.rules.size;

import dev.imgslim.rules.Fix;
import dev.imgslim.fix.edits.PackageEdits;
import dev.imgslim.build.Stage;
import dev.imgslim.build.Variables;
import dev.imgslim.rules.Category;
import dev.imgslim.rules.FindingSink;
import dev.imgslim.rules.LintContext;
import dev.imgslim.rules.Rule;
import dev.imgslim.rules.RuleMeta;
import dev.imgslim.rules.RunView;
import dev.imgslim.config.Severity;
import dev.imgslim.rules.SizeSaving;
import dev.imgslim.script.ShellCommand;
import dev.imgslim.syntax.Mount;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A package manager leaves its download cache in the layer: pip without {@code --no-cache-dir},
 * {@code uv pip install}/{@code uv sync} without {@code --no-cache}, apk add without {@code --no-cache},
 * yum/dnf/microdnf/zypper without a clean in the same RUN, npm install/ci without
 * {@code npm cache clean --force}, yarn without {@code yarn cache clean}, conda/mamba without
 * {@code conda clean -a}.
 *
 * <p>Deliberately not flagged: a cache or tmpfs mount over the cache folder, an rm of the cache folder
 * or the tool's own clean command in the same RUN, {@code PIP_NO_CACHE_DIR}/{@code UV_NO_CACHE} (ENV,
 * ARG or an assignment in the RUN), builder stages, and {@code ONBUILD RUN}. apt is left to
 * {@code apt-lists-not-removed}. {@code gem install} without {@code --no-document} leaves docs, not a
 * cache, and is not reported here.
 */
public final class PackageCacheLeft implements Rule {
    public static final RuleMeta META = new RuleMeta("IS304", "package-cache-left", Severity.WARNING, Category.SIZE,
            "a package manager leaves its download cache in the layer")
            .withAliases("DL3042", "DL3019", "DL3032", "DL3040", "DL3060", "DL3036")
            .withFix(Fix.Safety.SAFE);

    static final Map<String, Long> PIP_MEASURED = Map.of("requests", 689_503L, "numpy", 16_920_018L);
    private static final Set<String> RPM_INSTALLS = Set.of("install", "update", "upgrade", "groupinstall", "reinstall",
            "localinstall", "distro-sync", "builddep", "in", "up", "dist-upgrade", "dup");

    @Override
    public RuleMeta meta() { return META; }

    @Override
    public void check(LintContext ctx, FindingSink out) {
        for (Stage stage : ctx.model().stages()) {
            if (!stage.ships()) continue;
            Additions.walk(stage, (s, ins, cwd, vars, own) -> {
                if (!own || !ins.is("RUN")) return;
                RunView run = ctx.run(ins);
                if (!run.isShell()) return;
                // One finding per cache per RUN: five pip installs in one RUN share one pip cache.
                Set<String> reported = new java.util.HashSet<>();
                for (ShellCommand c : run.commands()) {
                    String msg = problem(run, c, vars);
                    if (msg == null || !reported.add(cacheOf(c))) continue;
                    out.report(META, run.span(c), msg, saving(c), PackageEdits.cacheFix(ctx.file(), run, c));
                }
            });
        }
    }

    /** Which cache a reported command fills: the tool, with python -m pip counted as pip. */
    private static String cacheOf(ShellCommand c) {
        return isPipInstall(c) ? "pip" : c.name();
    }

    static boolean isPipInstall(ShellCommand c) {
        List<String> a = c.args();
        if (c.name().matches("pip[0-9.]*")) return "install".equals(c.subcommand());
        if (c.name().matches("python[0-9.]*") && a.size() >= 3 && a.get(0).equals("-m") && a.get(1).matches("pip[0-9.]*")) {
            return a.get(2).equals("install");
        }
        return false;
    }

    private static String problem(RunView run, ShellCommand c, Variables vars) {
        String sub = c.subcommand();
        String home = Layers.expand("$HOME", vars);
        String raw = run.instruction().original();
        if (isPipInstall(c)) {
            // pip accepts unambiguous prefixes of long options: --no-cache is --no-cache-dir.
            if (c.hasFlag("--no-cache-dir", "--no-cache") || defined(vars, "PIP_NO_CACHE_DIR") || raw.contains("PIP_NO_CACHE_DIR=")) return null;
            if (localOnly(c)) return null;
            if (cleared(run, vars, List.of(home + "/.cache/pip", "/root/.cache/pip")) || invokesSub(run, "pip", "cache")) return null;
            String tool = c.name().startsWith("python") ? c.name() + " -m pip" : c.name();
            return "'" + tool + " install' without --no-cache-dir keeps the downloaded wheels in pip's cache in this layer"
                    + " (about their download size); add --no-cache-dir or a cache mount on /root/.cache/pip";
        }
        if (c.is("uv") && (("pip".equals(sub) && c.args().contains("install")) || "sync".equals(sub))) {
            // uv accepts pip's --no-cache-dir as an alias of --no-cache.
            if (c.hasFlag("--no-cache", "--no-cache-dir", "-n") || Layers.truthy(vars, "UV_NO_CACHE") || raw.contains("UV_NO_CACHE=")) return null;
            String uvCache = vars == null ? null : Layers.expand(vars.get("UV_CACHE_DIR"), vars);
            List<String> dirs = uvCache != null ? List.of(uvCache) : List.of(home + "/.cache/uv", "/root/.cache/uv");
            if (cleared(run, vars, dirs) || invokesSub(run, "uv", "cache")) return null;
            return "'uv " + sub + (sub.equals("pip") ? " install" : "") + "' keeps its cache (~/.cache/uv) in this layer; add --no-cache,"
                    + " set UV_NO_CACHE=1, or use a cache mount on /root/.cache/uv";
        }
        if (c.is("apk") && "add".equals(sub)) {
            if (c.hasFlag("--no-cache", "--no-network") || cleared(run, vars, List.of("/var/cache/apk"))) return null;
            return "'apk add' without --no-cache keeps the package index in /var/cache/apk in this layer; use 'apk add --no-cache'";
        }
        if ((c.is("yum") || c.is("dnf") || c.is("microdnf") || c.is("zypper") || c.is("tdnf")) && sub != null && RPM_INSTALLS.contains(sub)) {
            if (c.is("zypper") && !Set.of("install", "in", "update", "up", "dist-upgrade", "dup").contains(sub)) return null;
            String cache = c.is("yum") ? "/var/cache/yum" : c.is("zypper") ? "/var/cache/zypp" : c.is("tdnf") ? "/var/cache/tdnf" : "/var/cache/dnf";
            if (cleared(run, vars, List.of(cache)) || cleans(run, c.name())) return null;
            if (c.is("microdnf") && cleans(run, "dnf")) return null;
            String clean = c.is("zypper") ? "zypper clean -a" : c.name() + " clean all";
            return "'" + c.name() + " " + sub + "' without '" + clean + "' in the same RUN keeps its metadata and package cache ("
                    + cache + ") in this layer; add '&& " + clean + "'";
        }
        if (c.is("npm") && sub != null && Set.of("install", "i", "ci", "add").contains(sub)) {
            if (cleared(run, vars, List.of(home + "/.npm", "/root/.npm")) || npmCacheClean(run) || defined(vars, "npm_config_cache")
                    || defined(vars, "NPM_CONFIG_CACHE")) return null;
            return "'npm " + sub + "' keeps npm's cache (~/.npm) in this layer; add '&& npm cache clean --force' or a cache mount on /root/.npm";
        }
        // Bare 'yarn' installs; 'yarn --version' does not.
        boolean yarnInstalls = sub == null ? !c.hasFlag("--version", "-v", "--help", "-h")
                : Set.of("install", "add").contains(sub) || ("global".equals(sub) && c.args().contains("add"));
        if (c.is("yarn") && yarnInstalls) {
            if (yarnBerry(c) || cleared(run, vars, List.of("/usr/local/share/.cache/yarn", home + "/.cache/yarn", home + "/.yarn/berry/cache"))
                    || invokesSub(run, "yarn", "cache") || defined(vars, "YARN_CACHE_FOLDER")) return null;
            return "'yarn" + (sub == null ? "" : " " + sub) + "' keeps yarn's cache in this layer; add '&& yarn cache clean' or a cache mount";
        }
        if ((c.is("conda") || c.is("mamba") || c.is("micromamba")) && sub != null
                && Set.of("install", "create", "update", "env").contains(sub)) {
            if (c.is("conda") && "env".equals(sub) && !c.args().contains("create") && !c.args().contains("update")) return null;
            if (condaCleans(run) || cleared(run, vars, List.of("/opt/conda/pkgs")) || removesDirNamed(run, vars, "pkgs")) return null;
            return "'" + c.name() + " " + sub + "' keeps downloaded packages (pkgs/) in this layer; add '&& " + c.name() + " clean -afy'";
        }
        return null;
    }

    /**
     * Every package operand is a local wheel or source archive ({@code ./x.whl}, {@code dist/*.whl},
     * {@code x.whl[all]}): pip reads it from disk and does not put it in its HTTP cache. The operands are
     * taken after pip's own subcommand ({@code python -m pip install x.whl}).
     */
    private static boolean localOnly(ShellCommand c) {
        List<String> args = c.args();
        int install = args.indexOf("install");
        if (install < 0) return false;
        List<String> ops = new java.util.ArrayList<>();
        for (String a : args.subList(install + 1, args.size())) if (!a.startsWith("-")) ops.add(a);
        if (ops.isEmpty() || c.hasFlag("-r", "--requirement", "-e", "--editable")) return false;
        for (String o : ops) {
            String path = o.replaceFirst("\\[[^\\]]*]$", "");
            boolean file = path.endsWith(".whl") || path.endsWith(".tar.gz") || path.endsWith(".zip");
            if (!file || path.contains("://")) return false;
        }
        return true;
    }

    private static boolean yarnBerry(ShellCommand c) {
        // Yarn 2+ flags; its cache lives in the project (.yarn/cache) by design.
        return c.hasFlag("--immutable", "--immutable-cache", "--mode");
    }

    private static SizeSaving saving(ShellCommand c) {
        if (!isPipInstall(c)) {
            if (c.is("npm") && !c.operands().isEmpty() && Set.of("lodash", "express").containsAll(c.operands())) {
                return new SizeSaving(3_712_064L, false, "measured", "npm cache after 'npm install lodash express', one build, 2026-11");
            }
            return null;
        }
        String best = null;
        for (String p : c.operands()) {
            String name = p.replaceFirst("[=<>~!\\[;].*$", "").toLowerCase(java.util.Locale.ROOT);
            if (PIP_MEASURED.containsKey(name) && (best == null || PIP_MEASURED.get(name) > PIP_MEASURED.get(best))) best = name;
        }
        return best == null ? null : new SizeSaving(PIP_MEASURED.get(best), false, "measured",
                "pip cache after 'pip install " + best + "', one build, 2026-11");
    }

    private static boolean defined(Variables vars, String name) {
        return vars != null && vars.isDefined(name) && vars.get(name) != null && !vars.get(name).isEmpty();
    }

    /** True when the RUN removes one of the folders, or a cache/tmpfs mount covers one (or their parent .cache). */
    private static boolean cleared(RunView run, Variables vars, List<String> dirs) {
        for (String d : dirs) {
            if (d == null) continue;
            if (run.hasCacheMount(d) || run.removes(d)) return true;
            // rm -rf ~/.cache/pip, $HOME/.npm, ${CONDA_DIR}/pkgs: compare with variables expanded.
            for (String r : Additions.removedPaths(run, null, vars)) if (Layers.covers(r, d)) return true;
            String suffix = d.startsWith("/root/") ? d.substring("/root".length()) : null;
            if (suffix != null) {
                for (String r : Additions.removedPaths(run, null, vars)) if (r.startsWith("/home/") && Layers.covers(r, "/home/"
                        + r.split("/")[2] + suffix)) return true;
            }
        }
        // A mount on the same cache under another home (/home/app/.cache/pip, /home/app/.cache).
        for (Mount m : run.mounts()) {
            if (!m.type().equals("cache") && !m.type().equals("tmpfs")) continue;
            String t = m.target() == null ? "" : m.target().replaceAll("/+$", "");
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
    private static boolean removesDirNamed(RunView run, Variables vars, String name) {
        for (String r : Additions.removedPaths(run, null, vars)) {
            String clean = r.endsWith("/*") ? r.substring(0, r.length() - 2) : r;
            if (clean.endsWith("/" + name)) return true;
        }
        return false;
    }

    private static boolean invokesSub(RunView run, String name, String sub) {
        for (ShellCommand c : run.commands()) if (c.is(name) && sub.equals(c.subcommand())) return true;
        return false;
    }

    private static boolean cleans(RunView run, String tool) {
        for (ShellCommand c : run.commands()) {
            if (!c.is(tool)) continue;
            String sub = c.subcommand();
            if ("clean".equals(sub) || "cc".equals(sub) || "clean-all".equals(sub)) return true;
        }
        return false;
    }

    private static boolean npmCacheClean(RunView run) {
        for (ShellCommand c : run.commands()) if (c.is("npm") && "cache".equals(c.subcommand()) && c.args().contains("clean")) return true;
        return false;
    }

    private static boolean condaCleans(RunView run) {
        for (ShellCommand c : run.commands()) {
            if ((c.is("conda") || c.is("mamba") || c.is("micromamba")) && "clean".equals(c.subcommand())
                    && (c.hasFlag("-a", "--all") || c.hasFlag("-p", "--packages") || c.hasFlag("-t", "--tarballs"))) return true;
        }
        return false;
    }
}
