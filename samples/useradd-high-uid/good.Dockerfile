FROM debian:bullseye AS build
RUN useradd -u 123456789 builder

FROM debian:bullseye-slim
RUN useradd -l -u 123456789 -m app \
 && useradd --no-log-init -u 223456789 other \
 && useradd -u 10001 svc
