ARG NODE=node:22
FROM debian:bookworm AS one
FROM ${NODE} AS two
FROM alpine:3.20
