"""The house rules that docs/ARCHITECTURE.md states and a reviewer would otherwise check by eye:
no module grows past 600 lines, and the page names every package there is."""

from __future__ import annotations

from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
PACKAGE = ROOT / "crm_desktop"
MAX_LINES = 600


def test_no_module_is_over_600_lines():
    too_long = {
        str(path.relative_to(ROOT)): count
        for path in PACKAGE.rglob("*.py")
        if (count := len(path.read_text(encoding="utf-8").splitlines())) > MAX_LINES
    }
    assert too_long == {}


def test_the_architecture_page_names_every_package():
    page = (ROOT / "docs" / "ARCHITECTURE.md").read_text(encoding="utf-8")
    packages = sorted(
        str(init.parent.relative_to(PACKAGE)) + "/"
        for init in PACKAGE.rglob("__init__.py")
        if init.parent != PACKAGE
    )
    assert packages, "no packages found"
    missing = [name for name in packages if f"`{name}" not in page and f"{name}`" not in page]
    assert missing == []
