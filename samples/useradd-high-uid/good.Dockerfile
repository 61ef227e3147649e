FROM debian:bullseye AS build
RUN useradd -u 123456789 builder

FROM debian:bullseye-slim
RUN useradd -l -u 123456789 -m app
RUN useradd --no-log-init -u 223456789 other
RUN useradd -u 10001 svc
