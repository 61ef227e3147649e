FROM debian:bookworm-slim
RUN wget --progress=dot:giga https://example.com/tool.tar.gz
RUN wget -q https://example.com/other.tar.gz
RUN wget -nv https://example.com/third.tar.gz
