package dev.imgslim.rules.buildkit;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * ENV names that well-known base images set in their image config, so that {@code undefined-var} knows
 * {@code $PYTHON_VERSION} on {@code python:3.12} is defined. BuildKit reads the real config when it
 * builds; a linter without the image can only know the common cases. Taken from the official images'
 * Dockerfiles (docker-library), generous on purpose: a name listed that a given tag lacks only costs a
 * missed finding. Unknown images return null: the caller must then not judge.
 */
final class ImageEnv {
    private ImageEnv() {}

    /** Distribution images: their config sets no ENV but PATH. */
    private static final Set<String> DISTRIBUTIONS = Set.of(
            "scratch",
            "alpine",
            "busybox",
            "debian",
            "ubuntu",
            "fedora",
            "centos",
            "rockylinux",
            "almalinux",
            "amazonlinux",
            "archlinux",
            "oraclelinux",
            "buildpack-deps");

    private static final List<String> JAVA = List.of("JAVA_HOME", "JAVA_VERSION", "LANG", "LANGUAGE", "LC_ALL");
    private static final Map<String, List<String>> BY_NAME = Map.ofEntries(
            Map.entry("golang", List.of("GOLANG_VERSION", "GOPATH", "GOTOOLCHAIN")),
            Map.entry(
                    "python",
                    List.of(
                            "LANG",
                            "GPG_KEY",
                            "PYTHON_VERSION",
                            "PYTHON_SHA256",
                            "PYTHON_PIP_VERSION",
                            "PYTHON_SETUPTOOLS_VERSION",
                            "PYTHON_GET_PIP_URL",
                            "PYTHON_GET_PIP_SHA256")),
            Map.entry("node", List.of("NODE_VERSION", "YARN_VERSION")),
            Map.entry(
                    "ruby",
                    List.of(
                            "LANG",
                            "RUBY_MAJOR",
                            "RUBY_VERSION",
                            "RUBY_DOWNLOAD_URL",
                            "RUBY_DOWNLOAD_SHA256",
                            "GEM_HOME",
                            "BUNDLE_SILENCE_ROOT_WARNING",
                            "BUNDLE_APP_CONFIG")),
            Map.entry("rust", List.of("RUSTUP_HOME", "CARGO_HOME", "RUST_VERSION")),
            Map.entry(
                    "php",
                    List.of(
                            "PHPIZE_DEPS",
                            "PHP_INI_DIR",
                            "APACHE_CONFDIR",
                            "APACHE_ENVVARS",
                            "PHP_CFLAGS",
                            "PHP_CPPFLAGS",
                            "PHP_LDFLAGS",
                            "GPG_KEYS",
                            "PHP_VERSION",
                            "PHP_URL",
                            "PHP_ASC_URL",
                            "PHP_SHA256")),
            Map.entry(
                    "nginx",
                    List.of(
                            "NGINX_VERSION",
                            "NJS_VERSION",
                            "NJS_RELEASE",
                            "PKG_RELEASE",
                            "DYNPKG_RELEASE",
                            "ACME_VERSION")),
            Map.entry("httpd", List.of("HTTPD_PREFIX", "HTTPD_VERSION", "HTTPD_SHA256", "HTTPD_PATCHES")),
            Map.entry("openjdk", JAVA),
            Map.entry("eclipse-temurin", JAVA),
            Map.entry("amazoncorretto", JAVA),
            Map.entry("maven", concat(JAVA, List.of("MAVEN_HOME", "MAVEN_CONFIG"))),
            Map.entry("gradle", concat(JAVA, List.of("GRADLE_HOME", "GRADLE_VERSION"))));

    private static List<String> concat(List<String> a, List<String> b) {
        var out = new java.util.ArrayList<>(a);
        out.addAll(b);
        return List.copyOf(out);
    }

    /** ENV names the image sets ({@code PATH} always, as BuildKit ensures it), when the image is known. */
    static Optional<Set<String>> of(String reference) {
        Optional<String> name = libraryName(reference);
        if (name.isEmpty()) {
            if (reference.startsWith("gcr.io/distroless/")) return Optional.of(names(List.of("SSL_CERT_FILE")));
            return Optional.empty();
        }
        if (DISTRIBUTIONS.contains(name.get())) return Optional.of(names(List.of()));
        List<String> env = BY_NAME.get(name.get());
        return env == null ? Optional.empty() : Optional.of(names(env));
    }

    private static Set<String> names(List<String> env) {
        Set<String> out = new LinkedHashSet<>();
        out.add("PATH");
        out.addAll(env);
        return out;
    }

    /** {@code python:3.12-slim}, {@code docker.io/library/python} to {@code python}; empty for other repositories. */
    static Optional<String> libraryName(String reference) {
        String r = reference.trim().toLowerCase(Locale.ROOT);
        int at = r.indexOf('@');
        if (at >= 0) r = r.substring(0, at);
        int slash = r.lastIndexOf('/');
        int colon = r.lastIndexOf(':');
        if (colon > slash) r = r.substring(0, colon);
        for (String prefix : List.of("docker.io/library/", "index.docker.io/library/", "library/", "docker.io/")) {
            if (r.startsWith(prefix)) {
                r = r.substring(prefix.length());
                break;
            }
        }
        return r.isEmpty() || r.contains("/") ? Optional.empty() : Optional.of(r);
    }
}
