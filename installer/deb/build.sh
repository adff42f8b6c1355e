#!/usr/bin/env bash
# Build dist/rounds_<version>_<arch>.deb from the PyInstaller bundle dist/rounds/.
#   installer/deb/build.sh [BUNDLE_DIR] [OUT_DIR]
# Needs dpkg-deb and dpkg-shlibdeps (dpkg-dev); runs as any user (file owners are set to root
# in the archive with --root-owner-group). Depends is computed by dpkg-shlibdeps from the
# bundle's ELF files, so it names exactly the system libraries Qt and Python need here.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
bundle=$(cd "${1:-$root/dist/rounds}" && pwd)
out=$(mkdir -p "${2:-$root/dist}" && cd "${2:-$root/dist}" && pwd)
version=$(sed -n 's/^version *= *"\(.*\)"/\1/p' "$root/pyproject.toml" | head -n1)
revision=${DEB_REVISION:-1}  # Debian revision: a rebuild of the same version gets -2, ...
debversion="$version-$revision"
arch=$(dpkg --print-architecture)
[ -x "$bundle/rounds" ] || { echo "no bundle at $bundle: run PyInstaller first (make package)" >&2; exit 1; }
command -v dpkg-shlibdeps >/dev/null || { echo "dpkg-shlibdeps missing: apt-get install dpkg-dev" >&2; exit 1; }

work="$root/build/deb"
pkg="$work/rounds_${debversion}_${arch}"
rm -rf "$work"
mkdir -p "$pkg/DEBIAN" "$pkg/opt" "$pkg/usr/bin" "$pkg/etc/rounds" \
         "$pkg/usr/share/applications" "$pkg/usr/share/doc/rounds" "$pkg/usr/share/man/man1" \
         "$pkg/usr/share/icons/hicolor/scalable/apps" "$pkg/usr/share/lintian/overrides"

# The bundle, world-readable, no write bits for others, no stray build files.
cp -a "$bundle" "$pkg/opt/rounds"
find "$pkg/opt/rounds" -name '__pycache__' -prune -exec rm -rf {} +
chmod -R u+rwX,go+rX,go-w "$pkg/opt/rounds"
find "$pkg/opt/rounds" -type f \( -name '*.so' -o -name '*.so.*' \) -exec chmod 0644 {} +
chmod 0755 "$pkg/opt/rounds/rounds"
# Extension modules of the build machine's Python may carry a RUNPATH into its install
# folder (e.g. pyenv's); keep only $ORIGIN-relative entries, which the bundle needs.
while IFS= read -r -d '' f; do
    head -c4 "$f" | grep -q ELF || continue
    rp=$(patchelf --print-rpath "$f" 2>/dev/null) || continue
    [ -n "$rp" ] || continue
    kept=$(printf '%s' "$rp" | tr ':' '\n' | { grep '^\$ORIGIN' || true; } | paste -sd: -)
    [ "$kept" = "$rp" ] && continue
    if [ -n "$kept" ]; then patchelf --set-rpath "$kept" "$f"; else patchelf --remove-rpath "$f"; fi
done < <(find "$pkg/opt/rounds" -type f \( -name '*.so' -o -name '*.so.*' \) -print0)

# Launcher on PATH: a symlink; the bootloader resolves its real path to find _internal/.
ln -s /opt/rounds/rounds "$pkg/usr/bin/rounds"

# Desktop entry and icon (drawn by the UI in resources/icons; a plain fallback otherwise).
install -m 0644 "$here/rounds.desktop" "$pkg/usr/share/applications/rounds.desktop"
icon_svg=""
for candidate in "$root/resources/icons/rounds.svg" "$root/resources/icons/app.svg" \
                 "$root/resources/icons/app-icon.svg" "$root/resources/icons/rounds-app.svg"; do
    [ -f "$candidate" ] && { icon_svg="$candidate"; break; }
done
if [ -n "$icon_svg" ]; then
    install -m 0644 "$icon_svg" "$pkg/usr/share/icons/hicolor/scalable/apps/rounds.svg"
else
    echo "note: no app icon in resources/icons yet; using installer/deb/rounds-fallback.svg" >&2
    install -m 0644 "$here/rounds-fallback.svg" "$pkg/usr/share/icons/hicolor/scalable/apps/rounds.svg"
fi

# Machine-wide configuration, the one conffile.
install -m 0644 "$here/debian/config.toml" "$pkg/etc/rounds/config.toml"
echo /etc/rounds/config.toml > "$pkg/DEBIAN/conffiles"

# Documentation: copyright, changelog, README.Debian, manual page.
install -m 0644 "$here/debian/copyright" "$pkg/usr/share/doc/rounds/copyright"
install -m 0644 "$here/debian/README.Debian" "$pkg/usr/share/doc/rounds/README.Debian"
date_r=$(date -R -d "@${SOURCE_DATE_EPOCH:-$(git -C "$root" log -1 --format=%ct 2>/dev/null || date +%s)}")
printf 'rounds (%s) stable; urgency=medium\n\n  * Release %s.\n\n -- Rounds IT <it@rounds.example.com>  %s\n' \
    "$debversion" "$version" "$date_r" | gzip -9n > "$pkg/usr/share/doc/rounds/changelog.Debian.gz"
sed "s/@VERSION@/$version/" "$here/rounds.1" | gzip -9n > "$pkg/usr/share/man/man1/rounds.1.gz"
install -m 0644 "$here/lintian-overrides" "$pkg/usr/share/lintian/overrides/rounds"

# Maintainer scripts and debconf.
install -m 0755 "$here/debian/config" "$here/debian/postinst" "$here/debian/postrm" "$pkg/DEBIAN/"
install -m 0644 "$here/debian/templates" "$pkg/DEBIAN/templates"

echo "deb: staged ($SECONDS s)" >&2
# Depends: what the bundle's ELF files need from the system (not what the bundle carries).
shlib="$work/shlibdeps"
mkdir -p "$shlib/debian"
printf 'Source: rounds\n\nPackage: rounds\nArchitecture: any\n' > "$shlib/debian/control"
mapfile -t elves < <(find "$pkg/opt/rounds" -type f \( -name '*.so' -o -name '*.so.*' -o -path '*/opt/rounds/rounds' \) \
                     -exec sh -c 'head -c4 "$1" | grep -q "ELF" && echo "$1"' _ {} \;)
mapfile -t private < <(printf '%s\n' "${elves[@]}" | xargs -n1 dirname | sort -u)
libargs=()
for d in "${private[@]}"; do libargs+=("-l$d"); done
(cd "$shlib" && dpkg-shlibdeps --ignore-missing-info -O "${libargs[@]}" "${elves[@]}" 2>"$work/shlibdeps.log") \
    | sed -n 's/^shlibs:Depends=//p' > "$work/depends"
depends=$(cat "$work/depends")
[ -n "$depends" ] || { echo "dpkg-shlibdeps found no dependencies; see $work/shlibdeps.log" >&2; exit 1; }
# Fonts for Chinese text, the desktop-file tooling; debconf for the preseeded address.
depends="$depends, debconf (>= 0.5) | debconf-2.0, fonts-noto-cjk | fonts-wqy-microhei"

echo "deb: dependencies computed ($SECONDS s)" >&2
installed_kb=$(du -sk --exclude=DEBIAN "$pkg" | cut -f1)
cat > "$pkg/DEBIAN/control" <<CONTROL
Package: rounds
Version: $debversion
Architecture: $arch
Maintainer: Rounds IT <it@rounds.example.com>
Installed-Size: $installed_kb
Depends: $depends
Recommends: gnome-keyring | kwalletmanager, xdg-desktop-portal
Section: misc
Priority: optional
Homepage: https://rounds.example.com
Description: offline-first field CRM for pharmaceutical representatives
 Rounds keeps a territory's customers (hospitals, departments, doctors,
 pharmacies, distributors) on the laptop, records calls, plans and
 follow-ups, and captures complaints including suspected adverse drug
 reactions. Everything works offline and syncs with the organisation's
 central Rounds server when a network is available.
 .
 This package contains the self-contained desktop client under /opt/rounds.
CONTROL

(cd "$pkg" && find . -path ./DEBIAN -prune -o -type f -printf '%P\0' | sort -z \
    | xargs -0 md5sum > DEBIAN/md5sums)
chmod 0644 "$pkg/DEBIAN/md5sums" "$pkg/DEBIAN/control" "$pkg/DEBIAN/conffiles"

deb="$out/rounds_${debversion}_${arch}.deb"
dpkg-deb --root-owner-group -Zxz --build "$pkg" "$deb" >/dev/null
echo "deb: archive written ($SECONDS s)" >&2
echo "$deb"
