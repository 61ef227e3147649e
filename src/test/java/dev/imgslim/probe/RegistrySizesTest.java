package dev.imgslim.probe;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.imgslim.testenv.DockerTestEnv;
import dev.imgslim.testenv.TestImages;
import java.time.Duration;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** Compressed sizes from the real loopback registry, checked against raw manifest reads. */
@Tag("docker")
class RegistrySizesTest {

    static DockerTestEnv env;
    static TestImages images;
    static ManifestResolver resolver;
    static Platform ownPlatform;

    @BeforeAll
    static void up() {
        env = DockerTestEnv.require();
        images = TestImages.ensure(env);
        resolver = new ManifestResolver(RegistryClient.anonymous(Duration.ofSeconds(10)));
        ownPlatform = Platform.parse(env.platform());
    }

    @Test
    void compressedSizeIsTheSumOfManifestLayerSizes() throws Exception {
        for (String ref : new String[] {images.slim(), images.fat()}) {
            ImageName name = ImageName.parse(ref);
            RegistryManifests.Raw raw = RegistryManifests.get(env.registryAddress(), name.path(), name.tag());
            RegistryImage probed = resolver.resolve(name, ownPlatform);
            assertThat(probed.compressedBytes()).as(ref).isEqualTo(raw.layerSum());
            assertThat(probed.layers()).as(ref).isEqualTo(raw.layerCount());
            assertThat(probed.digest()).as(ref).isEqualTo(raw.digest());
        }
        RegistryImage slim = resolver.resolve(ImageName.parse(images.slim()), ownPlatform);
        RegistryImage fat = resolver.resolve(ImageName.parse(images.fat()), ownPlatform);
        assertThat(slim.layers()).isEqualTo(1);
        assertThat(fat.layers()).isEqualTo(2);
        // random padding does not compress: the sizes follow it closely
        assertThat(slim.compressedBytes())
                .isBetween((long) TestImages.SLIM_PADDING, TestImages.SLIM_PADDING + 2_000_000L);
        assertThat(fat.compressedBytes() - slim.compressedBytes())
                .isBetween((long) TestImages.FAT_EXTRA_PADDING, TestImages.FAT_EXTRA_PADDING + 100_000L);
    }

    @Test
    void indexResolvesToTheRequestedPlatform() throws Exception {
        String registry = env.registryAddress();
        // the registry checks that an index only names manifests the repository has: push both there first
        String repo = registry + "/imgslim-test/multi";
        env.client().tagImageCmd(images.slim(), repo, "amd64").exec();
        env.client().tagImageCmd(images.fat(), repo, "arm64").exec();
        TestImages.push(env.client(), repo + ":amd64");
        TestImages.push(env.client(), repo + ":arm64");
        RegistryManifests.Raw amd = RegistryManifests.get(registry, "imgslim-test/multi", "amd64");
        RegistryManifests.Raw arm = RegistryManifests.get(registry, "imgslim-test/multi", "arm64");
        String index = """
                {"schemaVersion": 2, "mediaType": "%s", "manifests": [
                  {"mediaType": "%s", "digest": "%s", "size": %d, "platform": {"os": "linux", "architecture": "amd64"}},
                  {"mediaType": "%s", "digest": "%s", "size": %d, "platform": {"os": "linux", "architecture": "arm64", "variant": "v8"}}
                ]}""".formatted(
                        MediaTypes.DOCKER_LIST,
                        amd.mediaType(),
                        amd.digest(),
                        amd.json().toString().length(),
                        arm.mediaType(),
                        arm.digest(),
                        arm.json().toString().length());
        // sizes in an index are advisory for our purposes; the registry re-checks digests, not sizes
        String indexDigest = RegistryManifests.put(registry, "imgslim-test/multi", "1", MediaTypes.DOCKER_LIST, index);

        ImageName multi = ImageName.parse(repo + ":1");
        RegistryImage onAmd = resolver.resolve(multi, Platform.parse("linux/amd64"));
        assertThat(onAmd.digest()).isEqualTo(indexDigest);
        assertThat(onAmd.manifestDigest()).isEqualTo(amd.digest());
        assertThat(onAmd.compressedBytes()).isEqualTo(amd.layerSum());
        assertThat(onAmd.platform()).isEqualTo("linux/amd64");

        RegistryImage onArm = resolver.resolve(multi, Platform.parse("linux/arm64"));
        assertThat(onArm.manifestDigest()).isEqualTo(arm.digest());
        assertThat(onArm.compressedBytes()).isEqualTo(arm.layerSum());
        assertThat(onArm.layers()).isEqualTo(2);

        assertThatThrownBy(() -> resolver.resolve(multi, Platform.parse("linux/s390x")))
                .isInstanceOfSatisfying(
                        ProbeFault.class, f -> assertThat(f.kind()).isEqualTo(ProbeFault.Kind.PLATFORM_MISSING))
                .hasMessageContaining("no manifest for linux/s390x")
                .hasMessageContaining("linux/amd64, linux/arm64/v8");
    }

    @Test
    void aSinglePlatformImageIsCheckedAgainstItsConfig() throws Exception {
        ImageName slim = ImageName.parse(images.slim());
        RegistryImage own = resolver.resolve(slim, ownPlatform);
        assertThat(own.platform()).isEqualTo(env.platform()); // from the config blob
        assertThatThrownBy(() -> resolver.resolve(slim, Platform.parse(env.otherPlatform())))
                .isInstanceOfSatisfying(
                        ProbeFault.class, f -> assertThat(f.kind()).isEqualTo(ProbeFault.Kind.PLATFORM_MISSING))
                .hasMessage(images.slim() + " has no manifest for " + env.otherPlatform() + " (available: "
                        + env.platform() + ")");
    }

    @Test
    void missingTagAndRepositoryAreNotFound() throws Exception {
        String registry = env.registryAddress();
        assertThatThrownBy(() -> resolver.resolve(ImageName.parse(registry + "/library/python:0.0-nope"), ownPlatform))
                .isInstanceOfSatisfying(
                        ProbeFault.class, f -> assertThat(f.kind()).isEqualTo(ProbeFault.Kind.NOT_FOUND))
                .hasMessage("tag '0.0-nope' not found in " + registry + "/library/python");
        assertThatThrownBy(() -> resolver.resolve(ImageName.parse(registry + "/nobody/nothing:1"), ownPlatform))
                .isInstanceOfSatisfying(
                        ProbeFault.class, f -> assertThat(f.kind()).isEqualTo(ProbeFault.Kind.NOT_FOUND))
                .hasMessageContaining("not found");
    }
}
