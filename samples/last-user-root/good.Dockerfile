FROM golang:1.22 AS build
USER root
RUN go version

FROM debian:bookworm-slim
RUN useradd -r app
USER root
RUN chown app /srv
USER app
CMD ["/bin/true"]
