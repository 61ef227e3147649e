FROM debian:bookworm-slim
# expect: pointless-command "'ps'"
RUN ps aux
# expect: pointless-command "'service'"
RUN apt-get install -y nginx && service nginx start
# Starting a service to prepare data and stopping it in the same RUN is fine:
RUN service postgresql start && psql -c 'create database app' && service postgresql stop
# Scripted vim is fine:
RUN vim +PlugInstall +qall
