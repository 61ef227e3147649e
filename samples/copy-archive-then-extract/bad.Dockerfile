# A builder stage may unpack what it likes: it does not ship.
FROM debian:bookworm-slim AS build
COPY toolchain.tar.gz /tmp/
RUN tar -xzf /tmp/toolchain.tar.gz -C /opt

FROM debian:bookworm-slim
# expect: copy-archive-then-extract "'app.tar.gz' is COPYed here and unpacked by 'tar' at line 10"
COPY app.tar.gz /tmp/
WORKDIR /opt/app
RUN tar -xzf /tmp/app.tar.gz && rm /tmp/app.tar.gz
# zip is not unpacked by ADD; --strip-components is beyond ADD
COPY assets.zip /tmp/
RUN unzip /tmp/assets.zip -d /srv
COPY data.tar.xz /tmp/
RUN tar -xJf /tmp/data.tar.xz --strip-components=1 -C /srv/data
CMD ["/opt/app/bin/app"]
