"""Build the Linux packages from the bundle: a .deb and a portable .tar.gz (run by `make deb`).

    python packaging/linux/build_deb.py [--bundle dist/giveback] [--dist dist] [--no-lintian]

- ``dist/giveback_<version>_<arch>.deb``: the bundle under /opt/giveback, /usr/bin/giveback (a
  symlink: the PyInstaller bootloader resolves its real path and finds _internal/ beside it),
  the menu entry, hicolor icons, AppStream metainfo, a man page, the copyright file and
  changelog.gz. No maintainer scripts: dpkg's file triggers (desktop-file-utils,
  hicolor-icon-theme, man-db) refresh the menu, icon and man caches. Removing or purging the
  package touches nothing in anyone's home folder: the data lives in ~/.local/share/Giveback.
- ``dist/giveback-<version>-linux-<arch>.tar.gz``: the bundle in ``giveback-<version>/``, with the
  icons and an ``install-desktop-entry.sh`` that adds it to the user's own menu.

Depends: the libraries the bundle leaves to the system (check_bundle.SYSTEM_LIBS), mapped to
their Debian packages, and libc6 at least as new as the newest GLIBC_ symbol version any bundled
binary needs (read from ``objdump -T``). lintian runs on the .deb unless it is missing or
--no-lintian; its errors and warnings fail the build (overrides, each with its reason, are in
packaging/linux/lintian-overrides).
"""

from __future__ import annotations

import argparse
import gzip
import hashlib
import os
import re
import shutil
import stat
import subprocess
import sys
import tomllib
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent.parent
sys.path.insert(0, str(ROOT / "packaging"))
from check_bundle import SYSTEM_LIBS  # noqa: E402
from make_icons import make_icons  # noqa: E402

PACKAGE = "giveback"
APP_ID = "org.giveback.Giveback"
# 50 since encryption at rest (SQLCipher, the keyring's cryptography): the tar.gz is 45.6 MB;
# 54 since sync (ssl with OpenSSL's libraries, requests and certifi: about 3 MB compressed).
MAX_COMPRESSED_MB = 54

# The Debian packages providing what the bundle leaves to the system (check_bundle.SYSTEM_LIBS).
SYSTEM_PACKAGES = {
    "libGL.so.1": "libgl1",
    "libEGL.so.1": "libegl1",
    "libOpenGL.so.0": "libopengl0",
    "libGLX.so.0": "libglx0",
    "libxcb.so.1": "libxcb1",
    "libwayland-client.so.0": "libwayland-client0",
    "libwayland-cursor.so.0": "libwayland-cursor0",
    "libwayland-egl.so.1": "libwayland-egl1",
    "libdbus-1.so.3": "libdbus-1-3",
}
GLIBC_LIBS = {"ld-linux-x86-64.so.2", "libc.so.6", "libm.so.6", "libdl.so.2", "libpthread.so.0",
              "librt.so.1", "libutil.so.1"}  # fmt: skip
# libcups is optional: without it the print dialog offers PDF only. Fonts: Qt needs at least one.
RECOMMENDS = ["libcups2", "fonts-dejavu-core | fonts-liberation2 | fonts-noto-core"]
SHORT = "local-first contact manager for people who network"
LONG = """\
Giveback keeps the people you meet, who introduced you to whom, and your
meetings with them, and prints a one-page prep sheet to read before the next
meeting: who they are, the chain of introductions and whom to thank, past
meetings and your goal.
.
Everything stays in one SQLite file in your own data folder: no account, no
cloud, no telemetry. This package installs a self-contained build (its own
Python and Qt) under /opt/giveback."""


def version() -> str:
    with open(ROOT / "pyproject.toml", "rb") as f:
        return tomllib.load(f)["project"]["version"]


def arch() -> str:
    return subprocess.run(
        ["dpkg", "--print-architecture"], capture_output=True, text=True, check=True
    ).stdout.strip()


def elf_files(folder: Path) -> list[Path]:
    found = []
    for path in folder.rglob("*"):
        if path.is_file() and not path.is_symlink():
            with open(path, "rb") as f:
                if f.read(4) == b"\x7fELF":
                    found.append(path)
    return found


def needed_glibc(folder: Path) -> str:
    """The newest GLIBC_x.y symbol version the bundle's binaries import."""
    newest = (2, 17)
    for path in elf_files(folder):
        out = subprocess.run(["objdump", "-T", str(path)], capture_output=True, text=True).stdout
        for major, minor in re.findall(r"\bGLIBC_(\d+)\.(\d+)\b", out):
            newest = max(newest, (int(major), int(minor)))
    return f"{newest[0]}.{newest[1]}"


def linked_system_libs(folder: Path) -> set[str]:
    """What the bundle links and leaves to the system, less glibc (libc6) and libcups
    (Recommends); fails when check_bundle.SYSTEM_LIBS gained a library with no package here."""
    names: set[str] = set()
    for path in elf_files(folder):
        out = subprocess.run(["readelf", "-d", str(path)], capture_output=True, text=True).stdout
        names.update(re.findall(r"\(NEEDED\)\s+Shared library: \[([^\]]+)\]", out))
    linked = names & SYSTEM_LIBS
    unknown = linked - set(SYSTEM_PACKAGES) - GLIBC_LIBS - {"libcups.so.2"}
    if unknown:
        sys.exit(f"build_deb: no Debian package known for {sorted(unknown)} (SYSTEM_PACKAGES)")
    return linked & set(SYSTEM_PACKAGES)


def check_release_notes(ver: str) -> None:
    metainfo = (HERE / f"{APP_ID}.metainfo.xml").read_text(encoding="utf-8")
    first = re.search(r'<release version="([^"]+)"', metainfo)
    changelog = (HERE / "changelog").read_text(encoding="utf-8").splitlines()[0]
    problems = []
    if not first or first.group(1) != ver:
        problems.append(f"the newest <release> in {APP_ID}.metainfo.xml is not {ver}")
    if not changelog.startswith(f"{PACKAGE} ({ver})"):
        problems.append(f"packaging/linux/changelog does not start with {PACKAGE} ({ver})")
    if problems:
        sys.exit("build_deb: pyproject.toml says " + ver + ", but\n  " + "\n  ".join(problems))


def install(src: Path, dest: Path, mode: int = 0o644) -> None:
    dest.parent.mkdir(parents=True, exist_ok=True)
    shutil.copyfile(src, dest)
    os.chmod(dest, mode)


def gzip_to(data: bytes, dest: Path) -> None:
    dest.parent.mkdir(parents=True, exist_ok=True)
    # mtime=0 and no file name: the same input gives the same bytes (lintian: gzip -n).
    with open(dest, "wb") as raw, gzip.GzipFile("", "wb", 9, raw, mtime=0) as f:
        f.write(data)
    os.chmod(dest, 0o644)


def normalise_modes(root: Path) -> None:
    """Directories 0755; executables and shared objects 0755 only where ELF programs need it."""
    for path in [root, *root.rglob("*")]:
        if path.is_symlink():
            continue
        if path.is_dir():
            os.chmod(path, 0o755)
        else:
            executable = path.stat().st_mode & stat.S_IXUSR
            # Shared libraries need no exec bit (lintian: shared-library-is-executable).
            if executable and (".so" in path.name or not _is_elf(path)):
                executable = 0
            os.chmod(path, 0o755 if executable else 0o644)


def _is_elf(path: Path) -> bool:
    with open(path, "rb") as f:
        return f.read(4) == b"\x7fELF"


def stage_deb(bundle: Path, stage: Path, ver: str, architecture: str, icons: Path) -> None:
    if stage.exists():
        shutil.rmtree(stage)
    opt = stage / "opt" / PACKAGE
    shutil.copytree(bundle, opt, symlinks=True)
    (stage / "usr" / "bin").mkdir(parents=True)
    (stage / "usr" / "bin" / PACKAGE).symlink_to(f"/opt/{PACKAGE}/{PACKAGE}")
    share = stage / "usr" / "share"
    install(HERE / "giveback.desktop", share / "applications" / "giveback.desktop")
    install(HERE / f"{APP_ID}.metainfo.xml", share / "metainfo" / f"{APP_ID}.metainfo.xml")
    shutil.copytree(icons / "hicolor", share / "icons" / "hicolor")
    doc = share / "doc" / PACKAGE
    install(HERE / "copyright", doc / "copyright")
    gzip_to((HERE / "changelog").read_bytes(), doc / "changelog.gz")
    gzip_to((HERE / "giveback.1").read_bytes(), share / "man" / "man1" / "giveback.1.gz")
    install(HERE / "lintian-overrides", share / "lintian" / "overrides" / PACKAGE)
    normalise_modes(stage)

    installed_kib = sum(
        (p.lstat().st_size + 1023) // 1024 for p in stage.rglob("*") if not p.is_dir()
    )
    depends = [f"libc6 (>= {needed_glibc(opt)})"] + sorted(
        {SYSTEM_PACKAGES[name] for name in linked_system_libs(opt)}
    )
    control = {
        "Package": PACKAGE,
        "Version": ver,
        "Architecture": architecture,
        "Maintainer": "Giveback developers <giveback@users.noreply.github.com>",
        "Installed-Size": str(installed_kib),
        "Depends": ", ".join(depends),
        "Recommends": ", ".join(RECOMMENDS),
        "Section": "misc",
        "Priority": "optional",
        "Description": SHORT + "\n" + "\n".join(f" {line}" for line in LONG.splitlines()),
    }
    debian = stage / "DEBIAN"
    debian.mkdir()
    (debian / "control").write_text(
        "".join(f"{k}: {v}\n" for k, v in control.items()), encoding="utf-8"
    )
    sums = []
    for path in sorted(p for p in stage.rglob("*") if p.is_file() and not p.is_symlink()):
        rel = path.relative_to(stage).as_posix()
        if not rel.startswith("DEBIAN/"):
            sums.append(f"{hashlib.md5(path.read_bytes()).hexdigest()}  {rel}\n")
    (debian / "md5sums").write_text("".join(sums), encoding="utf-8")
    for name in ("control", "md5sums"):
        os.chmod(debian / name, 0o644)
    print(f"build_deb: Depends: {control['Depends']}")


def build_tarball(bundle: Path, out: Path, ver: str, icons: Path, work: Path) -> None:
    top = work / f"{PACKAGE}-{ver}"
    if work.exists():
        shutil.rmtree(work)
    shutil.copytree(bundle, top, symlinks=True)
    shutil.copytree(icons / "hicolor", top / "share" / "icons" / "hicolor")
    install(HERE / "giveback.desktop", top / "share" / "applications" / "giveback.desktop")
    install(HERE / "install-desktop-entry.sh", top / "install-desktop-entry.sh", 0o755)
    subprocess.run(
        ["tar", "--create", "--use-compress-program", "gzip -9n", "--sort=name", "--owner=0",
         "--group=0", "--numeric-owner", "--file", str(out),
         "--directory", str(work), top.name],
        check=True,
    )  # fmt: skip


def run_lintian(deb: Path) -> int:
    if shutil.which("lintian") is None:
        print("build_deb: lintian not found (apt-get install lintian): .deb not checked")
        return 0
    print(f"build_deb: lintian {deb.name}")
    # Infos are shown, not failed on; overridden tags are hidden (see lintian-overrides).
    result = subprocess.run(["lintian", "--fail-on", "error,warning", "--display-info", str(deb)])
    return result.returncode


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--bundle", type=Path, default=ROOT / "dist" / "giveback")
    parser.add_argument("--dist", type=Path, default=ROOT / "dist")
    parser.add_argument("--work", type=Path, default=ROOT / "build" / "linux")
    parser.add_argument("--no-lintian", action="store_true")
    args = parser.parse_args(argv)
    if not (args.bundle / PACKAGE).is_file():
        print(f"build_deb: no bundle at {args.bundle} (make bundle)", file=sys.stderr)
        return 2
    ver, architecture = version(), arch()
    check_release_notes(ver)
    icons = make_icons(args.work / "icons")

    stage = args.work / "deb"
    stage_deb(args.bundle, stage, ver, architecture, icons)
    deb = args.dist / f"{PACKAGE}_{ver}_{architecture}.deb"
    # xz at dpkg-deb's default level 6: 25.4 MB in ~100 s here; -z9 saves 0.9 MB for ~60 s more.
    # The archive is made meanwhile (gzip on the other core).
    dpkg_deb = subprocess.Popen(
        ["dpkg-deb", "--build", "--root-owner-group", "-Zxz", str(stage), str(deb)],
        stdout=subprocess.DEVNULL,
    )
    tarball = args.dist / f"{PACKAGE}-{ver}-linux-{architecture}.tar.gz"
    build_tarball(args.bundle, tarball, ver, icons, args.work / "tarball")
    if dpkg_deb.wait() != 0:
        print("build_deb: dpkg-deb failed", file=sys.stderr)
        return 1

    unpacked = sum(p.stat().st_size for p in args.bundle.rglob("*") if p.is_file()
                   and not p.is_symlink())  # fmt: skip
    deb_mb, tar_mb = deb.stat().st_size / 1e6, tarball.stat().st_size / 1e6
    print(f"Sizes: bundle {unpacked / 1e6:.1f} MB unpacked; {deb.name} {deb_mb:.1f} MB; "
          f"{tarball.name} {tar_mb:.1f} MB")  # fmt: skip
    status = 0
    for package in (deb, tarball):
        if package.stat().st_size / 1e6 > MAX_COMPRESSED_MB:
            print(f"build_deb: {package.name} is over {MAX_COMPRESSED_MB} MB", file=sys.stderr)
            status = 1
    if not args.no_lintian and run_lintian(deb) != 0:
        print("build_deb: lintian reported errors or warnings", file=sys.stderr)
        status = 1
    return status


if __name__ == "__main__":
    raise SystemExit(main())
