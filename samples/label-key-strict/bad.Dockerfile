FROM debian:bookworm-slim
# expect: label-key-strict "uses '_'"
LABEL com.example.build_date="2026-12-05"
# expect: label-key-strict "uses '/'"
LABEL com.example/team=platform
# expect: label-key-strict "begins or ends with a digit"
LABEL com.example.v2=true
# label-invalid-key reports this one (upper case): not twice
LABEL Maintainer="team@example.com"
LABEL org.opencontainers.image.title=demo maintainer="team@example.com"
