package dev.imgslim.report;

import java.nio.charset.StandardCharsets;

/**
 * File names as SARIF artifact URIs. SARIF wants RFC 3986 URI references, and GitHub code scanning
 * resolves relative ones against the checkout ({@code %SRCROOT%}): so backslashes become '/', "./" is
 * dropped, and anything outside the unreserved set is percent-encoded as UTF-8 ("café" → "caf%C3%A9",
 * and ':' too, which would otherwise read as a URI scheme).
 */
final class SarifUris {
    private SarifUris() {}

    static final String SRCROOT = "%SRCROOT%";

    /** True for names that cannot be made relative to the source root (/abs, C:\abs, \\server\share). */
    static boolean isAbsolute(String file) {
        String f = file.replace('\\', '/');
        return f.startsWith("/")
                || (f.length() >= 3 && Character.isLetter(f.charAt(0)) && f.charAt(1) == ':' && f.charAt(2) == '/');
    }

    /** The uri to write: relative names as a relative reference, absolute ones as a file: URI. */
    static String uri(String file) {
        String f = file.replace('\\', '/');
        if (isAbsolute(file)) {
            if (f.startsWith("//")) return "file:" + encode(f); // UNC: file://server/share/…
            return "file://" + (f.startsWith("/") ? "" : "/") + encode(f);
        }
        while (f.startsWith("./")) f = f.substring(2);
        return encode(f);
    }

    private static String encode(String path) {
        StringBuilder sb = new StringBuilder();
        for (byte b : path.getBytes(StandardCharsets.UTF_8)) {
            int c = b & 0xff;
            boolean keep = (c >= 'a' && c <= 'z')
                    || (c >= 'A' && c <= 'Z')
                    || (c >= '0' && c <= '9')
                    || c == '-'
                    || c == '.'
                    || c == '_'
                    || c == '~'
                    || c == '/';
            if (keep) sb.append((char) c);
            else
                sb.append('%')
                        .append(Character.toUpperCase(Character.forDigit(c >> 4, 16)))
                        .append(Character.toUpperCase(Character.forDigit(c & 0xf, 16)));
        }
        return sb.toString();
    }
}
