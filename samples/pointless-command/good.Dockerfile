FROM debian:bookworm-slim
RUN apt-get install -y nginx vim
RUN service postgresql start && psql -c 'create database app' && service postgresql stop
RUN vim +PlugInstall +qall
CMD ["nginx", "-g", "daemon off;"]
