# Builder stage: its layers never ship, so nothing is reported here.
FROM debian:bookworm AS build
RUN apt-get update && apt-get install -y --no-install-recommends gcc

FROM debian:bookworm-slim
LABEL description="café"
# expect: apt-lists-not-removed "rm -rf /var/lib/apt/lists/*"
RUN apt-get update && apt-get install -y --no-install-recommends curl
# Removing the lists in a later layer saves nothing:
# expect: apt-lists-not-removed
RUN apt-get update \
 && apt-get install -y --no-install-recommends jq
RUN rm -rf /var/lib/apt/lists/*
# expect: apt-lists-not-removed
RUN <<EOF
set -e
apt-get update
apt-get install -y --no-install-recommends git
EOF
# An install without an update adds no lists to its layer (apt-update-separate reports a lone update):
RUN apt-get install -y --no-install-recommends less
# apt 2.7+ (Debian trixie): dist-clean removes the lists too.
RUN apt-get update && apt-get install -y --no-install-recommends vim-tiny && apt-get dist-clean
COPY --from=build /usr/bin/gcc /usr/local/bin/gcc
