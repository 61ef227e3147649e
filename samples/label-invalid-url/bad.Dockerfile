# Config beside this sample: a label-schema.
FROM debian:bookworm-slim
# expect: label-invalid-url "example.com/demo"
LABEL org.opencontainers.image.url=example.com/demo
