ARG TAG=latest
ARG VARIANT
ARG BASE=debian:bookworm

FROM busybox:${TAG} AS one

FROM busybox:stable${VARIANT} AS two

FROM ${BASE}-slim AS three
