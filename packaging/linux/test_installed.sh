#!/usr/bin/env bash
# Install the .deb, check what it installed, run the installed program, remove it, and check a
# user's data folder is left exactly as it was. Run by .ci/run after `make deb`:
#
#   packaging/linux/test_installed.sh dist/giveback_<version>_<arch>.deb
#
# As root (CI) the package goes into this machine with apt (which pulls in its Depends, the way
# a user installs a downloaded .deb) and is purged at the end, even on failure. Not as root, it
# is unpacked into a scratch root with dpkg-deb and the same checks run there.
set -euo pipefail

deb=$(realpath "$1")
pkg=giveback
work=$(mktemp -d /tmp/giveback-installed-XXXXXX)
user_home="$work/home"          # a test user's home: data goes to ~/.local/share/Giveback
data="$user_home/.local/share/Giveback"
mkdir -p "$user_home"

fail() { echo "test_installed: FAILED: $*" >&2; exit 1; }
step() { echo "-- $*"; }

if [[ $(id -u) -eq 0 ]]; then
    root=""
    cleanup() { dpkg --purge "$pkg" >/dev/null 2>&1 || true; rm -rf "$work"; }
    trap cleanup EXIT
    step "apt-get install $deb"
    export DEBIAN_FRONTEND=noninteractive
    # A fresh machine may have empty package lists (Depends such as libwayland-cursor0 unknown).
    apt-get install -y -q --no-install-recommends "$deb" >/dev/null 2>&1 \
        || { apt-get update -q >/dev/null && apt-get install -y -q --no-install-recommends "$deb" >/dev/null; } \
        || fail "the package did not install"
    dpkg-query -W -f='installed ${Package} ${Version}\n' "$pkg"
    exe=/usr/bin/giveback
    [[ $(command -v giveback) == /usr/bin/giveback ]] || fail "giveback is not on PATH"
else
    root="$work/root"
    trap 'rm -rf "$work"' EXIT
    step "not root: dpkg-deb -x into $root"
    dpkg-deb -x "$deb" "$root"
    exe="$root/opt/giveback/giveback"
    [[ $(readlink "$root/usr/bin/giveback") == /opt/giveback/giveback ]] \
        || fail "/usr/bin/giveback does not point at /opt/giveback/giveback"
fi

step "installed files"
for path in /opt/giveback/giveback /opt/giveback/_internal/resources/LICENSE \
    /usr/share/applications/giveback.desktop \
    /usr/share/metainfo/org.giveback.Giveback.metainfo.xml \
    /usr/share/icons/hicolor/48x48/apps/giveback.png \
    /usr/share/icons/hicolor/scalable/apps/giveback.svg \
    /usr/share/doc/giveback/copyright /usr/share/doc/giveback/changelog.gz \
    /usr/share/man/man1/giveback.1.gz; do
    [[ -e "$root$path" ]] || fail "missing $path"
done
if command -v desktop-file-validate >/dev/null; then
    desktop-file-validate "$root/usr/share/applications/giveback.desktop" \
        || fail "desktop-file-validate"
    echo "desktop-file-validate: ok"
fi
if command -v appstreamcli >/dev/null; then
    appstreamcli validate --no-net "$root/usr/share/metainfo/org.giveback.Giveback.metainfo.xml" \
        || fail "appstreamcli validate"
fi
grep -qx 'Exec=giveback' "$root/usr/share/applications/giveback.desktop" || fail "Exec line"
grep -qx 'Icon=giveback' "$root/usr/share/applications/giveback.desktop" || fail "Icon line"

step "the installed program"
"$exe" --version
QT_QPA_PLATFORM=offscreen "$exe" --smoke-test || fail "--smoke-test of the installed program"

step "a user's data, then removal"
run_as_user() { env -u GIVEBACK_DATA_DIR -u XDG_DATA_HOME HOME="$user_home" "$@"; }
run_as_user "$exe" load-sample >/dev/null || fail "load-sample"
run_as_user "$exe" add-contact "Test User Contact" >/dev/null || fail "add-contact"
[[ -f "$data/giveback.sqlite3" ]] || fail "no database in $data"
count=$(run_as_user "$exe" contacts | wc -l)
snapshot() { (cd "$data" && find . -type f -print0 | sort -z | xargs -0 sha256sum); }
before=$(snapshot)
echo "data folder $data: $(find "$data" -type f | wc -l) files, $count contacts"

if [[ -z "$root" ]]; then
    dpkg --remove "$pkg" >/dev/null || fail "dpkg --remove"
    for path in /opt/giveback /usr/bin/giveback /usr/share/applications/giveback.desktop; do
        [[ ! -e "$path" && ! -L "$path" ]] || fail "$path is still there after removal"
    done
    # Without conffiles, remove leaves nothing to purge; purge whatever dpkg still lists.
    status=$(dpkg-query -W -f='${db:Status-Status}' "$pkg" 2>/dev/null || true)
    if [[ -n "$status" && "$status" != not-installed ]]; then
        dpkg --purge "$pkg" >/dev/null || fail "dpkg --purge"
    fi
    status=$(dpkg-query -W -f='${db:Status-Status}' "$pkg" 2>/dev/null || true)
    [[ -z "$status" || "$status" == not-installed ]] || fail "dpkg still lists $pkg: $status"
    echo "removed and purged: /opt/giveback, /usr/bin/giveback and the menu entry are gone"
else
    rm -rf "$root"
fi
[[ "$(snapshot)" == "$before" ]] || fail "the user's data folder changed on removal"
echo "user data after removal: unchanged ($data)"

# The portable archive beside the .deb: unpack, smoke-test, menu entry in and out.
tarball=$(ls "$(dirname "$deb")"/giveback-*-linux-*.tar.gz 2>/dev/null | head -1 || true)
if [[ -n "$tarball" ]]; then
    step "portable archive $(basename "$tarball")"
    mkdir -p "$work/tar"
    tar -xzf "$tarball" -C "$work/tar"
    top=$(ls -d "$work"/tar/giveback-*)
    QT_QPA_PLATFORM=offscreen "$top/giveback" --smoke-test || fail "--smoke-test from the archive"
    run_as_user "$top/install-desktop-entry.sh" >/dev/null || fail "install-desktop-entry.sh"
    entry="$user_home/.local/share/applications/giveback.desktop"
    grep -qx "Exec=\"$top/giveback\"" "$entry" || fail "the archive's menu entry runs $(grep ^Exec "$entry")"
    [[ -f "$user_home/.local/share/icons/hicolor/48x48/apps/giveback.png" ]] || fail "archive icons"
    run_as_user "$top/install-desktop-entry.sh" --remove >/dev/null
    [[ ! -e "$entry" ]] || fail "install-desktop-entry.sh --remove left $entry"
    [[ "$(snapshot)" == "$before" ]] || fail "the archive's menu entry touched the user's data"
    echo "archive: smoke test, menu entry added and removed, data untouched"
fi
echo "test_installed: ok"
