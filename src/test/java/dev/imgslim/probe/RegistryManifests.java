package dev.imgslim.probe;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/**
 * Raw registry requests made by the tests themselves, independently of the probe's
 * RegistryClient, so the probe's figures are checked against what the registry really says.
 */
final class RegistryManifests {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    record Raw(String digest, String mediaType, JsonNode json) {
        long layerSum() {
            long sum = 0;
            for (JsonNode l : json.path("layers")) sum += l.path("size").asLong();
            return sum;
        }

        int layerCount() {
            return json.path("layers").size();
        }
    }

    static Raw get(String registry, String path, String reference) throws Exception {
        HttpResponse<byte[]> r = HTTP.send(
                HttpRequest.newBuilder(URI.create("http://" + registry + "/v2/" + path + "/manifests/" + reference))
                        .header("Accept", MediaTypes.DOCKER_MANIFEST + ", " + MediaTypes.OCI_MANIFEST)
                        .timeout(Duration.ofSeconds(10))
                        .build(),
                HttpResponse.BodyHandlers.ofByteArray());
        if (r.statusCode() != 200)
            throw new IllegalStateException("GET manifest " + path + ":" + reference + " -> " + r.statusCode());
        return new Raw(
                r.headers().firstValue("Docker-Content-Digest").orElseThrow(),
                r.headers().firstValue("Content-Type").orElse(""),
                JSON.readTree(r.body()));
    }

    /** PUT a manifest (e.g. an index this test composes) and return the digest the registry gives it. */
    static String put(String registry, String path, String reference, String mediaType, String body) throws Exception {
        HttpResponse<String> r = HTTP.send(
                HttpRequest.newBuilder(URI.create("http://" + registry + "/v2/" + path + "/manifests/" + reference))
                        .header("Content-Type", mediaType)
                        .timeout(Duration.ofSeconds(10))
                        .PUT(HttpRequest.BodyPublishers.ofString(body))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        if (r.statusCode() != 201)
            throw new IllegalStateException("PUT manifest -> " + r.statusCode() + ": " + r.body());
        return r.headers().firstValue("Docker-Content-Digest").orElseThrow();
    }
}
