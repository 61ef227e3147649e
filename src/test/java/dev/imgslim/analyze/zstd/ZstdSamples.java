package dev.imgslim.analyze.zstd;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Random;

/** Test inputs made from a seed: text with a word distribution like a Dockerfile's, random bytes, and mixes. */
final class ZstdSamples {
    private static final String[] WORDS = {
        "RUN",
        "apt-get",
        "install",
        "-y",
        "--no-install-recommends",
        "curl",
        "ca-certificates",
        "&&",
        "rm",
        "-rf",
        "/var/lib/apt/lists/*",
        "COPY",
        "FROM",
        "debian:bookworm-slim",
        "WORKDIR",
        "/app",
        "ENV",
        "PATH=/usr/local/bin",
        "\\\n   ",
        "\n",
        "python3",
        "pip",
        "--no-cache-dir",
        "requirements.txt",
        "npm",
        "ci",
        "EXPOSE",
        "8080",
        "USER",
        "nobody",
        "CMD",
        "[\"./server\"]",
        "make",
        "-j4",
        "git",
        "clone",
        "https://example.org/project.git",
        "tar",
        "-xzf",
        "release.tar.gz",
        "echo",
        "\"done\"",
        "# comment about the layer",
        "ARG",
        "VERSION=1.2.3"
    };

    private ZstdSamples() {}

    static byte[] text(int size, long seed) {
        Random r = new Random(seed);
        StringBuilder sb = new StringBuilder(size + 64);
        while (sb.length() < size) {
            sb.append(WORDS[(int) Math.min(WORDS.length - 1, Math.abs(r.nextGaussian()) * WORDS.length / 3)]);
            sb.append(r.nextInt(10) == 0 ? Integer.toString(r.nextInt(100_000)) : "");
            sb.append(' ');
        }
        byte[] b = sb.toString().getBytes(StandardCharsets.UTF_8);
        return java.util.Arrays.copyOf(b, size);
    }

    static byte[] random(int size, long seed) {
        byte[] b = new byte[size];
        new Random(seed).nextBytes(b);
        return b;
    }

    /** Text, random stretches, runs of one byte and repeats of earlier parts, in pieces of varying size. */
    static byte[] mixed(int size, long seed) {
        Random r = new Random(seed);
        ByteArrayOutputStream out = new ByteArrayOutputStream(size + 70_000);
        while (out.size() < size) {
            int n = 100 + r.nextInt(60_000);
            switch (r.nextInt(5)) {
                case 0, 1 -> out.writeBytes(text(n, r.nextLong()));
                case 2 -> out.writeBytes(random(n / 4, r.nextLong()));
                case 3 -> out.writeBytes(new byte[n / 2]);
                default -> {
                    byte[] sofar = out.toByteArray();
                    if (sofar.length > 0) {
                        int from = r.nextInt(sofar.length);
                        out.write(sofar, from, Math.min(n, sofar.length - from));
                    }
                }
            }
        }
        return java.util.Arrays.copyOf(out.toByteArray(), size);
    }
}
