package dev.imgslim.probe;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.net.ConnectException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads manifests from a registry over the distribution API (v2) with {@code java.net.http},
 * without pulling anything. Handles the token flow registries use: an anonymous request gets
 * 401 with {@code WWW-Authenticate: Bearer realm=...,service=...,scope=...}; we fetch a token
 * from the realm (with Basic credentials from config.json when there are any) and retry.
 *
 * <p>Every request carries {@code --timeout}: a registry that accepts the connection and then
 * says nothing must not hang the probe. Credentials are never put into messages.
 */
public final class RegistryClient {

    /** What we accept, newest first; the registry picks one and tells us in Content-Type. */
    public static final String ACCEPT = String.join(
            ", ", MediaTypes.OCI_INDEX, MediaTypes.DOCKER_LIST, MediaTypes.OCI_MANIFEST, MediaTypes.DOCKER_MANIFEST);

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern CHALLENGE_PARAM = Pattern.compile("(\\w+)=\"([^\"]*)\"");

    private final HttpClient http;
    private final Duration timeout;
    private final Function<String, Optional<RegistryCredentials>> credentials;
    /** Bearer tokens by registry+scope, so a list and its platform manifest share one token. */
    private final Map<String, String> tokens = new ConcurrentHashMap<>();

    /** A fetched manifest: its bytes, media type, and digest (from Docker-Content-Digest, else computed). */
    @SuppressWarnings("ArrayRecordComponent") // a carrier of fetched bytes, never compared or hashed
    public record Manifest(String mediaType, String digest, byte[] body) {}

    /**
     * @param credentials lookup by registry domain; return empty for anonymous access
     */
    public RegistryClient(Duration timeout, Function<String, Optional<RegistryCredentials>> credentials) {
        this.timeout = timeout;
        this.credentials = credentials;
        this.http = HttpClient.newBuilder()
                .connectTimeout(timeout)
                .followRedirects(HttpClient.Redirect.NORMAL)
                .build();
    }

    /** Anonymous access only; for tests and public images. */
    public static RegistryClient anonymous(Duration timeout) {
        return new RegistryClient(timeout, domain -> Optional.empty());
    }

    /** {@code GET /v2/<path>/manifests/<reference>}; reference is a tag or a digest. */
    public Manifest manifest(ImageName image, String reference) throws ProbeFault {
        HttpResponse<byte[]> response = get(image, "/manifests/" + reference);
        byte[] body = response.body();
        int status = response.statusCode();
        if (status == 200) {
            String mediaType = response.headers()
                    .firstValue("Content-Type")
                    .orElse("")
                    .split(";")[0]
                    .trim();
            String digest =
                    response.headers().firstValue("Docker-Content-Digest").orElseGet(() -> sha256(body));
            return new Manifest(mediaType, digest, body);
        }
        String what = image.digest() != null && reference.equals(image.digest())
                ? "digest " + reference
                : "tag '" + reference + "'";
        if (reference.startsWith("sha256:") && image.digest() == null) what = "manifest " + reference;
        if (status == 404) {
            if (errorCode(response.body()).filter("NAME_UNKNOWN"::equals).isPresent()) {
                throw new ProbeFault(
                        ProbeFault.Kind.NOT_FOUND, "repository " + image.repository() + " not found in the registry");
            }
            throw new ProbeFault(ProbeFault.Kind.NOT_FOUND, what + " not found in " + image.repository());
        }
        if (status == 401 || status == 403) {
            throw new ProbeFault(
                    ProbeFault.Kind.AUTH_REFUSED,
                    "registry " + image.domain() + " refused access to " + image.path() + " (HTTP " + status + ")"
                            + credentialsHint(image));
        }
        throw new ProbeFault(
                ProbeFault.Kind.REGISTRY_ERROR,
                "registry " + image.domain() + " answered HTTP " + status + " for " + what + " of " + image.path());
    }

    /**
     * {@code GET /v2/<path>/blobs/<digest>}, for small blobs (an image config). Empty when the
     * registry does not hand it over: callers use it to learn more, never to fail a measurement.
     */
    public Optional<byte[]> smallBlob(ImageName image, String digest) {
        try {
            HttpResponse<byte[]> response = get(image, "/blobs/" + digest);
            return response.statusCode() == 200 ? Optional.of(response.body()) : Optional.empty();
        } catch (ProbeFault e) {
            return Optional.empty();
        }
    }

    /**
     * {@code GET /v2/<path>/blobs/<digest>} as a stream, for layer blobs: nothing is held in memory.
     * The caller closes it. The request timeout bounds the wait for the answer, not the download.
     */
    public InputStream openBlob(ImageName image, String digest) throws ProbeFault {
        URI uri = URI.create(image.registryBaseUri() + "/v2/" + image.path() + "/blobs/" + digest);
        String scope = "repository:" + image.path() + ":pull";
        HttpResponse<InputStream> response = exchange(
                request(image, uri, scope), "registry " + image.domain(), HttpResponse.BodyHandlers.ofInputStream());
        if (response.statusCode() == 401) {
            closeQuietly(response.body());
            authenticate(
                    image, response.headers().firstValue("WWW-Authenticate").orElse(""), scope);
            response = exchange(
                    request(image, uri, scope),
                    "registry " + image.domain(),
                    HttpResponse.BodyHandlers.ofInputStream());
        }
        if (response.statusCode() == 200) return response.body();
        closeQuietly(response.body());
        int status = response.statusCode();
        if (status == 404) {
            throw new ProbeFault(ProbeFault.Kind.NOT_FOUND, "blob " + digest + " not found in " + image.repository());
        }
        if (status == 403) {
            throw new ProbeFault(
                    ProbeFault.Kind.AUTH_REFUSED,
                    "registry " + image.domain() + " refused blob " + digest + " of " + image.path() + " (HTTP 403)"
                            + credentialsHint(image));
        }
        throw new ProbeFault(
                ProbeFault.Kind.REGISTRY_ERROR,
                "registry " + image.domain() + " answered HTTP " + status + " for blob " + digest + " of "
                        + image.path());
    }

    private static void closeQuietly(InputStream in) {
        try {
            in.close();
        } catch (IOException ignored) {
            // nothing was read from it
        }
    }

    /** GET below the repository, answering one 401 challenge (token or basic) and retrying once. */
    private HttpResponse<byte[]> get(ImageName image, String below) throws ProbeFault {
        URI uri = URI.create(image.registryBaseUri() + "/v2/" + image.path() + below);
        String scope = "repository:" + image.path() + ":pull";
        HttpResponse<byte[]> first = send(image, uri, scope);
        if (first.statusCode() != 401) return first;
        String challenge = first.headers().firstValue("WWW-Authenticate").orElse("");
        authenticate(image, challenge, scope);
        return send(image, uri, scope);
    }

    /** Sends with the cached token for this scope when there is one (anonymous otherwise). */
    private HttpResponse<byte[]> send(ImageName image, URI uri, String scope) throws ProbeFault {
        return exchange(request(image, uri, scope), "registry " + image.domain());
    }

    private HttpRequest request(ImageName image, URI uri, String scope) {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri)
                .timeout(timeout)
                .header("Accept", ACCEPT)
                .GET();
        String token = tokens.get(tokenKey(image, scope));
        if (token != null) request.header("Authorization", token);
        return request.build();
    }

    /** Answers a 401 challenge: Bearer (token service) or Basic (credentials straight to the registry). */
    private void authenticate(ImageName image, String challenge, String defaultScope) throws ProbeFault {
        Optional<RegistryCredentials> creds = credentials.apply(image.domain());
        String key = tokenKey(image, defaultScope);
        if (challenge.regionMatches(true, 0, "Basic", 0, 5)) {
            if (creds.isEmpty()) {
                throw new ProbeFault(
                        ProbeFault.Kind.AUTH_REFUSED,
                        "registry " + image.domain() + " requires a login (HTTP 401)" + credentialsHint(image));
            }
            tokens.put(key, creds.get().basicHeader());
            return;
        }
        if (!challenge.regionMatches(true, 0, "Bearer", 0, 6)) {
            throw new ProbeFault(
                    ProbeFault.Kind.AUTH_REFUSED,
                    "registry " + image.domain() + " refused access to " + image.path()
                            + " (HTTP 401, no usable challenge)");
        }
        Map<String, String> params = new LinkedHashMap<>();
        Matcher m = CHALLENGE_PARAM.matcher(challenge);
        while (m.find()) params.put(m.group(1).toLowerCase(java.util.Locale.ROOT), m.group(2));
        String realm = params.get("realm");
        if (realm == null || realm.isBlank()) {
            throw new ProbeFault(
                    ProbeFault.Kind.AUTH_REFUSED,
                    "registry " + image.domain() + " sent a Bearer challenge without a realm");
        }
        StringBuilder query = new StringBuilder();
        if (params.containsKey("service")) query.append("service=").append(enc(params.get("service")));
        String scope = params.getOrDefault("scope", defaultScope);
        query.append(query.length() > 0 ? "&" : "").append("scope=").append(enc(scope));
        URI tokenUri;
        try {
            tokenUri = URI.create(realm + (realm.contains("?") ? "&" : "?") + query);
        } catch (IllegalArgumentException e) {
            throw new ProbeFault(
                    ProbeFault.Kind.AUTH_REFUSED, "registry " + image.domain() + " sent an invalid token realm");
        }
        HttpRequest.Builder request =
                HttpRequest.newBuilder(tokenUri).timeout(timeout).GET();
        creds.ifPresent(c -> request.header("Authorization", c.basicHeader()));
        String service =
                "token service " + tokenUri.getHost() + (tokenUri.getPort() > 0 ? ":" + tokenUri.getPort() : "");
        HttpResponse<byte[]> response = exchange(request.build(), service);
        int status = response.statusCode();
        if (status == 401 || status == 403) {
            throw new ProbeFault(
                    ProbeFault.Kind.AUTH_REFUSED,
                    service + " refused a token for " + image.path() + " (HTTP " + status + ")"
                            + credentialsHint(image));
        }
        if (status != 200) {
            throw new ProbeFault(ProbeFault.Kind.REGISTRY_ERROR, service + " answered HTTP " + status);
        }
        String token;
        try {
            JsonNode body = JSON.readTree(response.body());
            token = body.path("token").asText(body.path("access_token").asText(""));
        } catch (IOException e) {
            token = "";
        }
        if (token.isEmpty()) {
            throw new ProbeFault(ProbeFault.Kind.AUTH_REFUSED, service + " answered without a token");
        }
        tokens.put(key, "Bearer " + token);
    }

    private HttpResponse<byte[]> exchange(HttpRequest request, String who) throws ProbeFault {
        return exchange(request, who, HttpResponse.BodyHandlers.ofByteArray());
    }

    private <T> HttpResponse<T> exchange(HttpRequest request, String who, HttpResponse.BodyHandler<T> body)
            throws ProbeFault {
        try {
            return sendBounded(request, body);
        } catch (HttpConnectTimeoutException e) {
            throw new ProbeFault(
                    ProbeFault.Kind.REGISTRY_TIMEOUT,
                    who + " did not accept a connection within " + DurationParser.format(timeout) + " (--timeout)");
        } catch (HttpTimeoutException e) {
            throw new ProbeFault(
                    ProbeFault.Kind.REGISTRY_TIMEOUT,
                    who + " did not answer within " + DurationParser.format(timeout) + " (--timeout)");
        } catch (ConnectException e) {
            // java.net.http reports a refused connection as a ConnectException without a message
            // (its cause is a bare ClosedChannelException): say what it means. A name that does not
            // resolve comes the same way, with an UnresolvedAddressException inside.
            String why = unresolved(e)
                    ? "cannot resolve the host name " + request.uri().getHost()
                    : e.getMessage() == null || e.getMessage().isBlank() ? "connection refused" : reason(e);
            throw new ProbeFault(
                    ProbeFault.Kind.REGISTRY_UNREACHABLE,
                    "cannot reach " + who + " at " + request.uri().getScheme() + "://"
                            + request.uri().getAuthority() + " (" + why + ")");
        } catch (IOException | IllegalArgumentException e) {
            throw new ProbeFault(
                    ProbeFault.Kind.REGISTRY_UNREACHABLE,
                    "cannot reach " + who + " at " + request.uri().getScheme() + "://"
                            + request.uri().getAuthority() + " (" + reason(e) + ")");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ProbeFault(ProbeFault.Kind.INTERRUPTED, "interrupted while talking to " + who);
        }
    }

    /**
     * The request timeout covers the wait for the response headers only; a registry that sends
     * headers and then stalls the body would hang. The whole exchange gets twice the timeout.
     */
    private <T> HttpResponse<T> sendBounded(HttpRequest request, HttpResponse.BodyHandler<T> body)
            throws IOException, InterruptedException {
        java.util.concurrent.CompletableFuture<HttpResponse<T>> f = http.sendAsync(request, body);
        try {
            return f.get(timeout.toMillis() * 2, java.util.concurrent.TimeUnit.MILLISECONDS);
        } catch (java.util.concurrent.TimeoutException e) {
            f.cancel(true);
            throw new HttpTimeoutException("no complete response");
        } catch (java.util.concurrent.ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof IOException io) throw io;
            if (cause instanceof RuntimeException r) throw r;
            throw new IOException(cause);
        }
    }

    private String credentialsHint(ImageName image) {
        return credentials.apply(image.domain()).isPresent()
                ? "; the credentials in config.json were not accepted"
                : "; no credentials for " + image.domain() + " in config.json";
    }

    private static boolean unresolved(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof java.nio.channels.UnresolvedAddressException || t instanceof java.net.UnknownHostException)
                return true;
        }
        return false;
    }

    private static String reason(Throwable e) {
        if (unresolved(e)) return "cannot resolve the host name";
        Throwable t = e;
        while (t.getCause() != null && t.getCause() != t) t = t.getCause();
        String msg = t.getMessage();
        if (t instanceof ConnectException && (msg == null || msg.isBlank())) return "connection refused";
        if (msg == null || msg.isBlank()) return t.getClass().getSimpleName();
        return msg.toLowerCase(java.util.Locale.ROOT).contains("connection refused") ? "connection refused" : msg;
    }

    private static String tokenKey(ImageName image, String scope) {
        return image.domain() + " " + scope;
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    /** The first error code of a registry's error body ({@code NAME_UNKNOWN}, ...); empty when it has none. */
    private static Optional<String> errorCode(byte[] body) {
        try {
            return Optional.ofNullable(
                    JSON.readTree(body).path("errors").path(0).path("code").asText(null));
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    static String sha256(byte[] bytes) {
        try {
            return "sha256:"
                    + HexFormat.of()
                            .formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
