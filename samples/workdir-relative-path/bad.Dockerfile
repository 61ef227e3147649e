FROM node:20-alpine
# expect: workdir-relative-path "can have unexpected results if the base image changes"
WORKDIR app
# Only the first WORKDIR of a stage is judged: fixing it fixes the rest.
WORKDIR src

FROM node:20-alpine AS second
ARG APP=srv
# expect: workdir-relative-path "srv"
WORKDIR $APP

# A stage built FROM one that set a WORKDIR inherits it:
FROM second AS third
WORKDIR static
