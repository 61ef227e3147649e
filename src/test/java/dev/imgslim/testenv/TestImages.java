package dev.imgslim.testenv;

import com.github.dockerjava.api.DockerClient;
import com.github.dockerjava.api.async.ResultCallback;
import com.github.dockerjava.api.command.BuildImageResultCallback;
import com.github.dockerjava.api.model.PushResponseItem;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Small busybox images with a known amount of random padding, made by the tests themselves
 * (no internet): a "slim" variant built FROM scratch with a generated rootfs tar ADDed (one layer), and a
 * "fat" variant built FROM it with more padding COPYed in (two layers). Random bytes do not
 * compress, so compressed sizes track the padding. Pushed to the loopback registry once per JVM.
 */
public final class TestImages {

    public static final int SLIM_PADDING = 8_000_000;
    public static final int FAT_EXTRA_PADDING = 22_000_000;
    public static final List<String> APPLETS =
            List.of("sh", "ls", "cat", "echo", "true", "false", "sleep", "env", "mkdir", "rm", "test");

    private static volatile TestImages pushed;

    private final String registry;

    private TestImages(String registry) {
        this.registry = registry;
    }

    /** {@code <registry>/library/python:3.12-slim}: busybox + ~8 MB, 1 layer. */
    public String slim() {
        return registry + "/library/python:3.12-slim";
    }

    /** {@code <registry>/library/python:3.12}: the slim image + ~22 MB more, 2 layers (~30 MB). */
    public String fat() {
        return registry + "/library/python:3.12";
    }

    /** Builds and pushes the images on first use in this JVM. */
    public static synchronized TestImages ensure(DockerTestEnv env) {
        if (pushed != null) return pushed;
        TestImages images = new TestImages(env.registryAddress());
        DockerClient client = env.client();
        removePrevious(client, images);
        buildFromRootfs(client, images.slim(), SLIM_PADDING, 1);
        buildWithPadding(client, images.slim(), images.fat(), FAT_EXTRA_PADDING, 2);
        push(client, images.slim());
        push(client, images.fat());
        pushed = images;
        return images;
    }

    /**
     * Untags what earlier runs left under the names these tests use (and nothing else), so the
     * daemon deletes those images instead of keeping them as dangling copies: with vfs every
     * image is a full copy, and the data root would otherwise grow by ~100 MB per run.
     */
    private static void removePrevious(DockerClient client, TestImages images) {
        String ours = images.registry + "/imgslim-test/";
        for (var image : client.listImagesCmd().exec()) {
            if (image.getRepoTags() == null) continue;
            for (String tag : image.getRepoTags()) {
                if (tag.startsWith(ours) || tag.equals(images.fat()) || tag.equals(images.slim())) {
                    try {
                        client.removeImageCmd(tag).withForce(true).exec();
                    } catch (RuntimeException inUseOrGone) {
                        // a stopped container still uses it, or it went with a parent: leave it
                    }
                }
            }
        }
    }

    /** A busybox rootfs tar plus {@code /padding.bin} of {@code padding} random bytes. */
    public static byte[] rootfs(int padding, long seed) {
        byte[] busybox;
        try {
            busybox = Files.readAllBytes(Path.of("/bin/busybox"));
        } catch (IOException e) {
            throw new UncheckedIOException(
                    "busybox-static is needed for test images (scripts/testenv.sh start installs it)", e);
        }
        Tar tar = new Tar().dir("bin").dir("tmp").dir("etc").file("bin/busybox", busybox, 0755);
        for (String applet : APPLETS) tar.symlink("bin/" + applet, "busybox");
        tar.file("padding.bin", random(padding, seed), 0644);
        return tar.bytes();
    }

    /**
     * {@code FROM scratch} + {@code ADD rootfs.tar /}: the same single layer {@code docker import}
     * makes. (docker-java 3.6.0's createImageCmd import over the zerodep transport sends a body
     * dockerd reads as a truncated tar, "unexpected EOF"; a build sends its context correctly.)
     */
    public static void buildFromRootfs(DockerClient client, String reference, int padding, long seed) {
        byte[] context = new Tar()
                .file(
                        "Dockerfile",
                        "FROM scratch\nADD rootfs.tar /\nCMD [\"sh\"]\n".getBytes(StandardCharsets.UTF_8),
                        0644)
                .file("rootfs.tar", rootfs(padding, seed), 0644)
                .bytes();
        build(client, context, reference);
    }

    /** {@code FROM scratch} + one file: an image with no shell at all (like distroless). */
    public static void buildFromScratch(DockerClient client, String reference, int padding, long seed) {
        buildWithPadding(client, "scratch", reference, padding, seed);
    }

    /** {@code FROM base} + {@code COPY extra.bin /}: a second layer of known size. */
    public static void buildWithPadding(DockerClient client, String base, String reference, int padding, long seed) {
        String dockerfile = "FROM " + base + "\nCOPY extra.bin /extra.bin\n";
        byte[] context = new Tar()
                .file("Dockerfile", dockerfile.getBytes(StandardCharsets.UTF_8), 0644)
                .file("extra.bin", random(padding, seed), 0644)
                .bytes();
        build(client, context, reference);
    }

    private static void build(DockerClient client, byte[] context, String reference) {
        client.buildImageCmd(new ByteArrayInputStream(context))
                .withTags(Set.of(reference))
                .withPull(false)
                .exec(new BuildImageResultCallback())
                .awaitImageId(120, TimeUnit.SECONDS);
    }

    public static void push(DockerClient client, String reference) {
        int colon = reference.lastIndexOf(':');
        AtomicReference<String> error = new AtomicReference<>();
        try {
            client.pushImageCmd(reference.substring(0, colon))
                    .withTag(reference.substring(colon + 1))
                    .exec(new ResultCallback.Adapter<PushResponseItem>() {
                        @Override
                        public void onNext(PushResponseItem item) {
                            if (item.getErrorDetail() != null)
                                error.compareAndSet(null, item.getErrorDetail().getMessage());
                        }
                    })
                    .awaitCompletion(120, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted pushing " + reference, e);
        }
        if (error.get() != null) throw new IllegalStateException("push of " + reference + " failed: " + error.get());
    }

    private static byte[] random(int n, long seed) {
        // seeded by time as well, so each run pushes new blobs and nothing passes by accident on stale data
        byte[] b = new byte[n];
        new Random(seed * 31 + System.nanoTime()).nextBytes(b);
        return b;
    }
}
