# The `server`, `tsr-admin`, `anonymizer` and `demo` binaries in one image (see deploy/README.md);
# the reporting client `tsr-report` as a static binary on request (stages `client-*` below).
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

# Client stages: `tsr-report` (client/) as one static binary for security teams, built only
# when asked for (BuildKit skips stages the target does not need):
#
#   docker build --target client-binary --output type=local,dest=out .   # out/tsr-report
#   docker build --target client -t tsr-report . && docker run --rm tsr-report --help
#
# musl, linked statically: libsodium-sys-stable runs libsodium's ./configure with the C
# compiler the cc crate picks for the target (musl-gcc from musl-tools), and reqwest's
# native-tls-vendored builds OpenSSL the same way; the client links nothing of the server.
FROM rust:${RUST_VERSION}-bookworm AS client-build
ARG TARGETARCH
RUN apt-get update \
 && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends \
      musl-tools make perl \
 && rm -rf /var/lib/apt/lists/*
RUN case "${TARGETARCH:-amd64}" in \
      amd64) echo x86_64-unknown-linux-musl ;; \
      arm64) echo aarch64-unknown-linux-musl ;; \
      *) echo "unsupported architecture ${TARGETARCH}" >&2; exit 1 ;; \
    esac >/musl-target \
 && rustup target add "$(cat /musl-target)"
WORKDIR /src
COPY . .
RUN --mount=type=cache,target=/usr/local/cargo/registry \
    --mount=type=cache,target=/src/target \
    target="$(cat /musl-target)" \
 && cargo build --release --locked -p tsr-report --bin tsr-report --target "$target" \
 && install -D -m 0755 -t /out "target/$target/release/tsr-report" \
 && if readelf -d /out/tsr-report | grep -q NEEDED; then \
      echo "tsr-report links shared libraries" >&2; exit 1; \
    fi \
 && /out/tsr-report --version

# Just the file, for `--output`.
FROM scratch AS client-binary
COPY --from=client-build /out/tsr-report /tsr-report

# A minimal image: the binary and the CA certificates it verifies the channel's TLS with. Mount
# a writable directory at /config for the pinned fingerprint (-v "$HOME/.config/tsr-report:/config").
FROM scratch AS client
COPY --from=client-build /etc/ssl/certs/ca-certificates.crt /etc/ssl/certs/ca-certificates.crt
COPY --from=client-build /out/tsr-report /usr/local/bin/tsr-report
ENV TSR_REPORT_CONFIG_DIR=/config
USER 10001:10001
ENTRYPOINT ["/usr/local/bin/tsr-report"]

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
