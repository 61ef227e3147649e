FROM debian:bookworm-slim AS one
SHELL ["/bin/bash", "-o", "pipefail", "-c"]
RUN curl -fsSL https://example.com/tool.tar.gz | tar -xz -C /opt

FROM busybox:1.36 AS two
SHELL ["/bin/busybox", "sh", "-o", "pipefail", "-c"]
RUN wget -qO- https://example.com/y.tar.gz | tar -xz

FROM debian:bookworm-slim AS three
RUN set -o pipefail && curl -fsSL https://example.com/z.tar.gz | tar -xz
RUN echo done | tee /tmp/done
