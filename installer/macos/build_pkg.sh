#!/usr/bin/env bash
# Build Rounds.app (PyInstaller) and a flat installer package dist/Rounds-<version>.pkg, then
# sign and notarise both when the credentials are present. Run on macOS with the venv active
# (pip install -e '.[package]').
#
#   installer/macos/build_pkg.sh
#
# Signing and notarisation (skipped, with a notice, when the variables are unset):
#   APPLE_APP_IDENTITY        "Developer ID Application: Your Org (TEAMID)"   signs the .app
#   APPLE_INSTALLER_IDENTITY  "Developer ID Installer: Your Org (TEAMID)"     signs the .pkg
#   APPLE_NOTARY_PROFILE      a notarytool keychain profile, created once with
#       xcrun notarytool store-credentials rounds-notary --apple-id ID --team-id TEAMID
#
# Preset for IT (MDM): write /Library/Application Support/Rounds/config.toml with a
# configuration profile or a script before or after installing; the package never
# overwrites an existing one. See docs/install-client.md.
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
cd "$root"
version=$(sed -n 's/^version *= *"\(.*\)"/\1/p' pyproject.toml | head -n1)
identifier=cn.rounds.client
py=${PY:-python3}

# 1. Icons, translations, the .app (PyInstaller BUNDLE in installer/rounds.spec).
QT_QPA_PLATFORM=offscreen "$py" installer/make_icons.py build/icons
"$py" -m tools.i18n_build
"$py" -m PyInstaller --noconfirm --distpath dist --workpath build/pyinstaller installer/rounds.spec
app="dist/Rounds.app"
[ -d "$app" ] || { echo "PyInstaller did not produce $app" >&2; exit 1; }
"$app/Contents/MacOS/rounds" --version

# 2. Sign the .app: hardened runtime, inside-out (every Mach-O, then the bundle).
if [ -n "${APPLE_APP_IDENTITY:-}" ]; then
    find "$app/Contents" -type f \( -name '*.so' -o -name '*.dylib' -o -perm -u+x \) -print0 |
        xargs -0 -n 20 codesign --force --timestamp --options runtime \
            --entitlements installer/macos/entitlements.plist --sign "$APPLE_APP_IDENTITY"
    codesign --force --timestamp --options runtime \
        --entitlements installer/macos/entitlements.plist --sign "$APPLE_APP_IDENTITY" "$app"
    codesign --verify --deep --strict --verbose=2 "$app"
else
    echo "notice: APPLE_APP_IDENTITY unset: the .app is not signed (Gatekeeper will block it)" >&2
fi

# 3. A flat component package installing into /Applications, with a postinstall that
#    prepares the machine-wide configuration folder.
stage=build/macos-pkg
rm -rf "$stage" && mkdir -p "$stage/root/Applications" "$stage/scripts"
ditto "$app" "$stage/root/Applications/Rounds.app"
install -m 0755 installer/macos/postinstall "$stage/scripts/postinstall"
pkgbuild --root "$stage/root" --scripts "$stage/scripts" --identifier "$identifier" \
    --version "$version" --install-location / "$stage/Rounds-component.pkg"
productbuild --package "$stage/Rounds-component.pkg" --identifier "$identifier" \
    --version "$version" ${APPLE_INSTALLER_IDENTITY:+--sign "$APPLE_INSTALLER_IDENTITY"} \
    "dist/Rounds-$version.pkg"

# 4. Notarise and staple (the ticket travels with the package, so offline Macs accept it).
if [ -n "${APPLE_INSTALLER_IDENTITY:-}" ] && [ -n "${APPLE_NOTARY_PROFILE:-}" ]; then
    xcrun notarytool submit "dist/Rounds-$version.pkg" --keychain-profile "$APPLE_NOTARY_PROFILE" --wait
    xcrun stapler staple "dist/Rounds-$version.pkg"
    spctl --assess --type install --verbose "dist/Rounds-$version.pkg"
else
    echo "notice: APPLE_INSTALLER_IDENTITY/APPLE_NOTARY_PROFILE unset: not notarised" >&2
fi
echo "pkg: dist/Rounds-$version.pkg"
