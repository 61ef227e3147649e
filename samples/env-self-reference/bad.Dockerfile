FROM debian:bookworm-slim
# expect: env-self-reference "refers to $APP_HOME"
ENV APP_HOME=/opt/app APP_BIN=$APP_HOME/bin
# Referring to a variable defined before this ENV is fine:
ENV PATH=$APP_BIN:$PATH LANG=C.UTF-8
