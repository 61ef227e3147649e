ARG TAG
ARG VARIANT
ARG BASE=debian:bookworm

# expect: invalid-default-arg-in-from "Default value for ARG busybox:${TAG} results in empty or invalid base image name"
FROM busybox:${TAG} AS one

# Valid with the ARG empty:
FROM busybox:stable${VARIANT} AS two

FROM ${BASE}-slim AS three
