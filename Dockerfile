# The `server`, `tsr-admin`, `anonymizer` and `demo` binaries in one image (see deploy/README.md).
#
#   docker build -t tsr .
#   docker run --rm tsr server --help
#
# Build stage: the release binaries. libsodium and OpenSSL (OpenDP's secure sampler) are built
# from the sources their crates bundle, hence make and perl; diesel links libpq and libsqlite3.
ARG RUST_VERSION=1.95
FROM rust:${RUST_VERSION}-bookworm AS build
RUN apt-get update \
 && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends \
      libpq-dev libsqlite3-dev pkg-config make perl \
 && rm -rf /var/lib/apt/lists/*
WORKDIR /src
COPY . .
RUN --mount=type=cache,target=/usr/local/cargo/registry \
    --mount=type=cache,target=/src/target \
    cargo build --release --locked --bin server --bin tsr-admin --bin anonymizer --bin demo \
 && install -D -m 0755 -t /out target/release/server target/release/tsr-admin target/release/demo \
      target/release/anonymizer

# Runtime stage: Debian bookworm-slim with the shared libraries the binaries link (libpq,
# libsqlite3) and CA certificates for TLS to PostgreSQL. No compiler, no shell tools beyond
# Debian's essentials, no curl: the health check uses bash.
FROM debian:bookworm-slim
RUN apt-get update \
 && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends \
      libpq5 libsqlite3-0 ca-certificates \
 && rm -rf /var/lib/apt/lists/* \
 && groupadd --system --gid 10001 tsr \
 && useradd --system --uid 10001 --gid tsr --home-dir /var/lib/tsr --no-create-home \
      --shell /usr/sbin/nologin tsr \
 && install -d -o tsr -g tsr -m 0700 /var/lib/tsr /var/lib/tsr/releases \
 && install -d -o root -g root -m 0755 /keys
COPY --from=build /out/server /out/tsr-admin /out/anonymizer /out/demo /usr/local/bin/
COPY deploy/bin/tsr-env deploy/bin/tsr-healthcheck deploy/bin/tsr-release-previous-quarter \
     deploy/bin/tsr-backup /usr/local/bin/

# Defaults for a container: listen on every interface of the container (publish the port on
# 127.0.0.1 of the host only, behind a TLS proxy), keys under /keys (mount read-only), JSON
# logs. DATABASE_URL is left unset so that DATABASE_URL_FILE (tsr-env) can supply it; unset,
# the binaries' default applies: SQLite in /var/lib/tsr/data/server.db (the working directory).
ENV BIND=0.0.0.0:8080 \
    KEYS_DIR=/keys \
    LOG_FORMAT=json
WORKDIR /var/lib/tsr
VOLUME ["/keys", "/var/lib/tsr"]
USER 10001:10001
EXPOSE 8080
HEALTHCHECK --interval=30s --timeout=10s --start-period=30s --retries=3 \
  CMD ["/usr/local/bin/tsr-healthcheck"]
ENTRYPOINT ["/usr/local/bin/tsr-env"]
CMD ["server", "serve"]
