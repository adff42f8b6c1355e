#!/usr/bin/env bash
# Install the Debian packages a target needs, only when they are missing.
#   qt          shared libraries Qt needs to run offscreen, and the CJK font the app is laid
#               out with (the .deb depends on it too; without it Latin text falls back to
#               the wider DejaVu Sans and the fit tests measure another product)
#   screenshots Xvfb and CJK fonts for screenshots a person can read
set -euo pipefail
want=()
# The linker cache, read once. Not `ldconfig -p | grep -q`: grep -q exits at the first match,
# ldconfig then dies of SIGPIPE, and under pipefail the pipeline fails (141) now and then,
# so packages already installed were installed again.
libs=$(ldconfig -p)
has_lib() { [[ $libs == *"$1"* ]]; }
fonts=$(fc-list 2>/dev/null || true)
case "${1:-qt}" in
  qt)
    for lib in libEGL.so.1 libxkbcommon.so.0 libfontconfig.so.1 libGL.so.1 libdbus-1.so.3; do
      has_lib "$lib" || want+=(libegl1 libxkbcommon0 libfontconfig1 libgl1 libdbus-1-3)
    done
    grep -qi 'Noto Sans CJK' <<<"$fonts" || want+=(fonts-noto-cjk) ;;
  screenshots)
    command -v xvfb-run >/dev/null || want+=(xvfb xauth)
    grep -qi 'Noto Sans CJK' <<<"$fonts" || want+=(fonts-noto-cjk)
    has_lib libxcb-cursor.so.0 || want+=(libxcb-cursor0)
    for lib in libxcb-icccm.so.4 libxcb-keysyms.so.1 libxcb-image.so.0 libxcb-render-util.so.0 libxkbcommon-x11.so.0; do
      has_lib "$lib" || want+=(libxcb-icccm4 libxcb-keysyms1 libxcb-image0 libxcb-render-util0 libxkbcommon-x11-0)
    done ;;
esac
if [ ${#want[@]} -gt 0 ]; then
  mapfile -t uniq < <(printf '%s\n' "${want[@]}" | sort -u)
  echo "installing: ${uniq[*]}" >&2
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${uniq[@]}" >/dev/null
fi
