"""Drop the build machine's library paths from the bundle's ELF files (run by the spec on Linux).

A Python built by pyenv (or actions/setup-python) links its libpython and extension modules with
a RUNPATH such as /root/.pyenv/versions/3.11.7/lib. In the installed bundle that path means
nothing, or worse, a different Python's libraries on the user's machine, and lintian rightly
reports it (custom-library-search-path). Entries relative to $ORIGIN (PySide6's, which find the
Qt libraries inside the bundle) are kept; any other entry is removed with patchelf (Debian's
patchelf package). Without patchelf the bundle is left as it is and the build says so.

    python packaging/runpaths.py dist/giveback
"""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
from pathlib import Path


def _runpath(path: Path) -> list[str] | None:
    out = subprocess.run(["readelf", "-d", str(path)], capture_output=True, text=True).stdout
    match = re.search(r"\((?:RUNPATH|RPATH)\)\s+Library r(?:un)?path: \[([^\]]*)\]", out)
    return match.group(1).split(":") if match else None


def fix_runpaths(bundle: Path) -> int:
    """Remove RUNPATH entries not relative to $ORIGIN; return how many files changed."""
    if shutil.which("patchelf") is None or shutil.which("readelf") is None:
        print("runpaths: WARNING: patchelf or readelf missing; build-machine RUNPATHs stay "
              "(Debian: apt-get install patchelf binutils)")  # fmt: skip
        return 0
    changed = 0
    for path in sorted(bundle.rglob("*")):
        if path.is_symlink() or not path.is_file():
            continue
        with open(path, "rb") as f:
            if f.read(4) != b"\x7fELF":
                continue
        entries = _runpath(path)
        if entries is None:
            continue
        kept = [e for e in entries if e.startswith("$ORIGIN")]
        if kept == entries:
            continue
        if kept:
            cmd = ["patchelf", "--set-rpath", ":".join(kept), str(path)]
        else:
            cmd = ["patchelf", "--remove-rpath", str(path)]
        subprocess.run(cmd, check=True)
        changed += 1
    print(f"runpaths: removed build-machine RUNPATH entries from {changed} files")
    return changed


if __name__ == "__main__":
    fix_runpaths(Path(sys.argv[1] if len(sys.argv) > 1 else "dist/giveback"))
