# imgslim's own image: the jar built with Maven, a Java runtime cut down with jlink to the modules
# the jar uses, and, from the Debian base, only the shared libraries that runtime loads (a
# distroless-style image: no shell, no package manager). It runs as a non-root user.
#
#   docker build -t imgslim .
#   docker run --rm -v "$PWD:/work" imgslim lint Dockerfile
#
# The base images are build arguments: the defaults are public images; elsewhere (no registry, a
# mirror, a hardened base) pass others, e.g. the locally made ones: $(scripts/local-bases.sh).
# RUNTIME_BASE only supplies the C library and friends (any glibc Linux with ldd will do); nothing of
# it ships but those files. Builds with BuildKit and with the legacy builder (DOCKER_BUILDKIT=0, the
# default of Docker 20.10): no RUN --mount, which the legacy builder rejects. Maven's downloads get a
# layer of their own instead, reused until pom.xml changes. Only the last stage ships.
ARG BUILD_IMAGE=maven:3-eclipse-temurin-17
ARG RUNTIME_BASE=debian:bookworm-slim

FROM ${BUILD_IMAGE} AS build
WORKDIR /src
# Maven's plugins and the jar's dependencies, in a layer of their own that is reused until pom.xml
# changes (-Dmaven.main.skip: nothing to compile yet). MAVEN_MIRROR: a repository manager or any
# Maven Central mirror to download from instead of Central (kept in ~/.m2/settings.xml, which only
# this build stage sees, so that the offline build below finds what came from it).
ARG MAVEN_MIRROR=
COPY pom.xml ./
RUN if [ -n "$MAVEN_MIRROR" ]; then \
      mkdir -p "$HOME/.m2" \
      && printf '<settings><mirrors><mirror><id>mirror</id><mirrorOf>*</mirrorOf><url>%s</url></mirror></mirrors></settings>\n' \
           "$MAVEN_MIRROR" >"$HOME/.m2/settings.xml"; \
    fi \
 && mvn -B -q -Dmaven.main.skip -Dmaven.test.skip package
# The context is only pom.xml, rules/ and src/main/ (.dockerignore): one COPY, one layer. There is no
# .git in it: the commit that `imgslim --version` prints comes from the REVISION build argument.
COPY . ./
ARG REVISION=unknown
RUN mvn -B -q -o -DskipErrorProne -Dmaven.test.skip -Dgit.commit.id.abbrev="$REVISION" package

# A Java runtime with only the modules the jar needs (jdeps), plus jdk.crypto.ec, which TLS loads as
# a service (jdeps cannot see it). java.desktop (~10 MB) is left out: only java.beans references on
# optional paths of jackson and snakeyaml want it. The JVM library is stripped of its symbol table
# (4 MB; stack traces of Java code are unaffected).
FROM build AS jre
RUN jdeps --print-module-deps --ignore-missing-deps --multi-release 17 target/imgslim.jar >/tmp/modules \
 && sed -i -e 's/java\.desktop,\{0,1\}//' -e 's/,$//' /tmp/modules \
 && jlink --add-modules "$(cat /tmp/modules),jdk.crypto.ec" \
          --strip-debug --no-header-files --no-man-pages --compress=2 --output /opt/java \
 && if command -v strip >/dev/null; then strip --strip-unneeded /opt/java/lib/server/libjvm.so; fi
# Class data for start-up, as bin/imgslim keeps beside the jar: a jlinked runtime has no class-data
# archive of its own, so every class, the JDK's too, would be read and verified from scratch on each run.
# A static AppCDS archive of the classes a small lint loads, made by this runtime for the jar at the path
# it has in the image (the JVM checks the path, size and time of the jar, which COPY keeps).
# Measured with such a runtime on 2 cores: one-file lint 0.68 -> 0.33 s CPU. The '--' lets the plain
# command-line reader read the options and leave the line to picocli: the archive gets both readers.
RUN mkdir -p /opt/imgslim && cp target/imgslim.jar /opt/imgslim/imgslim.jar && cp bin/jvm.options /opt/imgslim/jvm.options \
 && printf 'FROM debian:bookworm\nRUN apt-get update && apt-get install -y curl\n' \
    | /opt/java/bin/java @/opt/imgslim/jvm.options -XX:DumpLoadedClassList=/tmp/imgslim.classlist \
        -jar /opt/imgslim/imgslim.jar lint --format plain --no-fail --no-shellcheck -- - >/dev/null \
 && /opt/java/bin/java -Xshare:dump -XX:SharedClassListFile=/tmp/imgslim.classlist \
        -XX:SharedArchiveFile=/opt/imgslim/imgslim.jsa -Xlog:cds=off -cp /opt/imgslim/imgslim.jar >/dev/null \
 && rm /tmp/imgslim.classlist

# The root file system of the image: the runtime, the jar, and the C libraries the runtime links
# (found with ldd, so whatever glibc RUNTIME_BASE has), an /etc/passwd naming the non-root user, /tmp.
FROM ${RUNTIME_BASE} AS rootfs
COPY --from=jre /opt/java /rootfs/opt/java
COPY --from=jre /opt/imgslim /rootfs/opt/imgslim
RUN set -e; \
    for lib in $(ldd /rootfs/opt/java/bin/java /rootfs/opt/java/lib/*.so /rootfs/opt/java/lib/server/libjvm.so \
                 | sed -n -e 's/.*=> \(\/[^ ]*\) .*/\1/p' -e 's/^[[:space:]]*\(\/[^ ]*\) .*/\1/p' | sort -u); do \
      case "$lib" in /rootfs/*) continue ;; esac; \
      mkdir -p "/rootfs$(dirname "$lib")"; cp -L "$lib" "/rootfs$lib"; \
    done; \
    mkdir -p /rootfs/etc /rootfs/tmp /rootfs/work; chmod 1777 /rootfs/tmp; \
    printf 'root:x:0:0:root:/root:/sbin/nologin\nnonroot:x:65532:65532:nonroot:/home/nonroot:/sbin/nologin\n' >/rootfs/etc/passwd; \
    printf 'root:x:0:\nnonroot:x:65532:\n' >/rootfs/etc/group

FROM scratch
LABEL org.opencontainers.image.title="imgslim" \
      org.opencontainers.image.description="Dockerfile linter and image-size advisor" \
      org.opencontainers.image.licenses="Apache-2.0" \
      org.opencontainers.image.source="https://github.com/imgslim/imgslim"
COPY --from=rootfs /rootfs /
USER 65532:65532
WORKDIR /work
# The JVM flags of every launcher (bin/jvm.options, a java argument file; README "Speed"), with the
# class-data archive made above.
ENTRYPOINT ["/opt/java/bin/java", "@/opt/imgslim/jvm.options", "-XX:SharedArchiveFile=/opt/imgslim/imgslim.jsa", \
            "-jar", "/opt/imgslim/imgslim.jar"]
CMD ["--help"]
