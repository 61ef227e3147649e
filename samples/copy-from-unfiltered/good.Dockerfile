FROM python:3.12-slim AS build
RUN python -m venv /opt/venv

FROM python:3.12-slim
COPY --from=build /opt/venv /opt/venv
COPY --from=ghcr.io/acme/weights:2024-06 /weights/classifier.onnx /srv/weights/
COPY --from=ghcr.io/astral-sh/uv:0.4.30 /uv /usr/local/bin/uv
