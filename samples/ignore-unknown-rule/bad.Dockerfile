FROM debian:bookworm-slim
# expect-next-line: ignore-unknown-rule "'apt-list-not-removed' is not a rule"
# imgslim ignore=apt-list-not-removed # reason: the lists are cleaned in the next stage
RUN apt-get update && apt-get install -y --no-install-recommends curl=7.88.1-10+deb12u8
