# Config beside this sample: a label-schema and strict-labels: true.
FROM debian:bookworm-slim
LABEL org.opencontainers.image.title=demo
# expect: label-not-in-schema "'com.example.team'"
LABEL com.example.team=platform
