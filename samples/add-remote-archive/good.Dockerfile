# Fetch and unpack where it does not ship; --checksum pins the download.
FROM debian:bookworm-slim AS fetch
ADD --checksum=sha256:24454f830cdb571e2c4ad15481119c43b3cafd48dd869a9b2945d1036d1dc68d https://example.com/node-v20.tar.xz /tmp/node.tar.xz
RUN mkdir -p /out && tar -xJf /tmp/node.tar.xz -C /out --strip-components=1

FROM debian:bookworm-slim
COPY --from=fetch /out/ /usr/local/
ADD https://example.com/tini /usr/local/bin/tini
# The archive is unpacked in place and kept whole.
ADD vendor.tar.gz /opt/
