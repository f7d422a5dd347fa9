#!/bin/sh
# Add this unpacked Giveback to your own application menu (no root needed):
#   ./install-desktop-entry.sh            install the menu entry and icons for this folder
#   ./install-desktop-entry.sh --remove   take them out again (your data stays where it is)
set -eu
here=$(cd "$(dirname "$0")" && pwd)
data=${XDG_DATA_HOME:-$HOME/.local/share}
apps="$data/applications"
entry="$apps/giveback.desktop"

if [ "${1:-}" = "--remove" ]; then
    rm -f "$entry"
    find "$data/icons/hicolor" -name 'giveback.png' -path '*/apps/*' -delete 2>/dev/null || true
    rm -f "$data/icons/hicolor/scalable/apps/giveback.svg"
    echo "Removed the Giveback menu entry. Your data in $data/Giveback is untouched."
    exit 0
fi

mkdir -p "$apps" "$data/icons"
cp -R "$here/share/icons/hicolor" "$data/icons/"
# The packaged entry runs `giveback` from PATH; point it at this folder instead.
sed -e "s|^Exec=giveback|Exec=\"$here/giveback\"|" -e "s|^TryExec=giveback|TryExec=$here/giveback|" \
    "$here/share/applications/giveback.desktop" > "$entry"
command -v update-desktop-database >/dev/null 2>&1 && update-desktop-database -q "$apps" || true
command -v gtk-update-icon-cache >/dev/null 2>&1 &&
    gtk-update-icon-cache -q -t "$data/icons/hicolor" 2>/dev/null || true
echo "Giveback is in your application menu ($entry)."
