FROM nginx:1.27
EXPOSE 80/tcp 443/tcp
EXPOSE 53/udp
