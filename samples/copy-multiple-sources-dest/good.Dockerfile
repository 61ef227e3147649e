FROM node:22-slim
WORKDIR /app
COPY package.json yarn.lock /app/src/
COPY package.json yarn.lock .
COPY app.js /app/main.js
