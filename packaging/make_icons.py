"""Render the app icon (resources/icons/giveback.svg) in every size each platform needs.

    python packaging/make_icons.py [OUTDIR]        (default build/icons)

Qt's own SVG renderer (QSvgRenderer) draws each size, so nothing generated is committed:

- ``hicolor/<N>x<N>/apps/giveback.png`` for N in 16 … 512, and ``hicolor/scalable/apps/
  giveback.svg``: the freedesktop icon theme layout the .deb installs under /usr/share/icons;
- ``giveback.ico`` (16 … 256): the Windows executable, installer and shortcuts. Qt's ICO writer
  stores one image per file, so the file is assembled here: an ICONDIR header and one entry
  per size, each image stored as PNG (valid in .ico since Windows Vista, the form Microsoft
  documents for 256 px icons);
- ``giveback.iconset/``: the PNGs Apple's ``iconutil -c icns`` turns into ``giveback.icns``
  (icon_16x16.png … icon_512x512@2x.png). The spec runs iconutil on macOS, where it exists.
"""

from __future__ import annotations

import os
import shutil
import struct
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SVG = ROOT / "resources" / "icons" / "giveback.svg"
HICOLOR_SIZES = (16, 22, 24, 32, 48, 64, 128, 256, 512)
ICO_SIZES = (16, 24, 32, 48, 64, 128, 256)
ICONSET = {  # Apple's iconset names (Human Interface Guidelines, "App icons" for macOS)
    f"icon_{n}x{n}{suffix}.png": n * scale
    for n in (16, 32, 128, 256, 512)
    for suffix, scale in (("", 1), ("@2x", 2))
}


def render_png(renderer, size: int) -> bytes:
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice, Qt
    from PySide6.QtGui import QImage, QPainter

    image = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
    renderer.render(painter)
    painter.end()
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    if not image.save(buffer, "PNG"):
        raise RuntimeError(f"could not encode the {size} px icon")
    buffer.close()
    return bytes(data)


def ico_bytes(pngs: dict[int, bytes]) -> bytes:
    """An .ico holding one PNG per size (ICONDIR + ICONDIRENTRY, little-endian)."""
    sizes = sorted(pngs)
    header = struct.pack("<HHH", 0, 1, len(sizes))  # reserved, type 1 = icon, count
    offset = len(header) + 16 * len(sizes)
    entries, images = b"", b""
    for size in sizes:
        png = pngs[size]
        side = 0 if size >= 256 else size  # 0 means 256
        entries += struct.pack("<BBBBHHII", side, side, 0, 0, 1, 32, len(png), offset)
        images += png
        offset += len(png)
    return header + entries + images


def make_icons(out: Path) -> Path:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtGui import QGuiApplication
    from PySide6.QtSvg import QSvgRenderer

    _app = QGuiApplication.instance() or QGuiApplication([])
    renderer = QSvgRenderer(str(SVG))
    if not renderer.isValid():
        raise RuntimeError(f"Qt cannot read {SVG}")
    if out.exists():
        shutil.rmtree(out)
    sizes = sorted(set(HICOLOR_SIZES) | set(ICO_SIZES) | set(ICONSET.values()))
    pngs = {size: render_png(renderer, size) for size in sizes}

    for size in HICOLOR_SIZES:
        target = out / "hicolor" / f"{size}x{size}" / "apps" / "giveback.png"
        target.parent.mkdir(parents=True)
        target.write_bytes(pngs[size])
    scalable = out / "hicolor" / "scalable" / "apps" / "giveback.svg"
    scalable.parent.mkdir(parents=True)
    shutil.copyfile(SVG, scalable)

    (out / "giveback.ico").write_bytes(ico_bytes({n: pngs[n] for n in ICO_SIZES}))

    iconset = out / "giveback.iconset"
    iconset.mkdir()
    for name, size in ICONSET.items():
        (iconset / name).write_bytes(pngs[size])
    return out


def main(argv: list[str]) -> int:
    out = make_icons(Path(argv[0]) if argv else ROOT / "build" / "icons")
    print(f"make_icons: {out}: hicolor {HICOLOR_SIZES[0]}…{HICOLOR_SIZES[-1]} px, giveback.ico, "
          "giveback.iconset")  # fmt: skip
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
