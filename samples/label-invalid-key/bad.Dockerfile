FROM debian:bookworm-slim
# expect: label-invalid-key "upper-case"
LABEL Maintainer="team@example.com"
# expect: label-invalid-key "Docker reserves"
LABEL com.docker.extension.title="demo"
# expect: label-invalid-key "consecutive"
LABEL org..example.team=platform
LABEL org.opencontainers.image.title=demo maintainer="team@example.com"
