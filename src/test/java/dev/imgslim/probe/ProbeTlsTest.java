package dev.imgslim.probe;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.imgslim.testenv.DockerTestEnv;
import dev.imgslim.testenv.TestImages;
import dev.imgslim.testenv.TlsDockerd;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * The probe against a Docker Engine that accepts only TLS with a client certificate (dockerd
 * --tlsverify on a loopback port, certificates made with openssl), configured as users do:
 * DOCKER_HOST=tcp://..., DOCKER_TLS_VERIFY=1, DOCKER_CERT_PATH. Every Engine call the probe makes
 * (version, pull, inspect, create/start/wait/remove a container) goes over that connection; the PEM
 * files are read by DockerTls with the JDK alone, since the jar ships without BouncyCastle.
 */
@Tag("docker")
class ProbeTlsTest {

    static DockerTestEnv env;
    static TestImages images;
    static TlsDockerd tls;

    @BeforeAll
    static void up() {
        env = DockerTestEnv.require(); // the shared registry holds the image the TLS daemon pulls
        images = TestImages.ensure(env);
        tls = TlsDockerd.require();
    }

    static Map<String, String> tlsEnv(java.nio.file.Path certs) {
        Map<String, String> e = new HashMap<>(System.getenv());
        e.remove("DOCKER_CONTEXT");
        e.put("DOCKER_HOST", tls.host());
        e.put("DOCKER_TLS_VERIFY", "1");
        e.put("DOCKER_CERT_PATH", certs.toString());
        return e;
    }

    @Test
    void pullsAndRunsThroughADaemonThatRequiresClientCertificates() throws Exception {
        ProbeRun run = ProbeRun.run(
                tlsEnv(tls.clientCerts()),
                "--base",
                images.slim(),
                "--pull",
                "--cold-start",
                "true",
                "--runs",
                "1",
                "--format",
                "json");
        assertThat(run.exitCode()).as(run.err()).isZero();
        JsonNode m = run.image(images.slim());
        assertThat(m.path("onDiskBytes").asLong()).as(run.out()).isGreaterThan(TestImages.SLIM_PADDING);
        assertThat(m.path("pullSeconds").asDouble()).isPositive();
        assertThat(m.path("coldStart").path("runsMs")).hasSize(1);
    }

    @Test
    void aCertificateFromAnotherAuthorityIsRefused() {
        ProbeRun run = ProbeRun.run(tlsEnv(tls.strangerCerts()), "--base", images.slim(), "--pull", "--format", "json");
        assertThat(run.exitCode()).as(run.out()).isEqualTo(3);
        assertThat(run.err())
                .contains("cannot reach the Docker daemon at " + tls.host())
                .doesNotContain("\tat ");
    }

    @Test
    void withoutTlsSettingsThePlainConnectionFails() {
        Map<String, String> plain = tlsEnv(tls.clientCerts());
        plain.remove("DOCKER_TLS_VERIFY");
        ProbeRun run = ProbeRun.run(plain, "--base", images.slim(), "--pull", "--format", "json");
        assertThat(run.exitCode()).as(run.out()).isEqualTo(3);
        assertThat(run.err()).contains("cannot reach the Docker daemon at " + tls.host());
    }
}
