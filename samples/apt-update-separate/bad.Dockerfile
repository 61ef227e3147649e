# Builder stage: its layers never ship, so nothing is reported here.
FROM debian:bookworm-slim AS build
RUN apt-get update

FROM debian:bookworm-slim
# expect: apt-update-separate "'apt-get update'"
RUN apt-get update
RUN apt-get install -y --no-install-recommends curl && rm -rf /var/lib/apt/lists/*
# Adding a repository and refreshing: the install one RUN later may get a stale index.
# expect: apt-update-separate
RUN echo "deb http://deb.debian.org/debian bookworm-backports main" > /etc/apt/sources.list.d/backports.list \
 && apt-get update
ENV DEBIAN_FRONTEND=noninteractive
# An install script after the update probably installs with it (quiet).
RUN apt-get update && ./install-deps.sh && rm -rf /var/lib/apt/lists/*
# A heredoc that refreshes and cleans up leaves nothing (quiet).
RUN <<EOF
apt-get update
rm -rf /var/lib/apt/lists/*
EOF
# A cache mount keeps the lists out of the layer (quiet).
RUN --mount=type=cache,target=/var/lib/apt/lists,sharing=locked apt-get update
# expect: apt-update-separate
RUN sh -c 'apt update'
# ONBUILD RUN runs in downstream builds (quiet).
ONBUILD RUN apt-get update
