FROM python:3.12-slim AS build
RUN python -m venv /opt/venv

FROM python:3.12-slim
# A stage of this file, and only the file the image needs from a tagged image.
COPY --from=build /opt/venv /opt/venv
COPY --from=ghcr.io/astral-sh/uv:0.4.30 /uv /usr/local/bin/uv
