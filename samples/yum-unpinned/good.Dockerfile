FROM centos:7
RUN yum install -y httpd-2.4.6 httpd-tools-2.4.6 mod_ssl-2.4.6
RUN yum module install -y nodejs:18
RUN yum groupinstall -y "Development Tools"
