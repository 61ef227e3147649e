FROM alpine:3.20
# expect: maintainer-deprecated "Maintainer instruction is deprecated in favor of using label"
MAINTAINER Jane Doe <jane@example.com>
RUN apk add --no-cache curl
