FROM debian:bookworm-slim
# expect: wget-without-progress
RUN wget https://example.com/tool.tar.gz
