#!/usr/bin/env bash
# Makes, with no registry, the two base images imgslim's own Dockerfile needs, in the Docker daemon
# named by DOCKER_HOST (scripts/testenv.sh start prints it), and prints the matching build args:
#
#   imgslim-test/debian:bookworm        debootstrap --variant=minbase bookworm, trimmed like
#                                       debian:bookworm-slim (no docs, man pages, locales, apt caches)
#   imgslim-test/maven:3-jdk17-bookworm that image + openjdk-17-jdk-headless, maven and binutils (jlink
#                                       --strip-debug runs objcopy), from apt with --network host
#
#   docker build --network host $(scripts/local-bases.sh) -t imgslim .
#
# The debootstrap tarball is kept in ${IMGSLIM_TESTENV:-<repo>/.testenv}/cache, so it is made once
# (about two minutes, from deb.debian.org) even when the daemon's images are gone. Existing images
# are reused; IMGSLIM_REBUILD_BASES=1 makes them again. Needs root for debootstrap.
set -euo pipefail
REPO="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
STATE="${IMGSLIM_TESTENV:-$REPO/.testenv}"
CACHE="$STATE/cache"
MIRROR="${IMGSLIM_DEBIAN_MIRROR:-http://deb.debian.org/debian}"
RUNTIME_TAG=imgslim-test/debian:bookworm
BUILD_TAG=imgslim-test/maven:3-jdk17-bookworm
TARBALL="$CACHE/debian-bookworm-minbase-slim.tar"
# The Debian client matches the Debian daemon (a newer client may want buildx for BuildKit builds).
if [ -z "${DOCKER:-}" ]; then
  if [ -x /usr/bin/docker ]; then DOCKER=/usr/bin/docker; else DOCKER="$(command -v docker)"; fi
fi
export DOCKER_HOST="${DOCKER_HOST:-unix://$STATE/docker.sock}"

log() { echo "local-bases: $*" >&2; }
die() { echo "local-bases: error: $*" >&2; exit 1; }
have_image() { [ -z "${IMGSLIM_REBUILD_BASES:-}" ] && "$DOCKER" image inspect "$1" >/dev/null 2>&1; }

"$DOCKER" version >/dev/null 2>&1 || die "no Docker daemon at $DOCKER_HOST (eval \"\$(scripts/testenv.sh start)\")"

make_tarball() {
  command -v debootstrap >/dev/null 2>&1 || {
    [ "$(id -u)" = 0 ] || die "debootstrap is missing (apt-get install debootstrap)"
    log "installing debootstrap"
    # the keyring: Ubuntu's debootstrap needs it to check Debian's archive
    { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq debootstrap debian-archive-keyring; } >&2
  }
  [ "$(id -u)" = 0 ] || die "debootstrap needs root"
  mkdir -p "$CACHE"
  local root
  root="$(mktemp -d "$CACHE/rootfs.XXXXXX")"
  chmod 755 "$root"  # it becomes the image's /, which every user must be able to enter
  # debootstrap mounts /proc and /sys in the target while it configures packages; make sure
  # nothing stays mounted (and nothing is left behind) whatever happens.
  trap 'umount -l "'"$root"'/proc" "'"$root"'/sys" 2>/dev/null || true; rm -rf --one-file-system "'"$root"'"' EXIT
  log "debootstrap --variant=minbase bookworm from $MIRROR (about two minutes; log: $CACHE/debootstrap.log)"
  local keyring=()
  [ -f /usr/share/keyrings/debian-archive-keyring.gpg ] && keyring=(--keyring /usr/share/keyrings/debian-archive-keyring.gpg)
  if ! debootstrap "${keyring[@]}" --variant=minbase bookworm "$root" "$MIRROR" >"$CACHE/debootstrap.log" 2>&1; then
    tail -n 20 "$CACHE/debootstrap.log" >&2
    die "debootstrap failed"
  fi
  # What debian:bookworm-slim leaves out: documentation, man pages, locales, apt's caches and lists.
  rm -rf "$root"/var/cache/apt/archives/*.deb "$root"/var/cache/apt/*.bin "$root"/var/lib/apt/lists/* \
         "$root"/usr/share/man/* "$root"/usr/share/info/* "$root"/usr/share/locale/* \
         "$root"/var/log/* "$root"/tmp/*
  find "$root/usr/share/doc" -mindepth 1 -not -name copyright -not -type d -delete
  tar --numeric-owner -C "$root" -cf "$TARBALL.part" .
  mv "$TARBALL.part" "$TARBALL"
  log "cached $TARBALL ($(du -h "$TARBALL" | cut -f1))"
}

if ! have_image "$RUNTIME_TAG"; then
  if [ ! -s "$TARBALL" ] || [ -n "${IMGSLIM_REBUILD_BASES:-}" ]; then make_tarball; fi
  log "docker import $TARBALL $RUNTIME_TAG"
  "$DOCKER" import "$TARBALL" "$RUNTIME_TAG" >/dev/null
fi

if ! have_image "$BUILD_TAG"; then
  log "building $BUILD_TAG (apt-get install openjdk-17-jdk-headless maven binutils, --network host)"
  ctx="$(mktemp -d)"
  # The builder trusts what this machine trusts: local CAs (a TLS-inspecting proxy between the build
  # and Maven Central, for instance) are copied in from /usr/local/share/ca-certificates.
  mkdir -p "$ctx/ca"
  cp /usr/local/share/ca-certificates/*.crt "$ctx/ca/" 2>/dev/null || true
  printf '%s\n' \
    "FROM $RUNTIME_TAG" \
    "COPY ca/ /usr/local/share/ca-certificates/" \
    "RUN apt-get update \\" \
    " && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends openjdk-17-jdk-headless maven binutils ca-certificates \\" \
    " && update-ca-certificates \\" \
    " && rm -rf /var/lib/apt/lists/*" >"$ctx/Dockerfile"
  if ! DOCKER_BUILDKIT=0 "$DOCKER" build --network host -q -t "$BUILD_TAG" "$ctx" >&2; then
    rm -rf "$ctx"; die "building $BUILD_TAG failed"
  fi
  rm -rf "$ctx"
fi

echo "--build-arg BUILD_IMAGE=$BUILD_TAG --build-arg RUNTIME_BASE=$RUNTIME_TAG"
