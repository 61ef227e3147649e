package dev.imgslim.probe;

/** The manifest media types the probe understands (Docker distribution v2 and OCI image spec). */
public final class MediaTypes {
    public static final String DOCKER_MANIFEST = "application/vnd.docker.distribution.manifest.v2+json";
    public static final String DOCKER_LIST = "application/vnd.docker.distribution.manifest.list.v2+json";
    public static final String OCI_MANIFEST = "application/vnd.oci.image.manifest.v1+json";
    public static final String OCI_INDEX = "application/vnd.oci.image.index.v1+json";

    private MediaTypes() {}

    static boolean isIndex(String mediaType) {
        return DOCKER_LIST.equals(mediaType) || OCI_INDEX.equals(mediaType);
    }

    static boolean isManifest(String mediaType) {
        return DOCKER_MANIFEST.equals(mediaType) || OCI_MANIFEST.equals(mediaType);
    }
}
