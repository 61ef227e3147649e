FROM alpine:3.20 AS hello
RUN echo hi > /hello

FROM alpine:3.20 AS sources
COPY . /src

FROM alpine:3.20
COPY --from=sources /src /src
