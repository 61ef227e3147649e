FROM debian:bookworm-slim
# expect: no-empty-continuation "Empty continuation line"
RUN apt-get update \

    && apt-get install -y --no-install-recommends curl \
 && rm -rf /var/lib/apt/lists/*
# A comment line inside a continuation is allowed:
RUN echo one \
# explained here
    && echo two
