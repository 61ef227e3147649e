FROM nginx:1.27 AS base
HEALTHCHECK CMD curl -f http://localhost/ || exit 1
# Each stage may have its own:
FROM base
HEALTHCHECK --interval=5s CMD curl -f http://localhost/health || exit 1
