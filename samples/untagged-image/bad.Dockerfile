ARG BASE=python
ARG PINNED=python:3.12-slim
ARG UNKNOWN
# expect: untagged-image "'debian' has no tag"
FROM debian AS one
# expect: untagged-image "resolves to 'python'"
FROM ${BASE} AS two
# Resolved through its ARG default: tagged.
FROM ${PINNED} AS three
# Cannot be resolved (no default, no --build-arg): not judged.
FROM ${UNKNOWN} AS four
# scratch and stage names are never untagged.
FROM scratch AS five
FROM one
