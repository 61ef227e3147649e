# A builder stage needs no HEALTHCHECK: only the final image is judged.
FROM node:20-bookworm-slim AS build
WORKDIR /app
COPY . .
RUN npm ci && npm run build

# expect: healthcheck-missing "defines no HEALTHCHECK"
FROM node:20-bookworm-slim
WORKDIR /app
COPY --from=build /app/dist ./dist
USER node
CMD ["node", "dist/server.js"]
