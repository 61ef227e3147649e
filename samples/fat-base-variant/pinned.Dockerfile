# A mirror of Docker Hub (built in: mirror.gcr.io, public.ecr.aws/docker; others via `mirrors:` in
# .imgslim.yaml) is recognised as the Hub image, and the suggestion keeps the mirror prefix.
# The digest pin cannot carry over to another tag: the suggestion drops it and says so.
# expect: fat-base-variant "node:22 (408 MB compressed) → node:22-slim (80 MB): saves ~329 MB compressed (catalog, 2026-09); lacks compiler, headers, vcs; the suggestion drops the digest pin (@sha256:"
FROM mirror.gcr.io/library/node:22@sha256:0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --omit=dev
COPY . .
CMD ["node", "server.js"]
