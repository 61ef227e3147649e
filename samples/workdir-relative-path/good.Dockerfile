FROM node:20-alpine
WORKDIR /app
WORKDIR src

FROM node:20-alpine AS second
ARG APP=/srv
WORKDIR $APP

FROM second AS third
WORKDIR static

FROM node:20-alpine AS fourth
# An unknown variable may come from the image's ENV (absolute there): not judged.
WORKDIR $NODE_PATH
