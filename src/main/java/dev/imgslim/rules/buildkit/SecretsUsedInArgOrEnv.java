package dev.imgslim.rules.buildkit;

import dev.imgslim.rules.FindingSink;
import dev.imgslim.rules.Node;
import dev.imgslim.rules.NodeRule;
import dev.imgslim.syntax.Arg;
import dev.imgslim.syntax.Env;
import dev.imgslim.syntax.Instruction;
import dev.imgslim.syntax.KeyValue;
import dev.imgslim.syntax.Word;
import java.util.regex.Pattern;

/**
 * BuildKit's SecretsUsedInArgOrEnv: an ARG or ENV whose name has a secret-sounding word as a whole
 * {@code _}-separated part ({@code apikey}, {@code auth}, {@code credential(s)}, {@code key},
 * {@code password}, {@code pword}, {@code passwd}, {@code secret}, {@code token}), unless a part is
 * {@code public}, {@code file} or {@code version}. ARG values end up in the image history and ENV values
 * in the image config; use {@code RUN --mount=type=secret}.
 *
 * <p>Deliberately not flagged, as in BuildKit: ARGs before the first FROM (BuildKit only checks ARGs it
 * dispatches in a stage), names where the word is only part of a longer word ({@code MONKEY},
 * {@code KEYRING}), and values (only names are judged).
 */
public final class SecretsUsedInArgOrEnv extends NodeRule<Instruction> {
    private static final Pattern DENY = Pattern.compile(
            "(?i)(?:_|^)(?:apikey|auth|credential|credentials|key|password|pword|passwd|secret|token)(?:_|$)");
    private static final Pattern ALLOW = Pattern.compile("(?i)(?:_|^)(?:public|file|version)(?:_|$)");
    /** Public key fingerprints used to verify downloads, not secrets. */
    private static final Pattern SIGNING_KEY_ID = Pattern.compile("(?i)^(?:gpg|pgp)_keys?$");

    /**
     * A part of every word {@link #DENY} names (apikey has key, credentials credential, password and passwd
     * pass): a name with none of them is no secret's, without running the patterns (asked of every ARG and
     * ENV name; the patterns were 0.5 % of a 10,000-file lint's CPU, 2026-12-06). Lower-cased as a whole, a
     * name still holds the ASCII letters the patterns' ASCII case folding matches, so nothing is missed.
     */
    private static final String[] DENY_PARTS = {"key", "auth", "credential", "pass", "pword", "secret", "token"};

    static boolean isSecretName(String key) {
        return mayNameSecret(key)
                && DENY.matcher(key).find()
                && !ALLOW.matcher(key).find()
                && !SIGNING_KEY_ID.matcher(key).matches();
    }

    private static boolean mayNameSecret(String key) {
        String lower = key.toLowerCase(java.util.Locale.ROOT);
        for (String part : DENY_PARTS) if (lower.contains(part)) return true;
        return false;
    }

    @Override
    public void visit(Node<Instruction> node, FindingSink out) {
        if (node.stage() == null) return; // ARGs before the first FROM: BuildKit does not check them
        if (node.value() instanceof Arg arg) {
            for (Arg.Declaration d : arg.declarations()) check("ARG", d.name(), out);
        } else if (node.value() instanceof Env env) {
            for (KeyValue kv : env.pairs()) check("ENV", kv.key(), out);
        }
    }

    private static void check(String kind, Word key, FindingSink out) {
        if (!isSecretName(key.text())) return;
        out.report(
                key.span(),
                "Do not use ARG or ENV instructions for sensitive data (" + kind + " " + Bk.quote(key.text()) + ")");
    }
}
