# Config beside this sample: trusted-registries: [docker.io, "*.corp.example"]
FROM python:3.12-slim
FROM registry.corp.example/base/python:3.12
# expect: untrusted-registry "'quay.io'"
FROM quay.io/prometheus/node-exporter:v1.8.1
