package dev.imgslim.shell;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The variables a word is expanded against: build args and ENV values in scope.
 *
 * <p>Names are matched case-sensitively, as BuildKit does on Linux. A variable that is set to the
 * empty string is <em>set</em> ({@code get} returns {@code ""}); only {@code null} means unset. The
 * difference matters for {@code ${V-w}} versus {@code ${V:-w}} and for the {@code undefined-var} rule.
 */
public interface Env {

    /** The value of {@code name}, or {@code null} when it is unset. */
    String get(String name);

    /** Every name that is set, for suggestions such as "did you mean ...". */
    Set<String> names();

    /** An environment where nothing is set. */
    static Env empty() {
        return MapEnv.EMPTY;
    }

    /** A snapshot of {@code values}; later changes to the map are not seen. */
    static Env of(Map<String, String> values) {
        return new MapEnv(values);
    }

    /**
     * Builds an environment from {@code KEY=value} entries, as a container's environment is written.
     * An entry without {@code =} sets the key to the empty string; a later entry for the same key wins.
     */
    static Env fromEntries(List<String> entries) {
        return MapEnv.fromEntries(entries);
    }
}
