FROM python:3.12-slim AS build
RUN chown -R 1000:1000 /usr/local

FROM python:3.12-slim
RUN useradd --uid 10001 --create-home app \
    && mkdir -p /srv/app && chown -R app:app /srv/app /home/app \
    && chmod 755 /usr/local/bin
COPY --chown=app:app app.py /srv/app/
USER app
WORKDIR /srv/app
CMD ["python", "app.py"]
