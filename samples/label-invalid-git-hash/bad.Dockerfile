# Config beside this sample: a label-schema.
FROM debian:bookworm-slim
# expect: label-invalid-git-hash "'main'"
LABEL org.opencontainers.image.revision=main
