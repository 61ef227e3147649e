FROM python:3.12-slim
RUN pip install --no-cache-dir flask==3.0.3 requests==2.32.3
RUN python3 -m pip install "numpy>=1.26,<2"
RUN pip install -r requirements.txt . && pip install --upgrade pip setuptools wheel
