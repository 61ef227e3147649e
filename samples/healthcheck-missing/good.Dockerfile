FROM node:20-bookworm-slim AS build
WORKDIR /app
COPY . .
RUN npm ci && npm run build

FROM node:20-bookworm-slim AS runtime
WORKDIR /app
COPY --from=build /app/dist ./dist
HEALTHCHECK --interval=30s --timeout=3s CMD ["node", "dist/healthcheck.js"]

# the HEALTHCHECK of the stage this one is built FROM carries over
FROM runtime
USER node
CMD ["node", "dist/server.js"]
