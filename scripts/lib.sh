# Shared helpers of the project's scripts. Each step says what it does before it does it.

say() { printf '\n==> %s\n' "$*"; }
die() { printf '\nFehler: %s\n' "$*" >&2; exit 1; }

# Tools that cargo installs live here; put them on PATH before anything looks for them.
export PATH="$HOME/.cargo/bin:$PATH"

CARGO_LEPTOS_VERSION="0.3.10"

# The wasm-bindgen version the lockfile pins; the CLI must be exactly this one.
wasm_bindgen_version() {
  awk '/^name = "wasm-bindgen"$/ {getline; gsub(/version = |"/, ""); print; exit}' Cargo.lock
}

# Installs what building the platform needs: the WASM target, cargo-leptos and the matching
# wasm-bindgen CLI. Nothing is downloaded by cargo-leptos itself: it finds them on PATH.
ensure_build_tools() {
  command -v cargo >/dev/null || die "cargo fehlt: bitte Rust mit rustup installieren."
  if ! rustup target list --installed | grep -q '^wasm32-unknown-unknown$'; then
    say "Installiere das Rust-Ziel wasm32-unknown-unknown (rustup)"
    rustup target add wasm32-unknown-unknown
  fi
  if ! cargo leptos --version 2>/dev/null | grep -q "$CARGO_LEPTOS_VERSION"; then
    say "Installiere cargo-leptos $CARGO_LEPTOS_VERSION (einmalig, etwa 20 Minuten)"
    cargo install "cargo-leptos@$CARGO_LEPTOS_VERSION" --locked
  fi
  local wanted
  wanted=$(wasm_bindgen_version)
  if ! wasm-bindgen --version 2>/dev/null | grep -q " $wanted\$"; then
    say "Installiere wasm-bindgen-cli $wanted passend zu Cargo.lock (einmalig, etwa 8 Minuten)"
    # No --locked: the CLI's own lockfile pins a crate version the registry no longer serves.
    cargo install "wasm-bindgen-cli@$wanted"
  fi
}

# Installs Debian packages that are missing, saying which.
ensure_debian_packages() {
  local missing=()
  for pkg in "$@"; do
    dpkg -s "$pkg" >/dev/null 2>&1 || missing+=("$pkg")
  done
  [ ${#missing[@]} -eq 0 ] && return 0
  say "Installiere Debian-Pakete: ${missing[*]}"
  local sudo=""
  [ "$(id -u)" -ne 0 ] && sudo="sudo"
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq "${missing[@]}"
}

# Finds or starts the PostgreSQL server the tests use and exports its admin URL.
ensure_postgres() {
  if [ -n "${DIGIFARM_TEST_PG:-}" ]; then
    say "PostgreSQL laut DIGIFARM_TEST_PG"
    return 0
  fi
  local host="${PGHOST:-127.0.0.1}" port="${PGPORT:-5432}" user="${PGUSER:-postgres}"
  export DIGIFARM_TEST_PG="postgres://$user@$host:$port/postgres"
  if command -v pg_isready >/dev/null && pg_isready -q -h "$host" -p "$port"; then
    say "PostgreSQL läuft auf $host:$port"
    return 0
  fi
  ensure_debian_packages postgresql postgresql-client
  local version
  version=$(ls /etc/postgresql | sort -V | tail -n 1)
  if ! pg_lsclusters -h | grep -q "^$version main"; then
    say "Lege den PostgreSQL-Cluster $version/main an"
    pg_createcluster "$version" main
  fi
  local hba="/etc/postgresql/$version/main/pg_hba.conf"
  if ! grep -q "digifarm-tests" "$hba"; then
    say "Erlaube dem Nutzer postgres Testverbindungen ohne Passwort (nur 127.0.0.1)"
    sed -i '1i host all postgres 127.0.0.1/32 trust # digifarm-tests' "$hba"
  fi
  say "Starte PostgreSQL $version"
  pg_ctlcluster --skip-systemctl-redirect "$version" main start || true
  for _ in $(seq 1 30); do
    pg_isready -q -h "$host" -p "$port" && return 0
    sleep 1
  done
  die "PostgreSQL antwortet nicht auf $host:$port."
}

# Drops the test databases that runs killed before their clean-up left behind: a Rust test's
# `digifarm_t_<pid>_…` or a browser run's `digifarm_e2e_<pid>` whose process is gone. Those
# of a run still going (its process alive) are left alone.
drop_stale_test_databases() {
  local name pid dropped=0
  while read -r name; do
    [ -n "$name" ] || continue
    pid=$(echo "$name" | sed -E 's/^digifarm_(t|e2e)_([0-9]+).*/\2/')
    kill -0 "$pid" 2>/dev/null && continue
    psql "$DIGIFARM_TEST_PG" -q -c "DROP DATABASE IF EXISTS $name WITH (FORCE)" && dropped=$((dropped + 1))
  done < <(psql "$DIGIFARM_TEST_PG" -Atq -c \
    "SELECT datname FROM pg_database WHERE datname ~ '^digifarm_(t|e2e)_[0-9]+'")
  [ "$dropped" -eq 0 ] || say "Liegen gebliebene Testdatenbanken entfernt: $dropped"
}
