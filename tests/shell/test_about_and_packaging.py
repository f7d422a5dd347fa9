"""Help ▸ About, and the packaging pieces that can be checked without building a bundle."""

from __future__ import annotations

import importlib.util
import sys
import tomllib
from pathlib import Path

import pytest
from PySide6.QtCore import QObject, QUrl, Slot
from PySide6.QtGui import QDesktopServices, QImage, QImageReader
from PySide6.QtWidgets import QLabel

from crm_desktop import __version__, paths, resources

ROOT = Path(__file__).resolve().parents[2]


def _load(name: str, path: Path):
    spec = importlib.util.spec_from_file_location(name, path)
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module
    spec.loader.exec_module(module)
    return module


class _OpenedUrls(QObject):
    """Stands in for the desktop's file manager: Qt hands it every file: URL it would open."""

    def __init__(self):
        super().__init__()
        self.urls: list[QUrl] = []

    @Slot(QUrl)
    def open(self, url: QUrl) -> None:
        self.urls.append(url)


def _about_box(window):
    help_menu = next(a.menu() for a in window.menuBar().actions() if a.text() == "&Help")
    about = next(a for a in help_menu.actions() if a.text() == "&About Giveback")
    about.trigger()
    return window._about_box


def test_about_shows_version_data_folder_and_licence(window):
    box = _about_box(window)
    text = box.text()
    assert f"Giveback {__version__}" in text
    assert str(paths.data_dir()) in text
    assert "GPL-3.0-or-later" in text
    licence = resources.resource_path("LICENSE")
    assert QUrl.fromLocalFile(str(licence)).toString() in text
    assert "GNU GENERAL PUBLIC LICENSE" in licence.read_text(encoding="utf-8")[:200]
    box.close()


def test_about_data_folder_link_opens_the_folder(window):
    box = _about_box(window)
    label = box.findChild(QLabel, "qt_msgbox_label")
    opened = _OpenedUrls()
    QDesktopServices.setUrlHandler("file", opened, "open")
    try:
        folder_url = QUrl.fromLocalFile(str(paths.data_dir())).toString()
        label.linkActivated.emit(folder_url)  # what QLabel emits when the link is clicked
    finally:
        QDesktopServices.unsetUrlHandler("file")
    assert [u.toLocalFile() for u in opened.urls] == [str(paths.data_dir())]
    box.close()


def test_icons_are_rendered_in_every_size(qapp, tmp_path):
    make_icons = _load("make_icons", ROOT / "packaging" / "make_icons.py")
    out = make_icons.make_icons(tmp_path / "icons")
    for size in make_icons.HICOLOR_SIZES:
        image = QImage(str(out / "hicolor" / f"{size}x{size}" / "apps" / "giveback.png"))
        assert (image.width(), image.height()) == (size, size)
        assert image.pixelColor(size // 2, size // 2).alpha() == 255  # drawn, not blank
        assert image.pixelColor(0, 0).alpha() == 0  # rounded corner stays transparent
    reader = QImageReader(str(out / "giveback.ico"))
    sizes = []
    for index in range(reader.imageCount()):
        reader.jumpToImage(index)
        sizes.append(reader.read().width())
    assert sizes == list(make_icons.ICO_SIZES)
    iconset = sorted(p.name for p in (out / "giveback.iconset").iterdir())
    assert "icon_512x512@2x.png" in iconset and len(iconset) == 10
    assert QImage(str(out / "giveback.iconset" / "icon_512x512@2x.png")).width() == 1024


@pytest.mark.parametrize(
    ("item", "removed"),
    [
        ("coll/de.res", False),
        ("coll/ucadata.icu", False),
        ("coll/root.res", False),
        ("root.res", False),
        ("res_index.res", False),
        ("pool.res", False),
        ("zoneinfo64.res", False),
        ("likelySubtags.res", False),
        ("cnvalias.icu", False),
        ("ibm-943_P15A-2003.cnv", False),
        ("de.res", True),
        ("sr_Latn_BA.res", True),
        ("es_419.res", True),
        ("brkitr/char.brk", True),
        ("translit/root.res", True),
        ("zone/de.res", True),
        ("curr/en.res", True),
        ("unames.icu", True),
        ("rfc3491.spp", True),
    ],
)
def test_icu_trim_keeps_collation_converters_and_the_fallback_chain(item, removed):
    icu_trim = _load("icu_trim", ROOT / "packaging" / "icu_trim.py")
    assert icu_trim.removed(item) is removed


def test_release_notes_name_the_version_in_pyproject():
    version = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"][
        "version"
    ]
    linux = ROOT / "packaging" / "linux"
    metainfo = (linux / "org.giveback.Giveback.metainfo.xml").read_text(encoding="utf-8")
    assert f'<release version="{version}"' in metainfo
    assert (linux / "changelog").read_text(encoding="utf-8").startswith(f"giveback ({version})")
    iss = (ROOT / "packaging" / "windows" / "giveback.iss").read_text(encoding="utf-8")
    assert "AppId={{" in iss  # the stable AppId that makes upgrades replace in place
