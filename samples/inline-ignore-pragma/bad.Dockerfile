FROM debian:bookworm-slim
# expect-next-line: inline-ignore-pragma "# imgslim global ignore=fragmented-run"
# imgslim global ignore=fragmented-run
# expect-next-line: inline-ignore-pragma "# hadolint ignore=DL3008"
# hadolint ignore=DL3008 # reason: we want the newest curl
RUN apt-get update && apt-get install -y --no-install-recommends curl && rm -rf /var/lib/apt/lists/*
# check=skip=StageNameCasing
CMD ["curl", "--version"]
