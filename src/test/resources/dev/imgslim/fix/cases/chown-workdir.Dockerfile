# A near miss of the chown fix: WORKDIR made /app first, so --chown would leave /app itself root's.
FROM python:3.12-slim
WORKDIR /app
COPY --from=ghcr.io/example/wheels:1 /wheels /app
RUN chown -R 1000:1000 /app
USER 1000
CMD ["python", "-m", "app"]
