"""Checks on the frozen bundle beyond `giveback --smoke-test` (run by `make smoke`).

    python packaging/check_bundle.py [dist/giveback]

- the bundle reports pyproject.toml's version;
- the plugins the app needs are there and what packaging/giveback.spec drops is gone, with no
  dangling symlinks, so a PySide6 upgrade that renames things does not slip through;
- under QT_DEBUG_PLUGINS the smoke test loads the SVG icon engine, and no Qt plugin fails to
  load (except CUPS print support, which uses the system's libcups where there is one);
- every library a bundled binary links is in the bundle or is one the system must provide
  (SYSTEM_LIBS), so a build machine missing, say, an xcb library is caught;
- the command line works frozen: load the sample network into a temporary data folder, list the
  contacts as JSON, and write a prep sheet PDF;
- the frozen app syncs: `giveback sync setup` and `giveback sync` against a Radicale this
  check starts on loopback (from the dev environment, never bundled).

Exits 1 with a list of what failed.
"""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

MUST_HAVE = [
    "resources/icons/giveback.svg",
    "resources/templates/prep_sheet.html",
    "resources/styles/app.qss",
    "resources/translations/giveback_de.qm",
    "resources/translations/giveback_en.qm",
    "PySide6/Qt/translations/qtbase_de.qm",
    "PySide6/Qt/plugins/platforms/libqoffscreen.so",
    "PySide6/Qt/plugins/platforms/libqxcb.so",
    "PySide6/Qt/plugins/platforms/libqwayland.so",
    "PySide6/Qt/plugins/wayland-shell-integration/libxdg-shell.so",
    "PySide6/Qt/plugins/imageformats/libqsvg.so",
    "PySide6/Qt/plugins/iconengines/libqsvgicon.so",
    "PySide6/Qt/plugins/printsupport/libcupsprintersupport.so",
    "PySide6/Qt/lib/libQt6PrintSupport.so.6",
    "PySide6/Qt/lib/libQt6Svg.so.6",
    "PySide6/QtPrintSupport.abi3.so",
    "PySide6/QtSvg.abi3.so",  # the referral graph saved as SVG
]
MUST_NOT_HAVE = [
    "PySide6/Qt/lib/libQt6Qml.so.6",
    "PySide6/Qt/lib/libQt6Quick.so.6",
    "PySide6/Qt/lib/libQt6Pdf.so.6",
    "PySide6/Qt/lib/libQt6Network.so.6",
    "PySide6/Qt/lib/libQt6OpenGL.so.6",
    "PySide6/Qt/qml",
    "PySide6/Qt/translations/qtdeclarative_de.qm",
    "PySide6/Qt/translations/designer_de.qm",
    "PySide6/Qt/plugins/platformthemes/libqgtk3.so",
    "PySide6/QtNetwork.abi3.so",
    "PySide6/QtQml.abi3.so",
]

# What the bundle links but leaves to the system: glibc, the GL/EGL drivers, libxcb and libwayland
# (PyInstaller never bundles these: they must match the running system), and libcups and libdbus-1
# (see LEAVE_TO_SYSTEM in giveback.spec).
SYSTEM_LIBS = {
    "ld-linux-x86-64.so.2", "libc.so.6", "libm.so.6", "libdl.so.2", "libpthread.so.0",
    "librt.so.1", "libutil.so.1",
    "libGL.so.1", "libEGL.so.1", "libOpenGL.so.0", "libGLX.so.0",
    "libxcb.so.1", "libwayland-client.so.0", "libwayland-cursor.so.0", "libwayland-egl.so.1",
    "libcups.so.2", "libdbus-1.so.3",
}  # fmt: skip


def unbundled_links(internal: Path) -> set[str] | None:
    """Libraries that bundled ELF files link and the bundle lacks (None without readelf)."""
    if not shutil.which("readelf"):
        return None
    present = {p.name for p in internal.rglob("*")}
    needed: set[str] = set()
    for path in internal.rglob("*.so*"):
        if path.is_symlink() or not path.is_file():
            continue
        out = subprocess.run(["readelf", "-d", str(path)], capture_output=True, text=True).stdout
        needed.update(re.findall(r"\(NEEDED\)\s+Shared library: \[([^\]]+)\]", out))
    return needed - present


def pyproject_version() -> str:
    with open(ROOT / "pyproject.toml", "rb") as f:
        return tomllib.load(f)["project"]["version"]


def run(exe: Path, *args: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess:
    full_env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", **(env or {})}
    full_env.pop("GIVEBACK_DATA_DIR", None)
    return subprocess.run(
        [str(exe), *args],
        capture_output=True,
        text=True,
        env=full_env,
        stdin=subprocess.DEVNULL,
        timeout=120,
    )


def frozen_sync(exe: Path, data: list[str], count: int, tmp: Path) -> list[str]:
    """The frozen app syncs the sample network with a Radicale started here on loopback
    (from the dev environment; never in the bundle): requests, certifi and ssl made it."""
    try:
        import http.client
        import socket
    except ImportError:
        return []
    if subprocess.run([sys.executable, "-c", "import radicale"]).returncode != 0:
        print("no radicale here: skipped the frozen sync")
        return []
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    (tmp / "users").write_text("ann:bundle-check\n")
    server = subprocess.Popen(
        [sys.executable, "-m", "radicale", "--config", "", "--server-hosts", f"127.0.0.1:{port}",
         "--storage-filesystem-folder", str(tmp / "dav"), "--auth-type", "htpasswd",
         "--auth-htpasswd-filename", str(tmp / "users"), "--auth-htpasswd-encryption", "plain",
         "--auth-delay", "0", "--logging-level", "warning"],
        stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
    )  # fmt: skip
    try:
        body = (
            '<?xml version="1.0"?><D:mkcol xmlns:D="DAV:" xmlns:C="urn:ietf:params:xml:ns:carddav">'
            "<D:set><D:prop><D:resourcetype><D:collection/><C:addressbook/></D:resourcetype>"
            "</D:prop></D:set></D:mkcol>"
        )
        for _ in range(100):
            try:
                con = http.client.HTTPConnection("127.0.0.1", port, timeout=5)
                con.request("MKCOL", "/ann/contacts/", body,
                            {"Authorization": "Basic YW5uOmJ1bmRsZS1jaGVjaw==",
                             "Content-Type": "application/xml"})  # fmt: skip
                con.getresponse().read()
                break
            except OSError:
                import time

                time.sleep(0.1)
        setup = subprocess.run(
            [str(exe), *data, "sync", "setup", f"http://127.0.0.1:{port}/", "--user", "ann",
             "--password-stdin"],
            input="bundle-check\n", capture_output=True, text=True, timeout=120,
        )  # fmt: skip
        if setup.returncode != 0:
            return [f"frozen `giveback sync setup` exited {setup.returncode}: {setup.stderr}"]
        first = run(exe, *data, "sync")
        if first.returncode != 0 or f"contacts: {count} new" not in first.stdout:
            return [f"frozen `giveback sync` did not send the {count} contacts: "
                    f"{first.stdout} {first.stderr}"]  # fmt: skip
        print(f"sync: the frozen app sent {count} contacts to a Radicale on loopback: ok")
        return []
    finally:
        server.terminate()
        server.wait(timeout=10)


def main(argv: list[str]) -> int:
    bundle = Path(argv[0] if argv else ROOT / "dist" / "giveback")
    exe = bundle / "giveback"
    internal = bundle / "_internal"
    problems: list[str] = []

    # Version: from pyproject.toml, through crm_desktop/_version.py.
    wanted = f"Giveback {pyproject_version()}"
    result = run(exe, "--version")
    if result.returncode != 0 or result.stdout.strip() != wanted:
        problems.append(f"--version printed {result.stdout.strip()!r}, expected {wanted!r}")
    else:
        print(f"version: {result.stdout.strip()}")

    # Contents.
    problems += [f"missing from the bundle: {p}" for p in MUST_HAVE if not (internal / p).exists()]
    problems += [f"should be excluded: {p}" for p in MUST_NOT_HAVE if (internal / p).exists()]
    dangling = [p for p in internal.rglob("*") if p.is_symlink() and not p.exists()]
    problems += [f"dangling symlink: {p.relative_to(bundle)}" for p in dangling]
    missing_libs = unbundled_links(internal)
    if missing_libs is None:
        print("no readelf: skipped the check of linked libraries")
    else:
        problems += [f"linked but not bundled: {n}" for n in sorted(missing_libs - SYSTEM_LIBS)]

    # Plugins actually load.
    result = run(exe, "--smoke-test", env={"QT_DEBUG_PLUGINS": "1"})
    log = result.stdout + result.stderr
    if result.returncode != 0:
        problems.append(f"--smoke-test with QT_DEBUG_PLUGINS exited {result.returncode}")
    if 'libqsvgicon.so" loaded library' not in log:
        problems.append("the SVG icon engine plugin was not loaded")
    for line in log.splitlines():
        if "Cannot load library" in line and "cupsprintersupport" not in line:
            problems.append(f"plugin failed to load: {line.strip()}")

    # The command line, frozen.
    with tempfile.TemporaryDirectory(prefix="giveback-bundle-check-") as tmp:
        data = ["--data-dir", str(Path(tmp) / "data")]
        steps = [
            ("load-sample", run(exe, *data, "load-sample")),
            ("contacts --json", run(exe, *data, "contacts", "--json")),
        ]
        contacts = []
        if steps[-1][1].returncode == 0:
            try:
                contacts = json.loads(steps[-1][1].stdout)
            except json.JSONDecodeError:
                problems.append("contacts --json did not print JSON")
        if contacts:
            pdf = Path(tmp) / "prep.pdf"
            steps.append(
                ("prep", run(exe, *data, "prep", contacts[0]["full_name"], "--pdf", str(pdf)))
            )
            if not (
                pdf.exists() and pdf.read_bytes()[:5] == b"%PDF-" and pdf.stat().st_size > 1000
            ):
                problems.append("prep did not write a PDF")
        else:
            problems.append("the sample network gave no contacts")
        for name, step in steps:
            if step.returncode != 0:
                problems.append(
                    f"`giveback {name}` exited {step.returncode}: {step.stderr.strip()}"
                )
        if not problems:
            print(f"cli: load-sample, contacts --json ({len(contacts)} contacts), prep PDF: ok")
        problems += frozen_sync(exe, data, len(contacts), Path(tmp))

    if problems:
        print("Bundle check FAILED:", *problems, sep="\n  ", file=sys.stderr)
        return 1
    print("bundle check: ok")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
