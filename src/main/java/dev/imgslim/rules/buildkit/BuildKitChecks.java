package dev.imgslim.rules.buildkit;

import dev.imgslim.rules.Rule;
import java.util.List;

/** BuildKit's build checks ({@code docker build --check}), IS5xx, in code order. */
public final class BuildKitChecks {
    private BuildKitChecks() {}

    public static List<Rule> all() {
        return List.of(
                new StageNameCasing(),
                new FromAsCasing(),
                new NoEmptyContinuation(),
                new ConsistentInstructionCasing(),
                new DuplicateStageName(),
                new ReservedStageName(),
                new JsonArgsRecommended(),
                new MaintainerDeprecated(),
                new UndefinedArgInFrom(),
                new WorkdirRelativePath(),
                new UndefinedVar(),
                new MultipleInstructionsDisallowed(),
                new LegacyKeyValueFormat(),
                new RedundantTargetPlatform(),
                new SecretsUsedInArgOrEnv(),
                new InvalidDefaultArgInFrom(),
                new FromPlatformFlagConstDisallowed(),
                new ExposeProtoCasing(),
                new ExposeInvalidFormat());
    }
}
