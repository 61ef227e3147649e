ARG PINNED=python:3.12-slim
FROM debian:bookworm AS one
FROM ${PINNED} AS two
FROM python@sha256:0f0f0f0f0f0f0f0f0f0f0f0f0f0f0f0f0f0f0f0f0f0f0f0f0f0f0f0f0f0f0f0f AS three
FROM scratch AS four
FROM one
