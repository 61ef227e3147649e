# A base stage picked through an ARG; the final stage is built FROM it, so it ships.
ARG BASE=debian:bookworm-slim
FROM ${BASE} AS base
RUN curl -fsSL -o /tmp/tool.tar.gz https://example.com/tool.tar.gz \
 && tar -xzf /tmp/tool.tar.gz -C /opt
# Deleting the download in the same RUN is the right way (quiet):
RUN wget -O /tmp/ok.tar.gz https://example.com/ok.tar.gz && tar -xzf /tmp/ok.tar.gz -C /opt && rm -f /tmp/ok.tar.gz

# Builder stage: its layers never ship, so nothing is reported here.
FROM debian:bookworm-slim AS build
COPY big.bin /big.bin
RUN rm /big.bin

FROM base
COPY big.bin /data/big.bin
# expect: delete-in-later-layer "COPY at line 15"
RUN rm /data/big.bin
# The download of the ancestor stage stays in its layer:
# expect: delete-in-later-layer "curl -o"
RUN rm -f /tmp/tool.tar.gz
COPY . /src
# The build context holds docs/, so it came with 'COPY .' and stays in that layer:
# expect: delete-in-later-layer
RUN rm -rf /src/docs
# No such path in the context: something a RUN made, not known here (quiet).
RUN rm -rf /src/generated
WORKDIR /opt
RUN git clone --depth 1 https://github.com/example/repo.git
# expect: delete-in-later-layer "git clone"
RUN cd repo && rm -rf .git
# A heredoc that downloads, unpacks and cleans up in one layer (quiet):
RUN <<EOF
set -e
wget -O /tmp/x.tar.gz https://example.com/x.tar.gz
tar -xzf /tmp/x.tar.gz -C /opt
rm -f /tmp/x.tar.gz
EOF
RUN wget -O /tmp/y.tar.gz https://example.com/y.tar.gz
# An 'sh -c' string is read like any script:
# expect: delete-in-later-layer
RUN sh -c 'rm -f /tmp/y.tar.gz'
# A cache mount keeps pip's cache out of every layer (quiet):
RUN --mount=type=cache,target=/root/.cache/pip pip install requests
RUN --mount=type=cache,target=/root/.cache/pip rm -rf /root/.cache/pip/http
# A small manifest: a few bytes at most (quiet).
COPY requirements.txt /tmp/requirements.txt
RUN rm /tmp/requirements.txt
# ONBUILD RUN runs in downstream builds (quiet).
ONBUILD RUN rm -rf /src
COPY --from=build /etc/os-release /etc/build-os-release
