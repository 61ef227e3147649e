FROM python:3.12-slim
FROM registry.corp.example/base/python:3.12
FROM docker.io/library/alpine:3.20
