package dev.imgslim.rules.buildkit;

import dev.imgslim.rules.Rule;

import java.util.List;

/** BuildKit's build checks ({@code docker build --check}), IS5xx, in code order. */
public final class BuildKitChecks {
    private BuildKitChecks() {}

    public static List<Rule> all() {
        return List.of();
    }
}
