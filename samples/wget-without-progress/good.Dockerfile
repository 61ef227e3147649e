FROM debian:bookworm-slim
RUN wget --progress=dot:giga https://example.com/tool.tar.gz
RUN wget -q https://example.com/other.tar.gz
RUN wget -nv https://example.com/third.tar.gz
RUN wget -O - https://example.com/key.asc 2>/dev/null | gpg --dearmor > /usr/share/keyrings/example.gpg
