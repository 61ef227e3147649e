package dev.imgslim.probe;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assumptions.assumeThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.PrivateKey;
import java.security.interfaces.ECPrivateKey;
import java.security.interfaces.RSAPrivateKey;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** DockerTls reads the key forms OpenSSL writes, with the JDK alone; the settings follow the docker CLI's variables. */
class DockerTlsTest {

    @TempDir
    static Path dir;

    @BeforeAll
    static void keys() throws Exception {
        assumeThat(sh("openssl version")).as("openssl installed").isTrue();
        assertThat(sh("openssl genrsa -traditional -out rsa1.pem 2048")).isTrue(); // BEGIN RSA PRIVATE KEY
        assertThat(sh("openssl genpkey -algorithm RSA -out rsa8.pem")).isTrue(); // BEGIN PRIVATE KEY
        assertThat(sh("openssl ecparam -name prime256v1 -genkey -noout -out ec1.pem"))
                .isTrue(); // BEGIN EC PRIVATE KEY
        assertThat(sh("openssl pkcs8 -topk8 -nocrypt -in ec1.pem -out ec8.pem")).isTrue();
        assertThat(sh("openssl genpkey -algorithm RSA -aes256 -pass pass:x -out enc.pem"))
                .isTrue(); // ENCRYPTED PRIVATE KEY
        assertThat(sh("openssl req -x509 -key rsa1.pem -out cert.pem -days 1 -subj /CN=t"))
                .isTrue();
    }

    static boolean sh(String cmd) throws IOException, InterruptedException {
        Process p = new ProcessBuilder("sh", "-c", cmd)
                .directory(dir.toFile())
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .start();
        return p.waitFor(60, TimeUnit.SECONDS) && p.exitValue() == 0;
    }

    @Test
    void readsPkcs1Pkcs8AndSec1Keys() throws Exception {
        PrivateKey rsa1 = DockerTls.privateKey(dir.resolve("rsa1.pem"));
        PrivateKey rsa8 = DockerTls.privateKey(dir.resolve("rsa8.pem"));
        PrivateKey ec1 = DockerTls.privateKey(dir.resolve("ec1.pem"));
        PrivateKey ec8 = DockerTls.privateKey(dir.resolve("ec8.pem"));
        assertThat(rsa1.getAlgorithm()).isEqualTo("RSA");
        assertThat(rsa8.getAlgorithm()).isEqualTo("RSA");
        assertThat(ec1.getAlgorithm()).isEqualTo("EC");
        // the SEC1 key, wrapped by DockerTls, is the same key (scalar and curve) OpenSSL's own PKCS#8 conversion gives
        assertThat(((ECPrivateKey) ec1).getS()).isEqualTo(((ECPrivateKey) ec8).getS());
        assertThat(((ECPrivateKey) ec1).getParams().getCurve())
                .isEqualTo(((ECPrivateKey) ec8).getParams().getCurve());
        assertThat(((RSAPrivateKey) rsa1).getModulus()).isPositive();
        assertThat(DockerTls.certificates(dir.resolve("cert.pem"))).hasSize(1);
    }

    @Test
    void refusesEncryptedKeysAndMissingFilesWithTheFileName() {
        assertThatThrownBy(() -> DockerTls.privateKey(dir.resolve("enc.pem")))
                .hasMessageContaining("enc.pem")
                .hasMessageContaining("encrypted");
        assertThatThrownBy(() -> DockerTls.privateKey(dir.resolve("cert.pem")))
                .hasMessageContaining("no PEM private key");
        assertThatThrownBy(() -> new DockerTls(dir.resolve("nowhere")).getSSLContext())
                .hasMessageContaining("nowhere");
    }

    @Test
    void onlyDockerTlsVerifyTurnsItOnAndCertPathDefaultsToTheConfigFolder() throws Exception {
        Path configDir = Files.createDirectories(dir.resolve("dotdocker"));
        DockerConfigFile config = DockerConfigFile.at(configDir);
        assertThat(DockerTls.fromEnvironment(Map.of(), config)).isEmpty();
        assertThat(DockerTls.fromEnvironment(Map.of("DOCKER_TLS_VERIFY", ""), config))
                .isEmpty();
        assertThat(DockerTls.fromEnvironment(Map.of("DOCKER_TLS_VERIFY", "1"), config)
                        .orElseThrow()
                        .certDir())
                .isEqualTo(configDir);
        assertThat(DockerTls.fromEnvironment(Map.of("DOCKER_TLS_VERIFY", "1", "DOCKER_CERT_PATH", "/certs"), config)
                        .orElseThrow()
                        .certDir())
                .isEqualTo(Path.of("/certs"));
    }
}
