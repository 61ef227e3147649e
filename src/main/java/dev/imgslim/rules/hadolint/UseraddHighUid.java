package dev.imgslim.rules.hadolint;

import dev.imgslim.build.ImageReference;
import dev.imgslim.rules.FindingSink;
import dev.imgslim.rules.Node;
import dev.imgslim.rules.Reach;
import dev.imgslim.rules.RunView;
import dev.imgslim.rules.SizeSaving;
import dev.imgslim.script.ShellCommand;
import dev.imgslim.syntax.Run;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * {@code useradd -u 123456789 app} without {@code -l}/{@code --no-log-init}: shadow's useradd before 4.13
 * writes {@code /var/log/lastlog} and {@code /var/log/faillog} up to the UID's slot; sparse on disk, but a
 * layer tar stores the full apparent size. Measured (facts §8): on Debian bullseye (passwd 4.8.1) the layer
 * is (UID + 1) × 324 B, 40 GB for UID 123,456,789; on bookworm (passwd 4.13) it is 0 bytes.
 *
 * <p>Deliberately not flagged: UIDs up to 99,999 (hadolint's threshold), stages that do not ship, bases
 * known to carry passwd 4.13 or newer (Debian bookworm/trixie, Ubuntu 24.04+), and UIDs given by variables.
 * A saving is attached only when the base is known to carry an older passwd (Debian bullseye/buster, Ubuntu
 * 20.04/22.04); for other bases the message gives the formula.
 */
public final class UseraddHighUid extends ShellRunRule implements Reach.ShippingOnly {
    /** Compiled once, not on every call (String.matches, replaceFirst and split compile their pattern each time). */
    private static final Pattern NEW_DEBIAN = Pattern.compile("(?i)library/debian:(12|13).*");

    private static final Pattern NEW_UBUNTU = Pattern.compile("(?i)library/ubuntu:2[4-9].*");
    private static final Pattern OLD_DEBIAN = Pattern.compile("(?i)library/debian:(9|10|11)(\\..*)?(-.*)?");
    private static final Pattern NEW_PASSWD =
            Pattern.compile("(?i).*(bookworm|trixie|forky|noble|oracular|plucky|questing).*");
    private static final Pattern OLD_PASSWD = Pattern.compile("(?i).*(bullseye|buster|stretch|jammy|focal|bionic).*");

    @Override
    void check(RunView run, Node<Run> node, FindingSink out) {
        List<ShellCommand> useradds = run.commands("useradd");
        if (useradds.isEmpty()) return; // most RUNs: the base image's passwd is not worth working out
        ImageReference root = node.stage().rootImage();
        String base = root == null ? "" : root.path() + ":" + (root.tag() == null ? "" : root.tag());
        if (NEW_PASSWD.matcher(base).matches()
                || NEW_DEBIAN.matcher(base).matches()
                || NEW_UBUNTU.matcher(base).matches()) return;
        boolean old = OLD_PASSWD.matcher(base).matches()
                || OLD_DEBIAN.matcher(base).matches()
                || base.matches("(?i)library/ubuntu:(18|20|22)\\..*");
        for (ShellCommand c : useradds) {
            if (c.hasFlag("-l", "--no-log-init")) continue;
            long uid = uid(c.args()).orElse(0L);
            if (uid <= 99_999L) continue;
            long bytes = (uid + 1) * 324L;
            SizeSaving saving = old
                    ? new SizeSaving(
                            bytes,
                            false,
                            "estimate",
                            "(UID + 1) x 324 B of lastlog/faillog, measured on Debian bullseye passwd 4.8.1 (facts 8)")
                    : null;
            out.report(
                    run.span(c),
                    "useradd with UID " + uid + " and without '-l': with passwd before 4.13 the layer"
                            + " stores lastlog/faillog at full size, about " + human(bytes)
                            + " here (measured on bullseye;"
                            + " 0 bytes on bookworm's passwd 4.13); add '-l' (--no-log-init)",
                    saving);
        }
    }

    /** The UID given with {@code -u}/{@code --uid}, when it is a literal number. */
    static Optional<Long> uid(List<String> args) {
        for (int i = 0; i < args.size(); i++) {
            String a = args.get(i);
            String v = null;
            if ((a.equals("-u") || a.equals("--uid")) && i + 1 < args.size()) v = args.get(i + 1);
            else if (a.startsWith("--uid=")) v = a.substring(6);
            else if (a.startsWith("-u") && a.length() > 2 && Character.isDigit(a.charAt(2))) v = a.substring(2);
            if (v != null && v.matches("\\d{1,18}")) return Optional.of(Long.parseLong(v));
        }
        return Optional.empty();
    }

    static String human(long bytes) {
        if (bytes >= 1_000_000_000L) return String.format(Locale.ROOT, "%.1f GB", bytes / 1e9);
        return String.format(Locale.ROOT, "%.0f MB", bytes / 1e6);
    }
}
