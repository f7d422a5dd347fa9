"""Trim ICU's data library (libicudata, 32 MB) to the data Qt can reach, with ICU's own tools.

Used by packaging/giveback.spec on Linux (the PySide6 wheel ships ICU 73 there; on Windows and
macOS Qt uses the system's ICU or none). Run alone to try it on a built bundle:

    python packaging/icu_trim.py dist/giveback/_internal/PySide6/Qt/lib/libicudata.so.73 OUTDIR

What Qt calls. The PySide6 libraries import only these ICU functions (``nm -D --undefined-only``
on every file of the bundle; libQt6Core is the only importer):

- ``ucol_open/ucol_strcoll/ucol_getSortKey/ucol_setAttribute``: QCollator  -> ``coll/``
- ``u_strToUpper/u_strToLower``: QLocale::toUpper/toLower -> case data compiled into libicuuc
- ``ucnv_*``: QStringConverter/QStringDecoder for encodings other than UTF-8/16/32 and Latin-1
  -> ``*.cnv``, ``cnvalias.icu``
- ``ucal_open/ucal_getTimeZoneDisplayName/ucal_getCanonicalTimeZoneID``: QTimeZone's localized
  display names -> ``zone/``, locale bundles, ``metaZones``, ``zoneinfo64``, ``timezoneTypes``

So these go (REMOVE_TREES, REMOVE_ITEMS, LOCALE_BUNDLE):

- the trees for APIs Qt never calls: ``brkitr/`` (break iterators: Qt segments text itself),
  ``translit/`` (transliteration), ``rbnf/`` (spelled-out numbers), ``curr/``, ``unit/``,
  ``lang/``, ``region/`` (display names of currencies, units, languages and countries: QLocale
  has its own CLDR tables for those);
- ``zone/`` and the per-locale bundles at the top of the package (``de.res``, ``ja_JP.res``, ...):
  only QTimeZone::displayName(…, locale) reads them. Giveback stores naive local times and never
  shows a time-zone name; without them QTimeZone::displayName returns an empty string.
  ``root.res``, ``pool.res``, ``res_index.res`` and the supplemental bundles (``zoneinfo64``,
  ``metaZones``, ``likelySubtags``, ...) stay, so ICU's fallback chain stays whole;
- single items for APIs Qt never calls: ``unames.icu`` (u_charName), ``*.spp`` (StringPrep),
  ``confusables.cfu`` (spoof checker), ``uts46.nrm`` (IDNA), ``nfkc.nrm``/``nfkc_cf.nrm``
  (NFKC normalizer objects; collation uses NFC, which is compiled into libicuuc).

``coll/`` (every collation tailoring plus ``ucadata.icu``) and every converter stay whole.
``icupkg -r`` checks the dependencies between the items it keeps (resource-bundle aliases, the
pool bundle) and refuses to write a package that would miss one; ``--ignore-deps`` is NOT used.
packaging/check_icu.py proves the behaviour Giveback relies on did not change.

How (no hand-parsing of ICU's format):
1. the package is the ``icudt73_dat`` symbol of the library: its bytes are cut out at the
   offset ``readelf`` gives (binutils);
2. ``icupkg -l`` lists the items, ``icupkg -r LIST`` writes the package without the removed ones
   (Debian's icu-devtools; its ICU 72 tools read and write the version-independent package
   format, keeping the ``icudt73l`` item prefix);
3. ``genccode -a gcc -e icudt73`` turns the package into assembly defining ``icudt73_dat``, and
   ``cc -shared -Wl,-soname,libicudata.so.73`` makes the library again.

Without readelf, icupkg, genccode or a C compiler, nothing is trimmed (the build says so).
"""

from __future__ import annotations

import argparse
import re
import shutil
import subprocess
import sys
from pathlib import Path

REMOVE_TREES = ("brkitr/", "translit/", "rbnf/", "curr/", "unit/", "lang/", "region/", "zone/")
REMOVE_ITEMS = re.compile(
    r"^(unames\.icu|confusables\.cfu|uts46\.nrm|nfkc\.nrm|nfkc_cf\.nrm|[^/]+\.spp)$"
)
# Locale bundles at the top of the package: language, then _Script/_REGION/_VARIANT subtags
# (e.g. sr_Latn_BA.res, es_419.res). root.res, pool.res, res_index.res and the supplemental
# bundles (lower-case or longer names) do not match.
LOCALE_BUNDLE = re.compile(r"^[a-z]{2,3}(_[A-Z0-9][A-Za-z0-9]*)*\.res$")
TOOLS = ("readelf", "icupkg", "genccode", "cc")


def missing_tools() -> list[str]:
    return [tool for tool in TOOLS if shutil.which(tool) is None]


def removed(item: str) -> bool:
    return (
        item.startswith(REMOVE_TREES)
        or bool(REMOVE_ITEMS.match(item))
        or bool(LOCALE_BUNDLE.match(item))
    )


def _run(*args: str, cwd: Path | None = None) -> str:
    result = subprocess.run(args, capture_output=True, text=True, cwd=cwd)
    if result.returncode != 0:
        raise RuntimeError(f"{' '.join(args)} failed:\n{result.stdout}{result.stderr}")
    return result.stdout


def extract_package(library: Path, out: Path) -> str:
    """Write the ICU package embedded in *library* to *out*; return the entry-point name."""
    symbols = _run("readelf", "-sW", str(library))
    match = re.search(r":\s+([0-9a-f]+)\s+(\d+|0x[0-9a-f]+)\s+OBJECT\s+GLOBAL\s+\S+\s+(\d+)\s+"
                      r"(icudt\d+)_dat$", symbols, re.M)  # fmt: skip
    if not match:
        raise RuntimeError(f"no icudt*_dat symbol in {library}")
    address, size, section, entry = match.groups()
    address, size = int(address, 16), int(size, 0)
    sections = _run("readelf", "-SW", str(library))
    sec = re.search(
        rf"^\s*\[\s*{section}\]\s+\S+\s+\S+\s+([0-9a-f]+)\s+([0-9a-f]+)", sections, re.M
    )
    if not sec:
        raise RuntimeError(f"section {section} not found in {library}")
    offset = address - int(sec.group(1), 16) + int(sec.group(2), 16)
    with open(library, "rb") as f:
        f.seek(offset)
        data = f.read(size)
    if len(data) != size or data[12:16] != b"CmnD":
        raise RuntimeError(f"{library}: the {entry}_dat symbol is not an ICU common data package")
    out.write_bytes(data)
    return entry


def trim_library(library: Path, workdir: Path) -> tuple[Path, list[str]]:
    """Build a trimmed copy of *library* in *workdir*; return it and the removed item names."""
    if workdir.exists():
        shutil.rmtree(workdir)
    workdir.mkdir(parents=True)
    (workdir / "full").mkdir()
    # icupkg wants the file named like the package (icudt73l.dat: 73 little-endian ASCII).
    entry = extract_package(library, workdir / "full" / "icudt.dat")  # e.g. icudt73
    package = f"{entry}l.dat"
    (workdir / "full" / "icudt.dat").rename(workdir / "full" / package)
    full = f"full/{package}"
    items = _run("icupkg", "-l", full, cwd=workdir).split()
    gone = sorted(item for item in items if removed(item))
    (workdir / "removed.txt").write_text("\n".join(gone) + "\n", encoding="utf-8")
    _run("icupkg", "-r", "removed.txt", full, package, cwd=workdir)
    _run("genccode", "-q", "-a", "gcc", "-e", entry, package, cwd=workdir)
    assembly = workdir / f"{entry}l_dat.S"
    soname = re.search(r"\(SONAME\).*\[([^\]]+)\]", _run("readelf", "-d", str(library)))
    out = workdir / "lib" / (soname.group(1) if soname else library.name)
    out.parent.mkdir()
    _run("cc", "-shared", "-nostdlib", f"-Wl,-soname,{out.name}", "-Wl,-z,noexecstack",
         "-o", str(out), str(assembly))  # fmt: skip
    # The assembly is 2.4x the package's size, the full package 32 MB: not needed any more.
    assembly.unlink()
    shutil.rmtree(workdir / "full")
    return out, gone


def trim_binaries(binaries: list, workdir: Path) -> list:
    """PyInstaller spec helper: swap libicudata in *binaries* for a trimmed copy."""
    found = [e for e in binaries if re.search(r"(^|/)libicudata\.so\.\d+$", e[0]) and
             e[2] != "SYMLINK"]  # fmt: skip
    if not found:
        print("icu_trim: no libicudata in the bundle; nothing to trim")
        return binaries
    lacking = missing_tools()
    if lacking:
        print(f"icu_trim: WARNING: keeping ICU data whole ({', '.join(lacking)} not found; "
              "Debian: apt-get install icu-devtools gcc binutils)")  # fmt: skip
        return binaries
    dest, src, kind = found[0]
    trimmed, gone = trim_library(Path(src), workdir)
    before, after = Path(src).stat().st_size, trimmed.stat().st_size
    print(f"icu_trim: {Path(dest).name} {before / 1e6:.1f} MB -> {after / 1e6:.1f} MB, "
          f"{len(gone)} items removed (list: {workdir / 'removed.txt'})")  # fmt: skip
    return [(d, str(trimmed), k) if (d, s, k) == found[0] else (d, s, k) for d, s, k in binaries]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("library", type=Path)
    parser.add_argument("workdir", type=Path)
    args = parser.parse_args(argv)
    if lacking := missing_tools():
        print(f"icu_trim: missing {', '.join(lacking)}", file=sys.stderr)
        return 2
    out, gone = trim_library(args.library, args.workdir)
    print(f"{out}: {out.stat().st_size / 1e6:.1f} MB, {len(gone)} items removed")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
