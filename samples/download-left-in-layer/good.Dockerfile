FROM debian:bookworm-slim AS fetch
RUN curl -fsSLo /tmp/tool.tar.gz https://example.com/tool.tar.gz && tar -xzf /tmp/tool.tar.gz -C /opt

FROM debian:bookworm-slim
WORKDIR /opt/node
RUN curl -fsSL https://nodejs.org/dist/v22.11.0/node-v22.11.0-linux-x64.tar.xz -o node.tar.xz \
 && tar -xJf node.tar.xz --strip-components=1 && rm node.tar.xz \
 && wget -q https://repo.example.com/Miniforge3-Linux-x86_64.sh && bash Miniforge3-Linux-x86_64.sh -b -p /opt/conda \
 && rm Miniforge3-Linux-x86_64.sh \
 && curl -fsSLo /usr/local/bin/kubectl https://dl.k8s.io/release/v1.31.0/bin/linux/amd64/kubectl && chmod +x /usr/local/bin/kubectl
COPY --from=fetch /opt /opt
