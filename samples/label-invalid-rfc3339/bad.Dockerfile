# Config beside this sample: a label-schema.
FROM debian:bookworm-slim
# expect: label-invalid-rfc3339 "27/11/2026"
LABEL org.opencontainers.image.created="27/11/2026"
# expect: label-invalid-rfc3339
LABEL org.opencontainers.image.created="2026-11-27T09:40:00"
