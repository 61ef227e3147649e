# Pinning applies to builder stages too (hadolint's semantics).
FROM debian:bookworm AS build
# expect: apt-unpinned "'make'"
RUN apt-get update && apt-get install -y gcc=4:12.2.0-3 make
FROM debian:bookworm-slim
# expect: apt-unpinned "packages 'curl' and 'jq'"
RUN apt-get update && apt-get install -y --no-install-recommends -t bookworm-backports curl jq
# Local .deb files and variables are not judged:
RUN apt-get install -y ./vendor.deb $EXTRA_PACKAGES
