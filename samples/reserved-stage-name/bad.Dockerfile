# expect: reserved-stage-name "Stage name should not use the same name as reserved stage"
FROM alpine:3.20 AS scratch
RUN echo hi > /hello

# expect: reserved-stage-name "reserved stage"
FROM alpine:3.20 AS context
COPY . /src

# Naming a stage like an image is confusing but allowed:
FROM alpine:3.20 AS alpine
COPY --from=context /src /src
