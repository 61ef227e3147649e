package dev.imgslim.build;

import java.util.regex.Pattern;

/**
 * The image reference grammar of Docker's distribution/reference package, as Java regular
 * expressions. Kept apart from {@link ImageReference} so the grammar reads as one piece:
 *
 * <pre>
 * reference      := name [ ":" tag ] [ "@" digest ]
 * name           := [ domain "/" ] remote-name
 * domain         := host [ ":" port ]          host is a DNS-like name, an IPv4 address or [IPv6]
 * remote-name    := path-component ( "/" path-component )*
 * path-component := [a-z0-9]+ ( separator [a-z0-9]+ )*      separator is "." "_" "__" or "-"+
 * tag            := [A-Za-z0-9_][A-Za-z0-9_.-]{0,127}
 * digest         := algorithm ":" hex{32,}
 * </pre>
 */
final class ReferenceGrammar {

    private ReferenceGrammar() {}

    /** Longest allowed name (domain and path, without tag or digest). */
    static final int NAME_TOTAL_LENGTH_MAX = 255;

    /**
     * Longest reference Docker can accept: a 255-character name, {@code :} and a 128-character tag,
     * {@code @} and a sha512 digest ({@code sha512:} and 128 hex digits).
     */
    static final int REFERENCE_LENGTH_MAX = NAME_TOTAL_LENGTH_MAX + 1 + 128 + 1 + 7 + 128;

    private static final String ALPHANUMERIC = "[a-z0-9]+";
    private static final String SEPARATOR = "(?:[._]|__|[-]+)";
    private static final String PATH_COMPONENT = ALPHANUMERIC + "(?:" + SEPARATOR + ALPHANUMERIC + ")*";
    private static final String REMOTE_NAME = PATH_COMPONENT + "(?:/" + PATH_COMPONENT + ")*";

    private static final String DOMAIN_NAME_COMPONENT = "(?:[a-zA-Z0-9]|[a-zA-Z0-9][a-zA-Z0-9-]*[a-zA-Z0-9])";
    private static final String DOMAIN_NAME = DOMAIN_NAME_COMPONENT + "(?:\\." + DOMAIN_NAME_COMPONENT + ")*";
    /** Compressed or full IPv6 in brackets; zone ids and IPv4-mapped forms are deliberately not allowed. */
    private static final String IPV6_ADDRESS = "\\[(?:[a-fA-F0-9:]+)\\]";

    private static final String HOST = "(?:" + DOMAIN_NAME + "|" + IPV6_ADDRESS + ")";
    private static final String DOMAIN_AND_PORT = HOST + "(?::[0-9]+)?";

    private static final String NAME = "(?:" + DOMAIN_AND_PORT + "/)?" + REMOTE_NAME;
    private static final String TAG = "[A-Za-z0-9_][A-Za-z0-9_.-]{0,127}";
    private static final String DIGEST = "[A-Za-z][A-Za-z0-9]*(?:[-_+.][A-Za-z][A-Za-z0-9]*)*:[0-9a-fA-F]{32,}";

    /** Groups: 1 name, 2 tag (or null), 3 digest (or null). */
    static final Pattern REFERENCE = Pattern.compile("^(" + NAME + ")(?::(" + TAG + "))?(?:@(" + DIGEST + "))?$");

    /** Groups: 1 domain (or null), 2 path. */
    static final Pattern ANCHORED_NAME = Pattern.compile("^(?:(" + DOMAIN_AND_PORT + ")/)?(" + REMOTE_NAME + ")$");

    /**
     * The patterns only a rare reference or an error message needs, compiled when first used: compiling all
     * six patterns up front was ~3 % of a one-file lint's main thread.
     */
    static final class Rare {
        private Rare() {}

        static final Pattern ANCHORED_TAG = Pattern.compile("^" + TAG + "$");

        static final Pattern ANCHORED_DIGEST = Pattern.compile("^" + DIGEST + "$");

        /** A bare 64-hex image id, which Docker refuses to read as a repository name. */
        static final Pattern IDENTIFIER = Pattern.compile("^[a-f0-9]{64}$");

        /** go-digest's general digest shape, used to tell a malformed digest from an unknown algorithm. */
        static final Pattern GENERAL_DIGEST = Pattern.compile("^[a-z0-9]+(?:[.+_-][a-z0-9]+)*:[a-zA-Z0-9=_-]+$");
    }
}
