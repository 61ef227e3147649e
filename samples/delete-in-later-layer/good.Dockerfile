ARG BASE=debian:bookworm-slim
FROM ${BASE} AS base
RUN curl -fsSL -o /tmp/tool.tar.gz https://example.com/tool.tar.gz \
 && tar -xzf /tmp/tool.tar.gz -C /opt \
 && rm -f /tmp/tool.tar.gz

FROM debian:bookworm-slim AS build
COPY big.bin /big.bin
RUN rm /big.bin

FROM base
# Only what the image needs: app/ (docs/ and big.bin stay out).
COPY app/ /src/app/
WORKDIR /opt
RUN git clone --depth 1 https://github.com/example/repo.git \
 && rm -rf repo/.git
COPY requirements.txt /tmp/requirements.txt
RUN --mount=type=cache,target=/root/.cache/pip pip install --no-cache-dir -r /tmp/requirements.txt \
 && rm /tmp/requirements.txt
COPY --from=build /etc/os-release /etc/build-os-release
