FROM debian:bookworm-slim AS build
COPY toolchain.tar.gz /tmp/
RUN tar -xzf /tmp/toolchain.tar.gz -C /opt

FROM debian:bookworm-slim
ADD app.tar.gz /opt/app/
COPY assets.zip /tmp/
RUN unzip /tmp/assets.zip -d /srv
COPY data.tar.xz /tmp/
RUN tar -xJf /tmp/data.tar.xz --strip-components=1 -C /srv/data
# an archive kept as a file (say, for a later restore) is no finding
COPY backup.tar.gz /var/backups/
CMD ["/opt/app/bin/app"]
