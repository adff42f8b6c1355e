#!/usr/bin/env bash
# `make test-package`: install the built .deb on this machine as IT would, and check it.
#   tests/package/test_deb.sh [dist/rounds_*.deb]
# Needs root (apt-get) and network access to the Debian mirror for the Depends. Leaves the
# machine as it found it: the package is purged at the end (and before, if installed).
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
deb=${1:-$(ls -t "$root"/dist/rounds_*.deb 2>/dev/null | head -n1)}
[ -f "$deb" ] || { echo "no .deb in dist/: run 'make package' first" >&2; exit 1; }
deb=$(cd "$(dirname "$deb")" && pwd)/$(basename "$deb")
[ "$(id -u)" = 0 ] || { echo "test-package installs a .deb: run as root" >&2; exit 1; }
version=$(sed -n 's/^version *= *"\(.*\)"/\1/p' "$root/pyproject.toml" | head -n1)
url="https://rounds.test.example:8443"
passed=0 failed=0
work=$(mktemp -d /tmp/rounds-test-package.XXXXXX)
trap 'rm -rf "$work"' EXIT

ok()   { echo "ok   - $*"; passed=$((passed + 1)); }
fail() { echo "FAIL - $*"; failed=$((failed + 1)); }
check() { local what=$1; shift; if "$@"; then ok "$what"; else fail "$what"; fi; }
apt_() { DEBIAN_FRONTEND=noninteractive apt-get -y -qq -o Dpkg::Use-Pty=0 "$@" </dev/null; }

tools=()
command -v xvfb-run >/dev/null || tools+=(xvfb xauth)
command -v desktop-file-validate >/dev/null || tools+=(desktop-file-utils)
if [ ${#tools[@]} -gt 0 ]; then apt-get update -qq; apt_ install "${tools[@]}" >/dev/null; fi
if dpkg -s rounds >/dev/null 2>&1 || [ -e /etc/rounds/config.toml ]; then
    echo "# purging a previously installed rounds first"
    apt_ purge rounds >/dev/null 2>&1 || dpkg --purge rounds >/dev/null 2>&1 || true
fi

echo "# installing $deb with ROUNDS_SERVER_URL=$url"
start=$(date +%s)
if ! ROUNDS_SERVER_URL="$url" apt_ install "$deb" >"$work/install.log" 2>&1; then
    apt-get update -qq && ROUNDS_SERVER_URL="$url" apt_ install "$deb" >"$work/install.log" 2>&1 \
        || { cat "$work/install.log"; fail "apt-get install ./$(basename "$deb")"; exit 1; }
fi
ok "apt-get install ./$(basename "$deb") ($(( $(date +%s) - start )) s)"

check "launcher on PATH is /usr/bin/rounds" test "$(command -v rounds)" = /usr/bin/rounds
check "bundle under /opt/rounds" test -x /opt/rounds/rounds
out=$(rounds --version 2>&1) || true
check "rounds --version prints $version (got: $out)" test "$out" = "rounds $version"
check "rounds --help shows the data location" bash -c "rounds --help | grep -q 'data:'"
check "/etc/rounds/config.toml is a conffile" bash -c "dpkg-query -W -f='\${Conffiles}' rounds | grep -q /etc/rounds/config.toml"
check "install-time ROUNDS_SERVER_URL written under [enforced]" \
    bash -c "awk '/^\[enforced\]/{e=1} /^\[defaults\]/{e=0} e && /^server_url = \"${url//\//\\/}\"/{f=1} END{exit !f}' /etc/rounds/config.toml"
check "desktop entry valid" desktop-file-validate /usr/share/applications/rounds.desktop
check "icon installed" test -s /usr/share/icons/hicolor/scalable/apps/rounds.svg
check "manual page installed" test -s /usr/share/man/man1/rounds.1.gz

# The smoke check, from the installed launcher, on a real X server (Xvfb), as a user would.
export HOME="$work/home"
mkdir -p "$HOME"
start=$(date +%s)
if env -u QT_QPA_PLATFORM -u ROUNDS_MACHINE_CONFIG -u ROUNDS_SERVER_URL -u ROUNDS_DATA_DIR \
        xvfb-run -a -s "-screen 0 1400x900x24" rounds --smoke >"$work/smoke.log" 2>&1; then
    ok "rounds --smoke under Xvfb ($(( $(date +%s) - start )) s)"
else
    cat "$work/smoke.log"; fail "rounds --smoke under Xvfb"
fi
check "the app honours the preset machine config (enforced server_url)" \
    grep -q "server_url='$url' \[enforced\]" "$work/smoke.log"
check "the smoke visited every screen" grep -q "smoke: screen settings ok" "$work/smoke.log"

# An upgrade (here a reinstall) keeps the address, even with another one in the environment;
# dpkg-reconfigure is how IT changes it.
ROUNDS_SERVER_URL=https://other.test.example apt_ install --reinstall "$deb" >/dev/null 2>&1
check "reinstall/upgrade keeps the configured address" bash -c \
    "grep -q '$url' /etc/rounds/config.toml && ! grep -q other.test.example /etc/rounds/config.toml"
ROUNDS_SERVER_URL=https://new.test.example DEBIAN_FRONTEND=noninteractive \
    dpkg-reconfigure rounds >/dev/null 2>&1 </dev/null
check "dpkg-reconfigure rounds writes the new address" bash -c \
    "grep -q '^server_url = \"https://new.test.example\"' /etc/rounds/config.toml && test \$(grep -c '^server_url' /etc/rounds/config.toml) = 1"
url=https://new.test.example

apt_ remove rounds >/dev/null 2>&1
check "remove: /usr/bin/rounds and /opt/rounds are gone" bash -c "! test -e /usr/bin/rounds && ! test -e /opt/rounds"
check "remove: /etc/rounds/config.toml is kept, with its address" grep -q "$url" /etc/rounds/config.toml
apt_ purge rounds >/dev/null 2>&1
check "purge: /etc/rounds is gone" bash -c "! test -e /etc/rounds/config.toml && ! test -e /etc/rounds"
check "purge: the package is unknown to dpkg" bash -c "! dpkg -s rounds >/dev/null 2>&1"
check "purge: the debconf answers are gone" bash -c "! debconf-show rounds 2>/dev/null | grep -q server_url"

echo "$passed passed, $failed failed"
[ "$failed" = 0 ]
