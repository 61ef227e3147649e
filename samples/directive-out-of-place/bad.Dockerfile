# Copyright (c) 2026 Example Corp.
# expect-next-line: directive-out-of-place "default Dockerfile frontend"
# syntax=docker/dockerfile:1.3-labs
FROM debian:bookworm-slim
# This heredoc needs the labs frontend the misplaced directive was meant to select.
RUN <<EOF
echo hello
EOF
