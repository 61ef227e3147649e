ARG NODE=node:latest
# expect: latest-tag "'debian:latest'"
FROM debian:latest AS one
# expect: latest-tag "resolves to 'node:latest'"
FROM ${NODE} AS two
# A digest pins it, whatever the tag says:
FROM alpine:latest@sha256:0f0f0f0f0f0f0f0f0f0f0f0f0f0f0f0f0f0f0f0f0f0f0f0f0f0f0f0f0f0f0f0f
