package dev.imgslim.rules.hadolint;

import dev.imgslim.config.Severity;
import dev.imgslim.rules.Category;
import dev.imgslim.rules.RuleMeta;
import dev.imgslim.script.PackageManager;
import dev.imgslim.script.PackageOperation;
import java.util.Set;

/**
 * {@code go install example.com/tool@latest} (or {@code @master}, {@code @main}, {@code @HEAD}): a moving
 * version. Deliberately not flagged: {@code go install pkg} without {@code @}, which in module mode takes
 * the version from go.mod (a pin we cannot see), and local packages ({@code ./cmd/...}).
 */
public final class GoInstallUnpinned extends UnpinnedPackages {
    public static final RuleMeta META = new RuleMeta(
                    "IS611", "go-install-unpinned", Severity.WARNING, Category.STYLE, "Pin versions in go install")
            .withAliases("DL3062");
    private static final Set<String> MOVING = Set.of("latest", "master", "main", "head", "upgrade", "patch");

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    boolean isInstall(PackageOperation op) {
        return op.manager() == PackageManager.GO && op.is("install");
    }

    @Override
    boolean pinned(String p) {
        int at = p.lastIndexOf('@');
        return at < 0 || !MOVING.contains(p.substring(at + 1).toLowerCase(java.util.Locale.ROOT));
    }

    @Override
    String howTo() {
        return "'go install <module>@<version>' with a fixed version";
    }
}
