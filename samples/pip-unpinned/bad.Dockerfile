FROM python:3.12-slim
# expect: pip-unpinned "'flask'"
RUN pip install --no-cache-dir flask requests==2.32.3
# expect: pip-unpinned "'numpy'"
RUN python3 -m pip install numpy
# Requirement files, local paths, upgrading pip itself: not judged.
RUN pip install -r requirements.txt . && pip install --upgrade pip setuptools wheel
