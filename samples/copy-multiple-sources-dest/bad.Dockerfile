FROM node:22-slim
WORKDIR /app
# expect: copy-multiple-sources-dest "'/app/src/'"
COPY package.json yarn.lock /app/src
# '.' is a directory for BuildKit:
COPY package.json yarn.lock .
