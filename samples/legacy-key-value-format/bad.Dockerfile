FROM alpine:3.20
# expect: legacy-key-value-format "ENV key=value"
ENV APP_HOME /srv/app
# expect: legacy-key-value-format "LABEL key=value"
LABEL maintainer Jane Doe
ENV MODE=production LOG_LEVEL=info
