package dev.imgslim.catalog;

import dev.imgslim.build.ImageReference;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Turns a normalised reference into the canonical repository name the catalog patterns use:
 * Docker Hub official images lose {@code docker.io/library/} ({@code python}), other Hub images
 * lose {@code docker.io/} ({@code pytorch/pytorch}), everything else keeps its registry
 * ({@code gcr.io/distroless/static}). Docker Hub mirrors are folded onto Docker Hub first, so
 * {@code public.ecr.aws/docker/library/python} and {@code mirror.gcr.io/library/python} are
 * {@code python} too.
 */
final class RepositoryNames {

    /** Well-known hosts/prefixes that serve Docker Hub content under the same paths. */
    static final List<String> BUILTIN_HUB_MIRRORS = List.of(
            "index.docker.io",
            "registry-1.docker.io",
            "registry.hub.docker.com",
            "public.ecr.aws/docker",
            "mirror.gcr.io");

    private final List<String> mirrors;

    RepositoryNames(List<String> userMirrors) {
        List<String> all = new ArrayList<>();
        for (String m : userMirrors) {
            String p = m.trim().toLowerCase(Locale.ROOT);
            while (p.endsWith("/")) {
                p = p.substring(0, p.length() - 1);
            }
            if (!p.isEmpty()) {
                all.add(p);
            }
        }
        // User prefixes first: a configured "registry.corp/hub/library" must win over shorter ones.
        all.addAll(BUILTIN_HUB_MIRRORS);
        this.mirrors = List.copyOf(all);
    }

    String canonical(ImageReference ref) {
        String domain = ref.domain() == null || ref.domain().isEmpty() ? "docker.io" : ref.domain();
        String full = (domain + "/" + ref.path()).toLowerCase(Locale.ROOT);
        for (String prefix : mirrors) {
            if (full.startsWith(prefix + "/")) {
                String rest = full.substring(prefix.length() + 1);
                // A mirror of Hub serves official images either as "library/x" or as bare "x".
                full = "docker.io/" + (rest.contains("/") ? rest : "library/" + rest);
                break;
            }
        }
        if (full.startsWith("docker.io/library/")) {
            return full.substring("docker.io/library/".length());
        }
        if (full.startsWith("docker.io/")) {
            return full.substring("docker.io/".length());
        }
        return full;
    }
}
