package dev.imgslim.probe;

import com.github.dockerjava.api.DockerClient;
import com.github.dockerjava.api.command.BuildImageResultCallback;
import com.github.dockerjava.api.command.InspectImageResponse;
import com.github.dockerjava.core.DefaultDockerClientConfig;
import com.github.dockerjava.core.DockerClientImpl;
import com.github.dockerjava.zerodep.ZerodepDockerHttpClient;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * {@code imgslim fix --verify}: builds a Dockerfile text (before and after the fixes) with a Docker Engine
 * through docker-java, in the Dockerfile's folder as the context, and measures the image: on-disk size
 * (the engine's image size, uncompressed) and layer count. The built images are removed afterwards; the
 * base image is never pulled (it must be there or be pullable by the engine itself), and RUNs get the
 * host network so package mirrors answer as they do for {@code docker build --network host}.
 */
public final class BuildVerifier implements AutoCloseable {
    /** A measured image, or why it could not be built. */
    public record Measurement(long sizeBytes, int layers, String error) {
        public boolean ok() {
            return error == null;
        }
    }

    private static final String DOCKERFILE_NAME = ".imgslim-verify.Dockerfile";
    private final DockerClient client;

    private BuildVerifier(DockerClient client) {
        this.client = client;
    }

    /** Connects to the engine named by DOCKER_HOST, the docker context, or the default socket. */
    public static BuildVerifier connect(Map<String, String> env) {
        DockerConfigFile config = DockerConfigFile.locate(env);
        DockerConnection connection = DockerConnection.resolve(env, config);
        DefaultDockerClientConfig c = DefaultDockerClientConfig.createDefaultConfigBuilder()
                .withDockerHost(connection.host())
                .withDockerConfig(config.dir().toString())
                .build();
        ZerodepDockerHttpClient http = new ZerodepDockerHttpClient.Builder()
                .dockerHost(URI.create(connection.host()))
                .sslConfig(c.getSSLConfig())
                .connectionTimeout(Duration.ofSeconds(5))
                .build();
        return new BuildVerifier(DockerClientImpl.getInstance(c, http));
    }

    /** Builds {@code dockerfile} with {@code context} (files and folders under it) and measures the image. */
    public Measurement measure(Path context, String dockerfile, Duration timeout) {
        String id = null;
        try {
            byte[] tar = contextTar(context, dockerfile);
            id = client.buildImageCmd(new ByteArrayInputStream(tar))
                    .withDockerfilePath(DOCKERFILE_NAME)
                    .withNetworkMode("host")
                    .withPull(false)
                    .withRemove(true)
                    .exec(new BuildImageResultCallback())
                    .awaitImageId(timeout.toSeconds(), TimeUnit.SECONDS);
            InspectImageResponse image = client.inspectImageCmd(id).exec();
            int layers = image.getRootFS() == null || image.getRootFS().getLayers() == null
                    ? 0
                    : image.getRootFS().getLayers().size();
            return new Measurement(image.getSize() == null ? -1 : image.getSize(), layers, null);
        } catch (RuntimeException | IOException e) {
            return new Measurement(-1, 0, DockerDaemon.reason(e));
        } finally {
            if (id != null) {
                try {
                    client.removeImageCmd(id).withForce(true).withNoPrune(false).exec();
                } catch (RuntimeException ignored) {
                    // an image another tag still uses stays; nothing of the user's is removed
                }
            }
        }
    }

    /** The context as a tar (regular files and folders; .git left out), with the Dockerfile text added under its own name. */
    static byte[] contextTar(Path context, String dockerfile) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (Stream<Path> files = Files.walk(context)) {
            for (Path p : (Iterable<Path>) files.sorted()::iterator) {
                String name = context.relativize(p).toString().replace('\\', '/');
                if (name.isEmpty() || name.equals(".git") || name.startsWith(".git/") || name.length() > 99) continue;
                if (Files.isDirectory(p)) entry(out, name + "/", new byte[0], '5');
                else if (Files.isRegularFile(p)) entry(out, name, Files.readAllBytes(p), '0');
            }
        }
        entry(out, DOCKERFILE_NAME, dockerfile.getBytes(StandardCharsets.UTF_8), '0');
        out.write(new byte[1024]);
        return out.toByteArray();
    }

    private static void entry(ByteArrayOutputStream out, String name, byte[] content, char type) {
        byte[] h = new byte[512];
        put(h, 0, name);
        put(h, 100, String.format("%07o", type == '5' ? 0755 : 0644));
        put(h, 108, "0000000");
        put(h, 116, "0000000");
        put(h, 124, String.format("%011o", content.length));
        put(h, 136, String.format("%011o", 1_700_000_000L));
        for (int i = 148; i < 156; i++) h[i] = ' ';
        h[156] = (byte) type;
        put(h, 257, "ustar");
        put(h, 263, "00");
        long sum = 0;
        for (byte b : h) sum += b & 0xff;
        put(h, 148, String.format("%06o", sum));
        h[154] = 0;
        out.writeBytes(h);
        out.writeBytes(content);
        int rem = content.length % 512;
        if (rem != 0) out.writeBytes(new byte[512 - rem]);
    }

    private static void put(byte[] h, int off, String s) {
        byte[] b = s.getBytes(StandardCharsets.UTF_8);
        System.arraycopy(b, 0, h, off, b.length);
    }

    @Override
    public void close() throws IOException {
        client.close();
    }
}
