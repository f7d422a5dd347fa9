"""Print the unpacked size of a bundle folder (default dist/giveback), and its largest files.

    python packaging/report_size.py [FOLDER] [--top N] [--max-mb LIMIT]

Symlinks count as nothing (they point at files already counted). With --max-mb, exits 1 when the
bundle is larger, so a build that suddenly pulls in a big library does not go unnoticed.
"""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path


def file_sizes(folder: Path) -> list[tuple[int, Path]]:
    sizes = []
    for dirpath, _dirnames, filenames in os.walk(folder):
        for name in filenames:
            path = Path(dirpath) / name
            if not path.is_symlink():
                sizes.append((path.stat().st_size, path))
    return sizes


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("folder", nargs="?", default="dist/giveback")
    parser.add_argument("--top", type=int, default=0, help="also list the N largest files")
    parser.add_argument("--max-mb", type=float, default=None, help="fail above this size")
    args = parser.parse_args(argv)

    folder = Path(args.folder)
    if not folder.is_dir():
        print(f"report_size: no bundle at {folder}", file=sys.stderr)
        return 2
    sizes = file_sizes(folder)
    total = sum(size for size, _path in sizes)
    mb = total / 1e6
    print(f"Bundle {folder}: {mb:.1f} MB ({total / 2**20:.1f} MiB) in {len(sizes)} files")
    for size, path in sorted(sizes, reverse=True)[: args.top]:
        print(f"  {size / 1e6:7.2f} MB  {path.relative_to(folder)}")
    if args.max_mb is not None and mb > args.max_mb:
        print(f"report_size: {mb:.1f} MB is over the {args.max_mb:g} MB limit", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
