# A builder stage may run as root: its user never ships.
FROM golang:1.22 AS build
USER root
RUN go version

FROM debian:bookworm-slim
RUN useradd -r app
USER app
# expect: last-user-root "runs as 'root'"
USER root
CMD ["/bin/true"]
