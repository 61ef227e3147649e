# Config beside this sample: a label-schema.
FROM debian:bookworm-slim
# expect: label-invalid-semver "'v1.4'"
LABEL org.opencontainers.image.version=v1.4
