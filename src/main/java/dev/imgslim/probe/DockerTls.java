package dev.imgslim.probe;

import com.github.dockerjava.transport.SSLConfig;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyManagementException;
import java.security.KeyStore;
import java.security.KeyStoreException;
import java.security.NoSuchAlgorithmException;
import java.security.PrivateKey;
import java.security.UnrecoverableKeyException;
import java.security.cert.Certificate;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.security.spec.PKCS8EncodedKeySpec;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;

/**
 * TLS to a Docker Engine the way the docker CLI sets it up: {@code DOCKER_TLS_VERIFY} (any non-empty
 * value) turns it on, {@code DOCKER_CERT_PATH} (default: the docker config folder, ~/.docker) holds
 * {@code ca.pem}, {@code cert.pem} and {@code key.pem}. The PEM files are read with the JDK alone, so
 * that docker-java's BouncyCastle-based reader (8 MB of the jar for this one job) is not needed: keys
 * in PKCS#8 ({@code BEGIN PRIVATE KEY}, what OpenSSL 3 writes), PKCS#1 RSA ({@code BEGIN RSA PRIVATE
 * KEY}, older OpenSSL and docker-machine) and SEC1 EC ({@code BEGIN EC PRIVATE KEY}); encrypted keys
 * are refused with a message, as the docker CLI refuses them.
 */
public final class DockerTls implements SSLConfig {

    private static final Pattern PEM =
            Pattern.compile("-----BEGIN ([A-Z0-9 ]+)-----\\s*(.*?)\\s*-----END \\1-----", Pattern.DOTALL);
    /** rsaEncryption, 1.2.840.113549.1.1.1 */
    private static final byte[] RSA_OID = {0x2a, (byte) 0x86, 0x48, (byte) 0x86, (byte) 0xf7, 0x0d, 0x01, 0x01, 0x01};
    /** id-ecPublicKey, 1.2.840.10045.2.1 */
    private static final byte[] EC_OID = {0x2a, (byte) 0x86, 0x48, (byte) 0xce, 0x3d, 0x02, 0x01};

    private final Path certDir;

    public DockerTls(Path certDir) {
        this.certDir = certDir;
    }

    /** The TLS settings the environment asks for; empty for plain connections (DOCKER_TLS_VERIFY unset or empty). */
    public static Optional<DockerTls> fromEnvironment(Map<String, String> env, DockerConfigFile config) {
        String verify = env.get("DOCKER_TLS_VERIFY");
        if (verify == null || verify.isBlank()) return Optional.empty();
        String path = env.get("DOCKER_CERT_PATH");
        return Optional.of(new DockerTls(path != null && !path.isBlank() ? Path.of(path) : config.dir()));
    }

    public Path certDir() {
        return certDir;
    }

    @Override
    public SSLContext getSSLContext()
            throws KeyManagementException, UnrecoverableKeyException, NoSuchAlgorithmException, KeyStoreException {
        try {
            char[] password = new char[0];
            KeyStore keys = KeyStore.getInstance("PKCS12");
            keys.load(null, null);
            List<X509Certificate> chain = certificates(certDir.resolve("cert.pem"));
            keys.setKeyEntry(
                    "docker-client",
                    privateKey(certDir.resolve("key.pem")),
                    password,
                    chain.toArray(new Certificate[0]));
            KeyManagerFactory kmf = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
            kmf.init(keys, password);

            KeyStore trusted = KeyStore.getInstance("PKCS12");
            trusted.load(null, null);
            int i = 0;
            for (X509Certificate ca : certificates(certDir.resolve("ca.pem")))
                trusted.setCertificateEntry("docker-ca-" + i++, ca);
            TrustManagerFactory tmf = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
            tmf.init(trusted);

            SSLContext context = SSLContext.getInstance("TLS");
            context.init(kmf.getKeyManagers(), tmf.getTrustManagers(), null);
            return context;
        } catch (IOException e) {
            // the SSLConfig interface allows only these exceptions; the message names the file
            throw new KeyStoreException(e.getMessage(), e);
        } catch (GeneralSecurityException e) {
            if (e instanceof KeyStoreException k) throw k;
            throw new KeyStoreException("TLS files in " + certDir + ": " + e.getMessage(), e);
        }
    }

    static List<X509Certificate> certificates(Path file) throws IOException, GeneralSecurityException {
        CertificateFactory factory = CertificateFactory.getInstance("X.509");
        List<X509Certificate> out = new ArrayList<>();
        for (Block b : blocks(file)) {
            if (b.type().equals("CERTIFICATE"))
                out.add((X509Certificate) factory.generateCertificate(new ByteArrayInputStream(b.der())));
        }
        if (out.isEmpty()) throw new IOException(file + ": no PEM certificate in it");
        return out;
    }

    static PrivateKey privateKey(Path file) throws IOException, GeneralSecurityException {
        for (Block b : blocks(file)) {
            switch (b.type()) {
                case "PRIVATE KEY":
                    return pkcs8(b.der(), file);
                case "RSA PRIVATE KEY":
                    return KeyFactory.getInstance("RSA")
                            .generatePrivate(new PKCS8EncodedKeySpec(sequence(
                                    integerZero(),
                                    sequence(oid(RSA_OID), new byte[] {0x05, 0x00}),
                                    octetString(b.der()))));
                case "EC PRIVATE KEY":
                    return KeyFactory.getInstance("EC")
                            .generatePrivate(new PKCS8EncodedKeySpec(sequence(
                                    integerZero(),
                                    sequence(oid(EC_OID), curveOf(b.der(), file)),
                                    octetString(b.der()))));
                case "ENCRYPTED PRIVATE KEY":
                    throw new IOException(file + ": the key is encrypted; Docker's TLS needs an unencrypted key.pem");
                default:
                    if (b.headers().contains("ENCRYPTED"))
                        throw new IOException(
                                file + ": the key is encrypted; Docker's TLS needs an unencrypted key.pem");
            }
        }
        throw new IOException(file + ": no PEM private key in it");
    }

    private static PrivateKey pkcs8(byte[] der, Path file) throws GeneralSecurityException {
        GeneralSecurityException last = null;
        for (String algorithm : List.of("RSA", "EC", "Ed25519")) {
            try {
                return KeyFactory.getInstance(algorithm).generatePrivate(new PKCS8EncodedKeySpec(der));
            } catch (GeneralSecurityException e) {
                last = e;
            }
        }
        throw new GeneralSecurityException(file + ": a PKCS#8 key that is not RSA, EC or Ed25519", last);
    }

    @SuppressWarnings("ArrayRecordComponent") // a parsed PEM block, read once, never compared or hashed
    record Block(String type, String headers, byte[] der) {}

    private static List<Block> blocks(Path file) throws IOException {
        if (!Files.isRegularFile(file))
            throw new IOException("TLS file " + file + " does not exist (DOCKER_CERT_PATH)");
        String text = Files.readString(file, StandardCharsets.US_ASCII);
        List<Block> out = new ArrayList<>();
        Matcher m = PEM.matcher(text);
        while (m.find()) {
            String body = m.group(2);
            String headers = "";
            int blank = body.indexOf("\n\n");
            if (body.contains(":") && blank > 0) { // RFC 1421 headers (Proc-Type: 4,ENCRYPTED) before the base64
                headers = body.substring(0, blank);
                body = body.substring(blank);
            }
            try {
                out.add(new Block(m.group(1), headers, Base64.getMimeDecoder().decode(body)));
            } catch (IllegalArgumentException e) {
                throw new IOException(file + ": bad base64 in the " + m.group(1) + " block");
            }
        }
        return out;
    }

    /** The named curve of a SEC1 ECPrivateKey: SEQUENCE { version, privateKey, [0] parameters OID, ... }. */
    private static byte[] curveOf(byte[] sec1, Path file) throws IOException {
        Der outer = new Der(sec1, 0);
        if (outer.tag != 0x30) throw new IOException(file + ": not a SEC1 EC key");
        int pos = outer.contentStart;
        while (pos < outer.end) {
            Der field = new Der(sec1, pos);
            if (field.tag == (byte) 0xa0) {
                Der inner = new Der(sec1, field.contentStart);
                if (inner.tag == 0x06) return java.util.Arrays.copyOfRange(sec1, field.contentStart, inner.end);
            }
            pos = field.end;
        }
        throw new IOException(file + ": the EC key does not name its curve");
    }

    /** One DER element's tag and bounds (definite lengths only, as DER requires). */
    private static final class Der {
        final byte tag;
        final int contentStart;
        final int end;

        Der(byte[] b, int at) throws IOException {
            if (at + 2 > b.length) throw new IOException("truncated DER");
            tag = b[at];
            int len = b[at + 1] & 0xff;
            int start = at + 2;
            if (len >= 0x80) {
                int n = len & 0x7f;
                if (n == 0 || n > 3 || start + n > b.length) throw new IOException("bad DER length");
                len = 0;
                for (int i = 0; i < n; i++) len = (len << 8) | (b[start + i] & 0xff);
                start += n;
            }
            contentStart = start;
            end = start + len;
            if (end > b.length) throw new IOException("truncated DER");
        }
    }

    private static byte[] integerZero() {
        return new byte[] {0x02, 0x01, 0x00};
    }

    private static byte[] oid(byte[] body) {
        return tagged(0x06, body);
    }

    private static byte[] octetString(byte[] body) {
        return tagged(0x04, body);
    }

    private static byte[] sequence(byte[]... parts) {
        ByteArrayOutputStream all = new ByteArrayOutputStream();
        for (byte[] p : parts) all.writeBytes(p);
        return tagged(0x30, all.toByteArray());
    }

    private static byte[] tagged(int tag, byte[] body) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(tag);
        int len = body.length;
        if (len < 0x80) {
            out.write(len);
        } else if (len < 0x100) {
            out.write(0x81);
            out.write(len);
        } else if (len < 0x10000) {
            out.write(0x82);
            out.write(len >> 8);
            out.write(len & 0xff);
        } else {
            out.write(0x83);
            out.write(len >> 16);
            out.write((len >> 8) & 0xff);
            out.write(len & 0xff);
        }
        out.writeBytes(body);
        return out.toByteArray();
    }
}
