package dev.imgslim.rules;

import dev.imgslim.rules.base.BuildImageInFinalStage;
import dev.imgslim.rules.base.FatBaseVariant;
import dev.imgslim.rules.base.MissingMultiStage;
import dev.imgslim.rules.buildkit.ConsistentInstructionCasing;
import dev.imgslim.rules.buildkit.DuplicateStageName;
import dev.imgslim.rules.buildkit.ExposeInvalidFormat;
import dev.imgslim.rules.buildkit.ExposeProtoCasing;
import dev.imgslim.rules.buildkit.FromAsCasing;
import dev.imgslim.rules.buildkit.FromPlatformFlagConstDisallowed;
import dev.imgslim.rules.buildkit.InvalidDefaultArgInFrom;
import dev.imgslim.rules.buildkit.JsonArgsRecommended;
import dev.imgslim.rules.buildkit.LegacyKeyValueFormat;
import dev.imgslim.rules.buildkit.MaintainerDeprecated;
import dev.imgslim.rules.buildkit.MultipleInstructionsDisallowed;
import dev.imgslim.rules.buildkit.NoEmptyContinuation;
import dev.imgslim.rules.buildkit.RedundantTargetPlatform;
import dev.imgslim.rules.buildkit.ReservedStageName;
import dev.imgslim.rules.buildkit.SecretsUsedInArgOrEnv;
import dev.imgslim.rules.buildkit.StageNameCasing;
import dev.imgslim.rules.buildkit.UndefinedArgInFrom;
import dev.imgslim.rules.buildkit.UndefinedVar;
import dev.imgslim.rules.buildkit.WorkdirRelativePath;
import dev.imgslim.rules.context.CopyFromUnfiltered;
import dev.imgslim.rules.context.CopyIgnoredFile;
import dev.imgslim.rules.context.DockerignoreMissing;
import dev.imgslim.rules.hadolint.AddInsteadOfCopy;
import dev.imgslim.rules.hadolint.ApkUnpinned;
import dev.imgslim.rules.hadolint.AptInsteadOfAptGet;
import dev.imgslim.rules.hadolint.AptMissingYes;
import dev.imgslim.rules.hadolint.AptUnpinned;
import dev.imgslim.rules.hadolint.CdInRun;
import dev.imgslim.rules.hadolint.CopyArchiveThenExtract;
import dev.imgslim.rules.hadolint.CopyFromSelf;
import dev.imgslim.rules.hadolint.CopyFromUndefined;
import dev.imgslim.rules.hadolint.CopyMultipleSourcesDest;
import dev.imgslim.rules.hadolint.CopyWholeFilesystem;
import dev.imgslim.rules.hadolint.DnfMissingYes;
import dev.imgslim.rules.hadolint.DnfUnpinned;
import dev.imgslim.rules.hadolint.EnvSelfReference;
import dev.imgslim.rules.hadolint.FromPlatformFlag;
import dev.imgslim.rules.hadolint.GemUnpinned;
import dev.imgslim.rules.hadolint.GoInstallUnpinned;
import dev.imgslim.rules.hadolint.HealthcheckMissing;
import dev.imgslim.rules.hadolint.InlineIgnorePragma;
import dev.imgslim.rules.hadolint.InstructionOrder;
import dev.imgslim.rules.hadolint.LabelEmpty;
import dev.imgslim.rules.hadolint.LabelInvalidEmail;
import dev.imgslim.rules.hadolint.LabelInvalidGitHash;
import dev.imgslim.rules.hadolint.LabelInvalidKey;
import dev.imgslim.rules.hadolint.LabelInvalidRfc3339;
import dev.imgslim.rules.hadolint.LabelInvalidSemver;
import dev.imgslim.rules.hadolint.LabelInvalidSpdx;
import dev.imgslim.rules.hadolint.LabelInvalidUrl;
import dev.imgslim.rules.hadolint.LabelKeyStrict;
import dev.imgslim.rules.hadolint.LabelMissing;
import dev.imgslim.rules.hadolint.LabelNotInSchema;
import dev.imgslim.rules.hadolint.LastUserRoot;
import dev.imgslim.rules.hadolint.LatestTag;
import dev.imgslim.rules.hadolint.MultipleHealthcheck;
import dev.imgslim.rules.hadolint.NpmUnpinned;
import dev.imgslim.rules.hadolint.OnbuildForbiddenTrigger;
import dev.imgslim.rules.hadolint.PipUnpinned;
import dev.imgslim.rules.hadolint.PipeWithoutPipefail;
import dev.imgslim.rules.hadolint.PointlessCommand;
import dev.imgslim.rules.hadolint.PortOutOfRange;
import dev.imgslim.rules.hadolint.RelativeCopyWithoutWorkdir;
import dev.imgslim.rules.hadolint.ShellChangeInRun;
import dev.imgslim.rules.hadolint.SudoInRun;
import dev.imgslim.rules.hadolint.UntaggedImage;
import dev.imgslim.rules.hadolint.UntrustedRegistry;
import dev.imgslim.rules.hadolint.UserNotNumeric;
import dev.imgslim.rules.hadolint.UseraddHighUid;
import dev.imgslim.rules.hadolint.WgetAndCurl;
import dev.imgslim.rules.hadolint.WgetWithoutProgress;
import dev.imgslim.rules.hadolint.YumMissingYes;
import dev.imgslim.rules.hadolint.YumUnpinned;
import dev.imgslim.rules.hadolint.ZypperDistUpgrade;
import dev.imgslim.rules.hadolint.ZypperMissingYes;
import dev.imgslim.rules.hadolint.ZypperUnpinned;
import dev.imgslim.rules.input.DirectiveOutOfPlace;
import dev.imgslim.rules.input.IgnoreUnknownRule;
import dev.imgslim.rules.shellcheck.ShellcheckRule;
import dev.imgslim.rules.size.AddRemoteArchive;
import dev.imgslim.rules.size.AptInstallRecommends;
import dev.imgslim.rules.size.AptListsNotRemoved;
import dev.imgslim.rules.size.AptUpdateSeparate;
import dev.imgslim.rules.size.BuildTreeLeft;
import dev.imgslim.rules.size.ChownInSeparateLayer;
import dev.imgslim.rules.size.ChownOverBaseFiles;
import dev.imgslim.rules.size.DeleteInLaterLayer;
import dev.imgslim.rules.size.DownloadLeftInLayer;
import dev.imgslim.rules.size.FragmentedCopyRuntime;
import dev.imgslim.rules.size.FragmentedRun;
import dev.imgslim.rules.size.GitCloneWithHistory;
import dev.imgslim.rules.size.ModelWeightsInImage;
import dev.imgslim.rules.size.PackageCacheLeft;
import java.util.List;
import java.util.Optional;

/**
 * Every built-in rule, listed explicitly: no classpath scanning, which keeps start-up fast and makes
 * the set reviewable. A rule's identity (code, name, severity, summary ...) is its line in the rule table
 * ({@code rules.txt}), which also gives the order rules are listed in.
 */
public final class BuiltinRules {
    private BuiltinRules() {}

    /** Made once, in the table's order (a test holds them to it): a rule keeps no state between files. */
    private static final class Made {
        static final List<Rule> ALL = make();
    }

    private static List<Rule> make() {
        return List.of(
                new FatBaseVariant(),
                new BuildImageInFinalStage(),
                new MissingMultiStage(),
                new FragmentedRun(),
                new DeleteInLaterLayer(),
                new ChownInSeparateLayer(),
                new FragmentedCopyRuntime(),
                new AddRemoteArchive(),
                new ModelWeightsInImage(),
                new GitCloneWithHistory(),
                new DownloadLeftInLayer(),
                new BuildTreeLeft(),
                new ChownOverBaseFiles(),
                new AptUpdateSeparate(),
                new AptListsNotRemoved(),
                new AptInstallRecommends(),
                new PackageCacheLeft(),
                new DockerignoreMissing(),
                new CopyIgnoredFile(),
                new CopyFromUnfiltered(),
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
                new ExposeInvalidFormat(),
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
                new LabelKeyStrict(),
                new DirectiveOutOfPlace(),
                new IgnoreUnknownRule(),
                new ShellcheckRule());
    }

    public static List<Rule> all() {
        return Made.ALL;
    }

    /** The size rules (category SIZE). */
    public static List<Rule> sizeRules() {
        return all().stream().filter(r -> r.meta().category() == Category.SIZE).toList();
    }

    /** The rules of one family: the package they live in ({@code buildkit}, {@code hadolint}, {@code size} ...). */
    public static List<Rule> family(String family) {
        String pkg = BuiltinRules.class.getPackageName() + "." + family;
        return all().stream()
                .filter(r -> r.getClass().getPackageName().equals(pkg))
                .toList();
    }

    /** The rule with this code, name or alias (case-insensitive). */
    public static Optional<Rule> find(String id) {
        for (Rule r : all()) if (r.meta().isNamed(id)) return Optional.of(r);
        return Optional.empty();
    }

    /** A built-in rule's identity without an instance: for the rare rule that needs it in a static place. */
    public static RuleMeta metaOf(Class<? extends Rule> type) {
        return RuleTable.get().rowOf(type).meta();
    }
}
