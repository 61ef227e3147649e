# syntax=docker/dockerfile:1.3-labs
# Copyright (c) 2026 Example Corp.
FROM debian:bookworm-slim
# check=skip=StageNameCasing
RUN <<EOF
echo hello
EOF
