# A builder stage never ships: its layers cost nothing in the image.
FROM debian:bullseye AS build
RUN useradd -u 123456789 builder

FROM debian:bullseye-slim
# expect: useradd-high-uid "40.0 GB"
RUN useradd -u 123456789 -m app
# UIDs up to 99999 are fine:
RUN useradd -u 10001 svc
