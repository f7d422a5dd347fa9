#!/usr/bin/env bash
# Wrap dist/Giveback.app (built by packaging/giveback.spec's BUNDLE on macOS) in a compressed
# disk image with the usual drag-to-Applications layout:
#
#   packaging/macos/make_dmg.sh            -> dist/giveback-<version>-macos-<arch>.dmg
#
# Uses only hdiutil, which every macOS has (`hdiutil create -srcfolder` copies a folder into a
# new image; UDZO is the zlib-compressed read-only format; see `man hdiutil`). The image holds
# Giveback.app and a symlink to /Applications. PyInstaller has already signed the .app ad hoc
# (arm64 Macs refuse unsigned code); distributing outside a test needs a Developer ID signature
# and notarization (xcrun notarytool), which need Apple credentials CI does not have.
# Written against the hdiutil manual; cannot run on the Linux development machine.
set -euo pipefail

cd "$(dirname "$0")/../.."
app=dist/Giveback.app
[[ -d "$app" ]] || { echo "make_dmg: no $app (build it with make bundle on macOS)" >&2; exit 2; }

version=$(/usr/libexec/PlistBuddy -c 'Print :CFBundleShortVersionString' "$app/Contents/Info.plist")
arch=$(uname -m)                                      # arm64 or x86_64
dmg="dist/giveback-${version}-macos-${arch}.dmg"

stage=$(mktemp -d /tmp/giveback-dmg-XXXXXX)
trap 'rm -rf "$stage"' EXIT
# ditto keeps the bundle's symlinks, extended attributes and code signature intact.
ditto "$app" "$stage/Giveback.app"
ln -s /Applications "$stage/Applications"

codesign --verify --deep --strict "$stage/Giveback.app"
rm -f "$dmg"
hdiutil create -volname "Giveback ${version}" -srcfolder "$stage" -fs HFS+ \
    -format UDZO -imagekey zlib-level=9 -ov "$dmg"
hdiutil verify "$dmg"
echo "make_dmg: $dmg $(du -h "$dmg" | cut -f1)"
