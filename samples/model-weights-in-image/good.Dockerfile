FROM python:3.12-slim
COPY app/ /srv/app/
# Weights come from a volume (or a model cache) at run time.
ENV HF_HOME=/models
VOLUME /models
CMD ["python3", "/srv/app/main.py"]
