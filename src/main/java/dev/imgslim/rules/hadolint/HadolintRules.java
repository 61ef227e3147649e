package dev.imgslim.rules.hadolint;

import dev.imgslim.rules.Rule;
import java.util.List;

/** hadolint's checks not covered elsewhere (IS6xx), each with its DL code as an alias, in code order. */
public final class HadolintRules {
    private HadolintRules() {}

    public static List<Rule> all() {
        return List.of(
                new LastUserRoot(),
                new CdInRun(),
                new SudoInRun(),
                new UntaggedImage(),
                new LatestTag(),
                new AptUnpinned(),
                new PipUnpinned(),
                new NpmUnpinned(),
                new ApkUnpinned(),
                new GemUnpinned(),
                new GoInstallUnpinned(),
                new YumUnpinned(),
                new DnfUnpinned(),
                new ZypperUnpinned(),
                new AptMissingYes(),
                new YumMissingYes(),
                new DnfMissingYes(),
                new ZypperMissingYes(),
                new AptInsteadOfAptGet(),
                new ZypperDistUpgrade(),
                new AddInsteadOfCopy(),
                new CopyMultipleSourcesDest(),
                new CopyFromUndefined(),
                new CopyFromSelf(),
                new UntrustedRegistry(),
                new OnbuildForbiddenTrigger(),
                new EnvSelfReference(),
                new RelativeCopyWithoutWorkdir(),
                new UseraddHighUid(),
                new WgetWithoutProgress(),
                new InstructionOrder(),
                new CopyWholeFilesystem(),
                new PortOutOfRange(),
                new MultipleHealthcheck(),
                new PointlessCommand(),
                new WgetAndCurl(),
                new ShellChangeInRun(),
                new PipeWithoutPipefail(),
                new CopyArchiveThenExtract(),
                new LabelInvalidKey(),
                new LabelMissing(),
                new LabelNotInSchema(),
                new LabelEmpty(),
                new LabelInvalidUrl(),
                new LabelInvalidRfc3339(),
                new LabelInvalidSpdx(),
                new LabelInvalidGitHash(),
                new LabelInvalidSemver(),
                new LabelInvalidEmail(),
                new FromPlatformFlag(),
                new HealthcheckMissing(),
                new UserNotNumeric(),
                new InlineIgnorePragma(),
                new LabelKeyStrict());
    }
}
