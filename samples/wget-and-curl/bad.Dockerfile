FROM debian:bookworm-slim AS fetch
RUN curl -fsSLO https://example.com/a.tar.gz
# expect: wget-and-curl "curl (line 2) and wget"
RUN wget -q https://example.com/b.tar.gz

# Another stage may use the other tool:
FROM alpine:3.20
RUN wget -q https://example.com/c.tar.gz
