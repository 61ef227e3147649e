FROM debian:bookworm-slim AS build
RUN git clone --depth 1 https://github.com/madler/zlib /tmp/zlib && cd /tmp/zlib && ./configure && make

FROM example.com/toolchain:1.0
# (the toolchain comes from the base in this sample)
RUN git clone --depth 1 --branch 10.2.1 https://github.com/fmtlib/fmt /tmp/fmt \
    && mkdir /tmp/fmt/build && cd /tmp/fmt/build \
    && cmake .. && make -j"$(nproc)" && make install \
    && cd / && rm -rf /tmp/fmt
WORKDIR /usr/src
RUN curl -fsSL https://download.redis.io/releases/redis-7.2.4.tar.gz | tar -xz \
    && cd redis-7.2.4 && make && make install \
    && cd .. && rm -rf redis-7.2.4
RUN git clone --depth 1 https://github.com/example/app /opt/app && cd /opt/app && make
# an editable install keeps its tree on purpose
RUN git clone --depth 1 https://github.com/example/lib /opt/lib && pip install --no-cache-dir -e /opt/lib
COPY --from=build /tmp/zlib/libz.a /usr/local/lib/
CMD ["/opt/app/bin/app"]
