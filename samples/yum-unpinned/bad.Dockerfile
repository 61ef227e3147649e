FROM centos:7
# expect: yum-unpinned "'httpd-tools'"
RUN yum install -y httpd-2.4.6 httpd-tools mod_ssl-2.4.6
# expect: yum-unpinned "'nodejs'"
RUN yum module install -y nodejs
