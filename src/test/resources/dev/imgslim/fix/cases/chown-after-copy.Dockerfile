# The safe chown fix: a COPY into a new folder, then a recursive chown of exactly that folder.
FROM node:20-bookworm-slim AS build
WORKDIR /src
COPY . .
RUN npm ci && npm run build

FROM node:20-bookworm-slim
COPY --from=build /src/dist /opt/app
RUN chown -R node:node /opt/app
WORKDIR /opt/app
USER node
CMD ["node", "server.js"]
