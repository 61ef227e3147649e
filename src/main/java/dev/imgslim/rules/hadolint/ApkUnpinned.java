package dev.imgslim.rules.hadolint;

import dev.imgslim.rules.Category;
import dev.imgslim.rules.RuleMeta;
import dev.imgslim.config.Severity;
import dev.imgslim.script.ShellCommand;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * {@code apk add curl} without {@code curl=<version>} (or {@code ~=}, {@code >=}...). Not flagged: the name
 * after {@code --virtual}/{@code -t} (a virtual package the command creates), local {@code .apk} files,
 * repository URLs after {@code -X}/{@code --repository}, and variables.
 */
public final class ApkUnpinned extends UnpinnedPackages {
    public static final RuleMeta META = new RuleMeta("IS609", "apk-unpinned", Severity.WARNING, Category.STYLE,
            "Pin versions in apk add").withAliases("DL3018");
    private static final Set<String> VALUED = Set.of("-t", "--virtual", "-X", "--repository", "-p", "--root",
            "--arch", "--cache-dir", "--keys-dir", "--repositories-file");

    @Override public RuleMeta meta() { return META; }

    @Override boolean isInstall(ShellCommand c) { return c.is("apk") && "add".equals(c.subcommand()); }

    @Override List<ShellCommand.Word> packages(ShellCommand c) {
        List<ShellCommand.Word> out = new ArrayList<>();
        List<ShellCommand.Word> words = c.argWords();
        boolean seenSub = false;
        for (int i = 0; i < words.size(); i++) {
            String a = words.get(i).value();
            if (a.startsWith("-")) {
                if (VALUED.contains(a)) i++;
                continue;
            }
            if (!seenSub) { seenSub = true; continue; }
            out.add(words.get(i));
        }
        return out;
    }

    @Override boolean pinned(String p) {
        return p.contains("=") || p.contains(">") || p.contains("<") || p.endsWith(".apk") || localOrUrl(p);
    }

    @Override String howTo() { return "'apk add <package>=<version>'"; }
}
