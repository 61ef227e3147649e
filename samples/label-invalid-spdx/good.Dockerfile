FROM debian:bookworm-slim
LABEL org.opencontainers.image.licenses="(MIT OR Apache-2.0) AND LicenseRef-Proprietary"
LABEL org.opencontainers.image.licenses="GPL-2.0-only WITH Classpath-exception-2.0"
