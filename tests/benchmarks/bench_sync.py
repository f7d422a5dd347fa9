"""Sync against a real Radicale on loopback, with vdirsyncer as the yardstick.

    python tests/benchmarks/bench_sync.py            # 5,000 contacts, 2,000 meetings
    python tests/benchmarks/bench_sync.py --quick    # 500 contacts, 200 meetings

Measured, each in the same run as its floor:
- first sync up: a Giveback with N contacts and M meetings into an empty address book
  and calendar;
- first sync down: a second, empty Giveback data folder taking them all (the other
  laptop), against vdirsyncer copying the same address book into an empty folder;
- a sync with nothing changed (target 0.2 s), against vdirsyncer's own no-change run
  and one bare PROPFIND of the address book (the floor: one round trip and its XML);
- 10 contacts changed here among N (target 1 s).
The figures go to stdout and build/bench/sync.json.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "tests"))
sys.path.insert(0, str(ROOT / "tests" / "sync"))


def _timed(fn) -> float:
    start = time.perf_counter()
    fn()
    return time.perf_counter() - start


def _propfind(url: str, user: str, password: str) -> None:
    import requests

    body = ('<?xml version="1.0"?><d:propfind xmlns:d="DAV:"><d:prop><d:getetag/></d:prop>'
            "</d:propfind>")  # fmt: skip
    r = requests.request("PROPFIND", url, data=body, auth=(user, password),
                         headers={"Depth": "1", "Content-Type": "application/xml"})  # fmt: skip
    r.raise_for_status()


def _vdirsyncer(work: Path, url: str, user: str, password: str) -> tuple[float, float] | None:
    exe = shutil.which("vdirsyncer", path=str(Path(sys.executable).parent)) or shutil.which(
        "vdirsyncer"
    )
    if exe is None:
        return None
    folder = work / "vdir"
    config = work / "vdirsyncer.conf"
    config.write_text(
        f'[general]\nstatus_path = "{work / "vstatus"}"\n\n'
        '[pair book]\na = "server"\nb = "folder"\ncollections = null\n\n'
        f'[storage server]\ntype = "carddav"\nurl = "{url}"\nusername = "{user}"\n'
        f'password = "{password}"\n\n'
        f'[storage folder]\ntype = "filesystem"\npath = "{folder}"\nfileext = ".vcf"\n'
    )
    folder.mkdir()
    env = {**os.environ, "VDIRSYNCER_CONFIG": str(config)}

    def run(*args: str) -> None:
        subprocess.run([exe, *args], env=env, check=True, capture_output=True)

    run("discover", "book")
    first = _timed(lambda: run("sync"))
    again = _timed(lambda: run("sync"))
    return first, again


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true")
    parser.add_argument("--rounds", type=int, default=5)
    args = parser.parse_args()
    n, m = (500, 200) if args.quick else (5000, 2000)

    work = Path(tempfile.mkdtemp(prefix="giveback-bench-sync-"))
    os.environ["PYTHON_KEYRING_BACKEND"] = "keyring_backend.FileKeyring"
    os.environ["GIVEBACK_TEST_KEYRING"] = str(work / "keyring.json")
    import servers
    from laptops import Laptop

    from crm_desktop import store
    from crm_desktop.services import sync
    from crm_desktop.services.contacts import contacts
    from crm_desktop.services.sample import generate
    from crm_desktop.store import bulk

    radicale = servers.start_radicale(work / "radicale")
    result: dict[str, object] = {"contacts": n, "meetings": m}
    try:
        server = servers.DavServer(radicale)
        book, calendar = server.new_addressbook(), server.new_calendar()
        one, two = Laptop(work / "one"), Laptop(work / "two")
        with one:
            rows = generate.make_rows(n, meetings_per_contact=1)
            kept = {r[0] for r in rows["meeting"][:m]}
            rows["meeting"] = rows["meeting"][:m]
            rows["meeting_attendee"] = [a for a in rows["meeting_attendee"] if a[0] in kept]
            bulk.insert_rows(rows)
        one.setup(server, book, calendar)
        two.setup(server, book, calendar)
        result["first_up_s"] = _timed(one.sync)
        result["first_down_s"] = _timed(two.sync)
        nothing = [_timed(one.sync) for _ in range(args.rounds)]
        result["nothing_changed_s"] = statistics.median(nothing)
        floor = [_timed(lambda: _propfind(book, server.user, server.password))
                 for _ in range(args.rounds)]  # fmt: skip
        result["propfind_floor_s"] = statistics.median(floor)

        def change_ten() -> None:
            with one:
                ids = [r[0] for r in store.database().execute_sql(
                    "SELECT id FROM contact ORDER BY id LIMIT 10")]  # fmt: skip
                for cid in ids:
                    data = contacts.get_contact(cid).to_input()
                    data.notes = (data.notes + " (updated)").strip()
                    contacts.update_contact(cid, data)

        ten = []
        for _ in range(args.rounds):
            change_ten()
            ten.append(_timed(one.sync))
        result["ten_changed_s"] = statistics.median(ten)
        yard = _vdirsyncer(work, book, server.user, server.password)
        if yard:
            result["vdirsyncer_first_down_s"], result["vdirsyncer_nothing_s"] = yard
        with one:
            result["conflicts"] = len(sync.conflicts())
    finally:
        radicale.stop()
        shutil.rmtree(work, ignore_errors=True)

    print(f"Sync with Radicale on loopback: {n:,} contacts, {m:,} meetings")
    print(f"  first sync up (all to the server):      {result['first_up_s']:.1f} s")
    print(f"  first sync down (the other laptop):     {result['first_down_s']:.1f} s")
    if "vdirsyncer_first_down_s" in result:
        ratio = result["first_down_s"] / result["vdirsyncer_first_down_s"]
        print(f"    vdirsyncer, address book to a folder: {result['vdirsyncer_first_down_s']:.1f} s"
              f"  (Giveback {ratio:.1f}x, with the calendar too)")  # fmt: skip
    print(f"  nothing changed:                        {result['nothing_changed_s']:.3f} s"
          "  (target 0.2 s)")  # fmt: skip
    print(f"    one bare PROPFIND (floor):            {result['propfind_floor_s']:.3f} s"
          f"  ({result['nothing_changed_s'] / result['propfind_floor_s']:.1f}x)")  # fmt: skip
    if "vdirsyncer_nothing_s" in result:
        print(f"    vdirsyncer, nothing changed:          {result['vdirsyncer_nothing_s']:.3f} s"
              " (a whole process)")  # fmt: skip
    print(f"  10 contacts changed here:               {result['ten_changed_s']:.3f} s"
          "  (target 1 s)")  # fmt: skip
    out = ROOT / "build" / "bench"
    out.mkdir(parents=True, exist_ok=True)
    (out / "sync.json").write_text(json.dumps(result, indent=2))
    return 0


if __name__ == "__main__":
    sys.exit(main())
