# Config beside this sample: a label-schema.
FROM debian:bookworm-slim
# expect: label-invalid-spdx "'Apache 2'"
LABEL org.opencontainers.image.licenses="Apache 2"
