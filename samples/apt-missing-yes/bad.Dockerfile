FROM debian:bookworm-slim
# expect: apt-missing-yes "add '-y'"
RUN apt-get update && apt-get install --no-install-recommends curl
# -qq implies -y:
RUN apt-get install -qq jq
