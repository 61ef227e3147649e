# A builder stage may rewrite what it likes: it does not ship.
FROM python:3.12-slim AS build
RUN chown -R 1000:1000 /usr/local

FROM python:3.12-slim
RUN useradd --uid 10001 --create-home app
# expect: chown-over-base-files "over /usr/local rewrites Python installed in /usr/local from the base image python"
RUN mkdir -p /srv/app && chown -R app:app /usr/local /srv/app
# the app's own folder and the user's home: nothing of the base
COPY --chown=app:app app.py /srv/app/
USER app
WORKDIR /srv/app
CMD ["python", "app.py"]
