package dev.imgslim.rules.size;

import dev.imgslim.rules.Rule;
import java.util.List;

/** Size rules about layers and package caches (IS2xx, IS3xx), in code order. */
public final class LayerRules {
    private LayerRules() {}

    public static List<Rule> all() {
        return List.of(
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
                new PackageCacheLeft());
    }
}
