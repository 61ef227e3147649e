FROM nginx:1.27
# expect: expose-proto-casing "Defined protocol '80/TCP' in EXPOSE instruction should be lowercase"
EXPOSE 80/TCP 443/tcp
# expect: expose-proto-casing "'53/Udp'"
EXPOSE 53/Udp
