FROM centos:7
# expect: yum-missing-yes "'yum install'"
RUN yum install httpd-2.4.6
