package dev.imgslim.rules.hadolint;

import dev.imgslim.rules.Category;
import dev.imgslim.rules.RuleMeta;
import dev.imgslim.config.Severity;
import dev.imgslim.script.ShellCommand;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * {@code pip install flask} without a version specifier ({@code flask==3.0}, {@code >=}, {@code ~=}, {@code @ url}).
 * Covers {@code pip}, {@code pip3}, {@code pip3.12} and {@code python -m pip}. Not flagged: requirement and
 * constraint files ({@code -r}, {@code -c}), editable installs ({@code -e}), local paths, archives, VCS URLs,
 * variables, and {@code pip install --upgrade pip setuptools wheel} (upgrading the installer itself, where
 * hadolint's users report this check as noise).
 */
public final class PipUnpinned extends UnpinnedPackages {
    public static final RuleMeta META = new RuleMeta("IS607", "pip-unpinned", Severity.WARNING, Category.STYLE,
            "Pin versions in pip install").withAliases("DL3013");
    private static final Set<String> VALUED = Set.of("-r", "--requirement", "-c", "--constraint", "-e", "--editable",
            "-i", "--index-url", "--extra-index-url", "-f", "--find-links", "-t", "--target", "--prefix", "--root",
            "--trusted-host", "--platform", "--python-version", "--implementation", "--abi", "--src", "--progress-bar",
            "--log", "--cache-dir", "--upgrade-strategy", "--global-option", "--install-option", "--no-binary",
            "--only-binary", "--config-settings", "-C", "--python", "--report", "--proxy", "--timeout", "--retries", "--cert",
            "--client-cert", "--exists-action", "--use-feature", "--use-deprecated");
    private static final Set<String> TOOLING = Set.of("pip", "setuptools", "wheel");

    @Override public RuleMeta meta() { return META; }

    @Override boolean isInstall(ShellCommand c) {
        return isPip(c) && "install".equals(pipArgs(c).stream().filter(a -> !a.startsWith("-")).findFirst().orElse(null));
    }

    static boolean isPip(ShellCommand c) {
        if (c.name().matches("pip[0-9.]*")) return true;
        return c.name().matches("python[0-9.]*") && c.args().size() >= 2 && c.args().get(0).equals("-m") && c.args().get(1).equals("pip");
    }

    private static List<String> pipArgs(ShellCommand c) {
        return c.name().startsWith("python") ? c.args().subList(2, c.args().size()) : c.args();
    }

    @Override boolean commandPinned(ShellCommand c) {
        return false;
    }

    @Override List<ShellCommand.Word> packages(ShellCommand c) {
        List<ShellCommand.Word> words = c.argWords();
        int from = c.name().startsWith("python") ? 2 : 0;
        boolean upgrade = c.hasFlag("-U", "--upgrade");
        List<ShellCommand.Word> out = new ArrayList<>();
        boolean seenSub = false;
        for (int i = from; i < words.size(); i++) {
            String a = words.get(i).value();
            if (a.startsWith("-")) {
                if (VALUED.contains(a)) i++;
                continue;
            }
            if (!seenSub) { seenSub = true; continue; }
            if (upgrade && TOOLING.contains(a.toLowerCase(Locale.ROOT))) continue;
            out.add(words.get(i));
        }
        return out;
    }

    @Override boolean pinned(String p) {
        return p.contains("=") || p.contains(">") || p.contains("<") || p.contains("@") || p.contains("/")
                || p.startsWith(".") || p.endsWith(".whl") || p.endsWith(".tar.gz") || p.endsWith(".zip") || localOrUrl(p);
    }

    @Override String howTo() { return "'pip install <package>==<version>' or a requirements file"; }
}
