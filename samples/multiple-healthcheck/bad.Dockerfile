FROM nginx:1.27
HEALTHCHECK CMD curl -f http://localhost/ || exit 1
# expect: multiple-healthcheck "first at line 2"
HEALTHCHECK --interval=5s CMD curl -f http://localhost/health || exit 1
