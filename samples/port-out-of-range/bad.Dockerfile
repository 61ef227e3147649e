FROM nginx:1.27
ARG ADMIN_PORT=70000
# expect: port-out-of-range "80000"
EXPOSE 80 443/tcp 80000
# expect: port-out-of-range "70000"
EXPOSE ${ADMIN_PORT}/udp
