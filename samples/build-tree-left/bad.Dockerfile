# A builder stage may leave what it likes: it does not ship.
FROM debian:bookworm-slim AS build
RUN git clone --depth 1 https://github.com/madler/zlib /tmp/zlib && cd /tmp/zlib && ./configure && make

FROM example.com/toolchain:1.0
# (the toolchain comes from the base in this sample)
# expect: build-tree-left "builds in /tmp/fmt (cloned by 'git clone' in this RUN), which the RUN installs from"
RUN git clone --depth 1 --branch 10.2.1 https://github.com/fmtlib/fmt /tmp/fmt \
    && mkdir /tmp/fmt/build && cd /tmp/fmt/build \
    && cmake .. && make -j"$(nproc)" && make install
WORKDIR /usr/src
# expect: build-tree-left "builds in /usr/src/redis-7.2.4 (unpacked by 'tar'/'unzip' in this RUN)"
RUN curl -fsSL https://download.redis.io/releases/redis-7.2.4.tar.gz | tar -xz \
    && cd redis-7.2.4 && make && make install
# the tree is the application, run in place: not reported
RUN git clone --depth 1 https://github.com/example/app /opt/app && cd /opt/app && make
CMD ["/opt/app/bin/app"]
