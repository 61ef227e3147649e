package dev.imgslim.rules.buildkit;

import dev.imgslim.build.ImageReference;

import java.util.regex.Pattern;

/** Whether a FROM value is a valid image reference, as distribution/reference's ParseNormalizedNamed decides. */
final class ImageRefs {
    private static final String COMPONENT = "[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*";
    private static final String DOMAIN_PART = "(?:[a-zA-Z0-9]|[a-zA-Z0-9][a-zA-Z0-9-]*[a-zA-Z0-9])";
    private static final String DOMAIN = "(?:" + DOMAIN_PART + "(?:\\." + DOMAIN_PART + ")*|\\[[a-fA-F0-9:]+\\])(?::[0-9]+)?";
    private static final String TAG = "[\\w][\\w.-]{0,127}";
    private static final String DIGEST = "[A-Za-z][A-Za-z0-9]*(?:[-_+.][A-Za-z][A-Za-z0-9]*)*:[0-9a-fA-F]{32,}";
    private static final Pattern WITH_DOMAIN = Pattern.compile(
            "^" + DOMAIN + "/" + COMPONENT + "(?:/" + COMPONENT + ")*(?::" + TAG + ")?(?:@" + DIGEST + ")?$");
    private static final Pattern HUB = Pattern.compile(
            "^" + COMPONENT + "(?:/" + COMPONENT + ")*(?::" + TAG + ")?(?:@" + DIGEST + ")?$");
    private static final Pattern HEX64 = Pattern.compile("^[a-f0-9]{64}$");

    private ImageRefs() {}

    static boolean isValid(String ref) {
        try {
            ImageReference.parse(ref);
            return true;
        } catch (UnsupportedOperationException notYet) {
            return fallback(ref);
        } catch (RuntimeException invalid) {
            return false;
        }
    }

    /** Used until {@link ImageReference#parse} is available: the reference grammar alone. */
    private static boolean fallback(String ref) {
        if (ref.isEmpty() || HEX64.matcher(ref).matches()) return false;
        int slash = ref.indexOf('/');
        if (slash > 0) {
            String first = ref.substring(0, slash);
            boolean domain = first.contains(".") || first.contains(":") || first.equals("localhost")
                    || !first.equals(first.toLowerCase(java.util.Locale.ROOT));
            if (domain) return WITH_DOMAIN.matcher(ref).matches();
        }
        return HUB.matcher(ref).matches();
    }
}
