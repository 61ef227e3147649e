# A builder stage may use any user: only the final image's last USER counts.
FROM golang:1.22 AS build
USER nobody
RUN go version

FROM debian:bookworm-slim
RUN useradd --uid 10001 --no-create-home app
USER app
RUN id
# expect: user-not-numeric "'app:app', a name"
USER app:app
CMD ["/bin/true"]
