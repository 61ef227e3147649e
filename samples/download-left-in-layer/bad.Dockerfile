# A builder stage: its downloads never ship (quiet).
FROM debian:bookworm-slim AS fetch
RUN curl -fsSLo /tmp/tool.tar.gz https://example.com/tool.tar.gz && tar -xzf /tmp/tool.tar.gz -C /opt

FROM debian:bookworm-slim
WORKDIR /opt/node
# expect: download-left-in-layer "node.tar.xz"
RUN curl -fsSL https://nodejs.org/dist/v22.11.0/node-v22.11.0-linux-x64.tar.xz -o node.tar.xz && tar -xJf node.tar.xz --strip-components=1
# expect: download-left-in-layer "'bash'"
RUN wget -q https://repo.example.com/Miniforge3-Linux-x86_64.sh && bash Miniforge3-Linux-x86_64.sh -b -p /opt/conda
# Deleted in the same RUN, streamed, or the download is the content (quiet):
RUN curl -fsSLo /tmp/go.tgz https://go.dev/dl/go1.22.5.linux-amd64.tar.gz && tar -C /usr/local -xzf /tmp/go.tgz && rm /tmp/go.tgz
RUN curl -fsSL https://example.com/jq.tar.gz | tar -xz -C /usr/local/bin
RUN curl -fsSLo /usr/local/bin/kubectl https://dl.k8s.io/release/v1.31.0/bin/linux/amd64/kubectl && chmod +x /usr/local/bin/kubectl
COPY --from=fetch /opt /opt
