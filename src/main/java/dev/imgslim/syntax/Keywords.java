package dev.imgslim.syntax;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * One shared String per instruction keyword as it is usually written ({@code RUN}, {@code run}): a large
 * file would otherwise hold a copy of its keyword for every instruction.
 */
final class Keywords {
    private static final Map<String, String> CANONICAL = new HashMap<>();

    static {
        for (String k : new String[] {
            "ADD",
            "ARG",
            "CMD",
            "COPY",
            "ENTRYPOINT",
            "ENV",
            "EXPOSE",
            "FROM",
            "HEALTHCHECK",
            "LABEL",
            "MAINTAINER",
            "ONBUILD",
            "RUN",
            "SHELL",
            "STOPSIGNAL",
            "USER",
            "VOLUME",
            "WORKDIR"
        }) {
            CANONICAL.put(k, k);
            String lower = k.toLowerCase(Locale.ROOT);
            CANONICAL.put(lower, lower);
        }
    }

    private Keywords() {}

    /** The shared copy of {@code keyword} when it is a known keyword in upper or lower case, else itself. */
    static String canonical(String keyword) {
        return CANONICAL.getOrDefault(keyword, keyword);
    }
}
