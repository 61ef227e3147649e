ARG PY=3.12

FROM python:3.12 AS wheels
RUN pip wheel --wheel-dir /wheels -r requirements.txt

FROM node:22 AS web
RUN npm ci && npm run build

FROM python:${PY}-slim AS base
ENV PYTHONUNBUFFERED=1

FROM base
COPY --from=wheels /wheels /wheels
COPY --from=web /app/dist /app/static
RUN pip install --no-cache-dir --no-index /wheels/*
CMD ["python", "-m", "app"]
