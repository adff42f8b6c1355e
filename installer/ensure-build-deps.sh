#!/usr/bin/env bash
# Debian packages `make package` needs, installed only when missing: dpkg-dev
# (dpkg-shlibdeps), lintian, patchelf (build-path RUNPATHs), and the X11/xcb libraries Qt's xcb plugin links to, so that
# dpkg-shlibdeps can name their packages in the .deb's Depends.
set -euo pipefail
want=()
libs=$(ldconfig -p)  # read once: `ldconfig -p | grep -q` fails at random under pipefail (SIGPIPE)
command -v dpkg-shlibdeps >/dev/null || want+=(dpkg-dev)
command -v lintian >/dev/null || want+=(lintian)
command -v objdump >/dev/null || want+=(binutils)
command -v patchelf >/dev/null || want+=(patchelf)
for pair in libxcb-cursor.so.0:libxcb-cursor0 libxcb-icccm.so.4:libxcb-icccm4 \
            libxcb-keysyms.so.1:libxcb-keysyms1 libxcb-image.so.0:libxcb-image0 \
            libxcb-render-util.so.0:libxcb-render-util0 libxkbcommon-x11.so.0:libxkbcommon-x11-0 \
            libxkbcommon.so.0:libxkbcommon0 libEGL.so.1:libegl1 libGL.so.1:libgl1 \
            libfontconfig.so.1:libfontconfig1 libdbus-1.so.3:libdbus-1-3 \
            libwayland-client.so.0:libwayland-client0 libwayland-cursor.so.0:libwayland-cursor0 \
            libwayland-egl.so.1:libwayland-egl1 libxcb-shape.so.0:libxcb-shape0 \
            libxcb-randr.so.0:libxcb-randr0 libxcb-xkb.so.1:libxcb-xkb1 \
            libxcb-xinput.so.0:libxcb-xinput0 libxcb-sync.so.1:libxcb-sync1 \
            libxcb-xfixes.so.0:libxcb-xfixes0 libxcb-shm.so.0:libxcb-shm0; do
    [[ $libs == *"${pair%%:*}"* ]] || want+=("${pair#*:}")
done
if [ ${#want[@]} -gt 0 ]; then
    echo "installing: ${want[*]}" >&2
    apt-get update -qq
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${want[@]}" >/dev/null
fi
