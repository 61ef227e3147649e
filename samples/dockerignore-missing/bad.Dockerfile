# The build context is this folder. BuildKit reads bad.Dockerfile.dockerignore (it wins over a
# .dockerignore at the context root); that file leaves out .git and *.md but lets node_modules/,
# .venv/ and app/__pycache__/ through, and they are really there.
FROM node:22-slim AS deps
WORKDIR /src
# A named path sends only what it names: quiet.
COPY package.json ./
RUN npm install --omit=dev

FROM python:3.12-slim
WORKDIR /app
COPY --from=deps /src/node_modules ./node_modules
# expect: dockerignore-missing "node_modules/ [42 B, 1 file]"
COPY . .
# Reported once per Dockerfile: a second whole-context copy is quiet.
COPY ./ /srv/app/
CMD ["python", "app/main.py"]
