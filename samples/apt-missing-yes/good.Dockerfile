FROM debian:bookworm-slim
RUN apt-get update && apt-get install -y --no-install-recommends curl
RUN apt-get install -qq jq
RUN apt-get --assume-yes install git
