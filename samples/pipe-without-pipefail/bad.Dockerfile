FROM debian:bookworm-slim AS one
# expect: pipe-without-pipefail "without pipefail"
RUN curl -fsSL https://example.com/tool.tar.gz | tar -xz -C /opt
# Left sides that cannot fail unnoticed, and grep that fails on empty input, are fine:
RUN echo "deb http://deb.debian.org/debian bookworm main" | tee /etc/apt/sources.list && dpkg -l | grep -q libc6
# The RUN sets pipefail itself:
RUN set -eo pipefail; curl -fsSL https://example.com/x.tar.gz | tar -xz

# busybox sh is still sh:
FROM busybox:1.36 AS two
SHELL ["/bin/busybox", "sh", "-c"]
# expect: pipe-without-pipefail
RUN wget -qO- https://example.com/y.tar.gz | tar -xz

# SHELL with -o pipefail: fine, in this stage and in stages built FROM it.
FROM debian:bookworm-slim AS three
SHELL ["/bin/bash", "-o", "pipefail", "-c"]
RUN curl -fsSL https://example.com/z.tar.gz | tar -xz
FROM three
RUN curl -fsSL https://example.com/z.tar.gz | tar -xz
RUN <<EOF python3
import sys; print(sys.version)
EOF
