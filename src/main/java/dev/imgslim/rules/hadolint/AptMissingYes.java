package dev.imgslim.rules.hadolint;

import dev.imgslim.rules.Node;
import dev.imgslim.script.PackageManager;
import dev.imgslim.script.PackageOperation;
import dev.imgslim.syntax.Run;
import java.util.Locale;

/**
 * {@code apt-get install} without {@code -y}/{@code --yes}/{@code --assume-yes}. Not flagged: {@code -qq}
 * (which implies {@code -y}), {@code -o APT::Get::Assume-Yes=true}, and files whose earlier instructions
 * write {@code APT::Get::Assume-Yes} into apt's configuration.
 */
public final class AptMissingYes extends MissingYes {
    public AptMissingYes() {
        super(PackageManager.APT_GET, "-y");
    }

    @Override
    boolean prompts(PackageOperation op) {
        return op.manager() == PackageManager.APT_GET && op.is("install");
    }

    @Override
    boolean answered(PackageOperation op) {
        if (op.hasOption("-y", "--yes", "--assume-yes", "-qq", "-q=2")
                || op.optionValues("--quiet").contains("2")) return true;
        for (PackageOperation.Option o : op.options()) {
            String set = (o.name() + "=" + o.value()).toLowerCase(Locale.ROOT);
            if (set.contains("assume-yes=true") || set.contains("assume-yes=1")) return true;
        }
        return op.options().stream().filter(o -> o.name().equals("-q")).count() >= 2;
    }

    /** Whether the file configures apt to assume yes ({@code APT::Get::Assume-Yes}), looked up once per file. */
    private record AssumeYesConfigured(boolean value) {}

    @Override
    boolean skips(Node<Run> node) {
        // Only a RUN with an apt-get install can be judged (the others are skipped or not alike), so the file's
        // text is searched only for one of those (the search per file was 0.9 % of a 10,000-file lint's CPU).
        boolean prompting = false;
        for (PackageOperation op : node.run().packageOperations()) prompting |= prompts(op);
        if (!prompting) return false;
        var ctx = node.context();
        // get-or-share rather than ctx.shared with a lambda: see LintContext.sharedOrNull (start-up)
        AssumeYesConfigured configured = ctx.sharedOrNull(AssumeYesConfigured.class);
        if (configured == null)
            configured = ctx.share(
                    AssumeYesConfigured.class,
                    new AssumeYesConfigured(ctx.file().source().text().contains("Assume-Yes")));
        return configured.value();
    }
}
