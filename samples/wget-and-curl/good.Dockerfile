FROM debian:bookworm-slim AS fetch
RUN apt-get install -y curl wget
RUN curl -fsSLO https://example.com/a.tar.gz
RUN curl -fsSLO https://example.com/b.tar.gz

FROM alpine:3.20
RUN wget -q https://example.com/c.tar.gz
