# Config beside this sample: a label-schema.
FROM debian:bookworm-slim
# expect: label-invalid-email "Platform team"
LABEL org.opencontainers.image.authors="Platform team <team@example.com>"
