# The exceptions live in .imgslim.yaml (ignore: [DL3008]); a comment that only talks about
# hadolint ignore comments is no pragma.
FROM debian:bookworm-slim
# check=skip=StageNameCasing
RUN apt-get update && apt-get install -y --no-install-recommends curl && rm -rf /var/lib/apt/lists/*
CMD ["curl", "--version"]
