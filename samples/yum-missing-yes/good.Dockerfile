FROM centos:7
RUN yum install -y httpd-2.4.6
RUN yum --assumeyes groupinstall "Development Tools"
