package dev.imgslim.rules.hadolint;

import dev.imgslim.rules.Category;
import dev.imgslim.rules.RuleMeta;
import dev.imgslim.config.Severity;
import dev.imgslim.script.ShellCommand;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * {@code go install example.com/tool@latest} (or {@code @master}, {@code @main}, {@code @HEAD}): a moving
 * version. Deliberately not flagged: {@code go install pkg} without {@code @}, which in module mode takes
 * the version from go.mod (a pin we cannot see), and local packages ({@code ./cmd/...}).
 */
public final class GoInstallUnpinned extends UnpinnedPackages {
    public static final RuleMeta META = new RuleMeta("IS611", "go-install-unpinned", Severity.WARNING, Category.STYLE,
            "Pin versions in go install").withAliases("DL3062");
    private static final Set<String> MOVING = Set.of("latest", "master", "main", "head", "upgrade", "patch");
    private static final Set<String> VALUED = Set.of("-o", "-tags", "-ldflags", "-gcflags", "-p", "-mod", "-modfile", "-pkgdir", "-toolexec", "-asmflags", "-buildmode", "-compiler", "-installsuffix", "-overlay", "-pgo");

    @Override public RuleMeta meta() { return META; }

    @Override boolean isInstall(ShellCommand c) { return c.is("go") && "install".equals(c.subcommand()); }

    @Override List<ShellCommand.Word> packages(ShellCommand c) { return Support.operands(c, VALUED); }

    @Override boolean pinned(String p) {
        int at = p.lastIndexOf('@');
        return at < 0 || !MOVING.contains(p.substring(at + 1).toLowerCase(Locale.ROOT));
    }

    @Override String howTo() { return "'go install <module>@<version>' with a fixed version"; }
}
