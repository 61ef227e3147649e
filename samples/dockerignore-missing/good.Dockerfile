# good.Dockerfile.dockerignore leaves out node_modules/, .venv/ and every __pycache__/.
FROM node:22-slim AS deps
WORKDIR /src
COPY package.json ./
RUN npm install --omit=dev

FROM python:3.12-slim
WORKDIR /app
COPY --from=deps /src/node_modules ./node_modules
COPY . .
CMD ["python", "app/main.py"]
