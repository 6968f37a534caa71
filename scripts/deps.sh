#!/usr/bin/env bash
# Installs what the shop needs and is missing: Debian packages, then npm packages.
# Usage: scripts/deps.sh [bench]   (bench adds wrk, nginx and pgbench's tools)
set -euo pipefail
source "$(dirname "$0")/lib.sh"

packages=(
  g++ cmake make pkg-config git curl ca-certificates
  libpq-dev librestinio-dev libasio-dev libhttp-parser-dev libfmt-dev libspdlog-dev
  nlohmann-json3-dev libcli11-dev libssl-dev libcurl4-openssl-dev zlib1g-dev libcrypt-dev libgtest-dev
  postgresql-15
  clang libclang-rt-14-dev clang-format-14 clang-tidy-14 sqlmap
  chromium fonts-dejavu-core
)
if [ "${1:-}" = bench ]; then packages+=(wrk nginx-light postgresql-client-15); fi
command -v node >/dev/null 2>&1 || packages+=(nodejs npm)

missing=()
for package in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed" || missing+=("$package")
done
if [ ${#missing[@]} -gt 0 ]; then
  say "installing Debian packages: ${missing[*]}"
  [ "$(id -u)" = 0 ] || die "installing packages needs root (missing: ${missing[*]})"
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi

# npm ci when node_modules is missing or older than the lock file.
npm_install() {
  local dir=$1
  [ -f "$dir/package-lock.json" ] || return 0
  if [ ! -f "$dir/node_modules/.package-lock.json" ] || [ "$dir/package-lock.json" -nt "$dir/node_modules/.package-lock.json" ]; then
    say "installing npm packages in ${dir#"$ROOT"/}"
    (cd "$dir" && npm ci --no-audit --no-fund --loglevel=error)
  fi
}
npm_install "$ROOT/backend/docs"
npm_install "$ROOT/frontend"
