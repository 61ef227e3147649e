package dev.imgslim.ignore;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Which ignore file BuildKit picks, and loading it from disk. */
class DockerIgnoreLocateTest {

    @TempDir
    Path ctx;

    @Test
    void contextRootDockerignore() throws IOException {
        Path dockerfile = Files.writeString(ctx.resolve("Dockerfile"), "FROM scratch\n");
        Path ignore = Files.writeString(ctx.resolve(".dockerignore"), ".git\n");
        assertThat(DockerIgnore.locate(dockerfile, ctx)).contains(ignore);
    }

    @Test
    void dockerfileSpecificIgnoreFileWins() throws IOException {
        Path dockerfile = Files.writeString(ctx.resolve("Dockerfile"), "FROM scratch\n");
        Files.writeString(ctx.resolve(".dockerignore"), ".git\n");
        Path specific = Files.writeString(ctx.resolve("Dockerfile.dockerignore"), "*\n");
        assertThat(DockerIgnore.locate(dockerfile, ctx)).contains(specific);
    }

    @Test
    void specificIgnoreFileSitsBesideTheDockerfileNotInTheContext() throws IOException {
        Path dir = Files.createDirectories(ctx.resolve("docker"));
        Path dockerfile = Files.writeString(dir.resolve("app.Dockerfile"), "FROM scratch\n");
        Files.writeString(ctx.resolve("app.Dockerfile.dockerignore"), "wrong place\n");
        Path shared = Files.writeString(ctx.resolve(".dockerignore"), "shared\n");
        assertThat(DockerIgnore.locate(dockerfile, ctx)).contains(shared);

        Path specific = Files.writeString(dir.resolve("app.Dockerfile.dockerignore"), "x\n");
        assertThat(DockerIgnore.locate(dockerfile, ctx)).contains(specific);
    }

    @Test
    void noIgnoreFile() throws IOException {
        Path dockerfile = Files.writeString(ctx.resolve("Dockerfile"), "FROM scratch\n");
        Files.createDirectories(ctx.resolve(".dockerignore")); // a directory does not count
        assertThat(DockerIgnore.locate(dockerfile, ctx)).isEmpty();
    }

    @Test
    void loadReadsUtf8WithBomAndCrlf() throws IOException {
        byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
        byte[] body = "# ünïcode\r\n.git\r\nnode_modules\r\n".getBytes(java.nio.charset.StandardCharsets.UTF_8);
        byte[] all = new byte[bom.length + body.length];
        System.arraycopy(bom, 0, all, 0, bom.length);
        System.arraycopy(body, 0, all, bom.length, body.length);
        Path file = Files.write(ctx.resolve(".dockerignore"), all);
        DockerIgnore ignore = DockerIgnore.load(file);
        assertThat(ignore.patterns())
                .containsExactly(new IgnorePattern(".git", false, 2), new IgnorePattern("node_modules", false, 3));
    }
}
