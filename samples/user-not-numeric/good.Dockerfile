FROM golang:1.22 AS build
USER nobody
RUN go version

FROM debian:bookworm-slim
ARG UID=10001
RUN useradd --uid "$UID" --no-create-home app
USER app
RUN id
USER ${UID}:${UID}
CMD ["/bin/true"]
