"""Sync against a real Radicale on loopback, each figure beside a floor or yardstick
measured in the same run.

    python tests/benchmarks/bench_sync.py            # 5,000 contacts, 2,000 meetings
    python tests/benchmarks/bench_sync.py --quick    # 500 contacts, 200 meetings

- **First sync down**: the address book and calendar hold N contacts and M meetings (the
  phone filled them; written into Radicale's storage before it starts, as Radicale itself
  writes them) and an empty Giveback takes them all. Yardstick: vdirsyncer copying the
  same address book into an empty folder.
- **Nothing changed** (target 0.2 s) and **10 contacts changed here** (target 1 s) on
  that Giveback. Floor: one bare PROPFIND of each collection (the least any client must
  ask); yardstick: vdirsyncer's own run with nothing changed.
- **First sync up**: a Giveback with U contacts (500; 200 with --quick) into an empty
  address book, against plain PUTs of the same cards (the floor). Radicale checks each new
  item's UID against every item already there, so every client's upload of thousands of
  items is bound by the server, not the client: that is why it is measured smaller.
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
sys.path[:0] = [str(ROOT), str(ROOT / "tests"), str(ROOT / "tests" / "sync")]


def _timed(fn) -> float:
    start = time.perf_counter()
    fn()
    return time.perf_counter() - start


def _vdirsyncer(work: Path, url: str, user: str, password: str) -> tuple[float, float] | None:
    exe = shutil.which("vdirsyncer", path=str(Path(sys.executable).parent)) or shutil.which(
        "vdirsyncer"
    )
    if exe is None:
        return None
    folder = work / "vdir"
    folder.mkdir()
    config = work / "vdirsyncer.conf"
    config.write_text(
        f'[general]\nstatus_path = "{work / "vstatus"}"\n\n'
        '[pair book]\na = "server"\nb = "folder"\ncollections = null\n\n'
        f'[storage server]\ntype = "carddav"\nurl = "{url}"\nusername = "{user}"\n'
        f'password = "{password}"\n\n'
        f'[storage folder]\ntype = "filesystem"\npath = "{folder}"\nfileext = ".vcf"\n'
    )
    env = {**os.environ, "VDIRSYNCER_CONFIG": str(config)}

    def run(*args: str) -> None:
        subprocess.run([exe, *args], env=env, check=True, capture_output=True)

    run("discover", "book")
    return _timed(lambda: run("sync")), _timed(lambda: run("sync"))


def _texts(n: int, m: int) -> tuple[dict[str, str], dict[str, str]]:
    """N contacts and M meetings as Giveback writes them (vCards, events), by file name."""
    from crm_desktop import paths, store
    from crm_desktop.services.sample import generate
    from crm_desktop.services.sync import kinds
    from crm_desktop.services.sync.merging import Refs
    from crm_desktop.store import bulk

    work = Path(tempfile.mkdtemp(prefix="giveback-bench-texts-"))
    try:
        paths.set_data_dir(work)
        store.connect(paths.database_path())
        rows = generate.make_rows(n, meetings_per_contact=1)
        rows["meeting"] = rows["meeting"][:m]
        kept = {r[0] for r in rows["meeting"]}
        rows["meeting_attendee"] = [a for a in rows["meeting_attendee"] if a[0] in kept]
        bulk.insert_rows(rows)
        refs = Refs()
        for cid in kinds.CONTACTS.local_ids(refs):
            refs.note("contact", cid, f"bench-contact-{cid}")
        cards = {f"bench-contact-{cid}.vcf": kinds.CONTACTS.render(None, f"bench-contact-{cid}",
                                                                   f, set(f), refs)
                 for cid, f in kinds.CONTACTS.local_fields(refs).items()}  # fmt: skip
        events = {f"bench-meeting-{mid}.ics": kinds.MEETING_EVENTS.render(
                      None, f"bench-meeting-{mid}", f, set(f), refs)
                  for mid, f in kinds.MEETING_EVENTS.local_fields(refs).items()}  # fmt: skip
        store.close()
        return cards, events
    finally:
        paths.set_data_dir(None)
        shutil.rmtree(work, ignore_errors=True)


def _fill(storage: Path, path: str, items: dict[str, str]) -> None:
    """Write items into a Radicale collection's folder (Radicale stopped)."""
    folder = storage / "collection-root" / path.strip("/")
    for name, text in items.items():
        (folder / name).write_text(text, encoding="utf-8", newline="")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true")
    parser.add_argument("--rounds", type=int, default=5)
    args = parser.parse_args()
    n, m, up = (500, 200, 200) if args.quick else (5000, 2000, 500)

    work = Path(tempfile.mkdtemp(prefix="giveback-bench-sync-"))
    os.environ["PYTHON_KEYRING_BACKEND"] = "keyring_backend.FileKeyring"
    os.environ["GIVEBACK_TEST_KEYRING"] = str(work / "keyring.json")
    import requests
    import servers
    from laptops import Laptop

    from crm_desktop import store
    from crm_desktop.services.contacts import contacts

    cards, events = _texts(n, m)
    result: dict[str, object] = {"contacts": n, "meetings": m, "uploaded_contacts": up}
    radicale = servers.start_radicale(work / "radicale")
    storage = work / "radicale" / "storage"
    try:
        server = servers.DavServer(radicale)
        book, calendar, empty = (server.new_addressbook(), server.new_calendar(),
                                 server.new_addressbook("Empty"))  # fmt: skip
        radicale.stop()
        _fill(storage, book.split(str(radicale.port), 1)[1], cards)
        _fill(storage, calendar.split(str(radicale.port), 1)[1], events)
        old_port = radicale.port
        radicale = servers.start_radicale(work / "radicale", radicale.password)
        server.process = radicale
        book, calendar, empty = (u.replace(f":{old_port}/", f":{radicale.port}/")
                                 for u in (book, calendar, empty))  # fmt: skip
        auth = (server.user, server.password)
        with requests.Session() as http:  # Radicale builds its caches on the first listing
            for url in (book, calendar):
                http.request("PROPFIND", url, auth=auth, headers={"Depth": "1"})

        two = Laptop(work / "two")
        two.setup(server, book, calendar)
        result["first_down_s"] = _timed(two.sync)
        with two:
            result["contacts_here"] = contacts.count_contacts()
        result["nothing_changed_s"] = statistics.median(
            _timed(two.sync) for _ in range(args.rounds)
        )

        def change_ten() -> None:
            with two:
                ids = [r[0] for r in store.database().execute_sql(
                    "SELECT id FROM contact ORDER BY id LIMIT 10")]  # fmt: skip
                for cid in ids:
                    data = contacts.get_contact(cid).to_input()
                    data.notes = (data.notes + " (updated)").strip()
                    contacts.update_contact(cid, data)

        ten = []
        for _ in range(args.rounds):
            change_ten()
            ten.append(_timed(two.sync))
        result["ten_changed_s"] = statistics.median(ten)

        ask = '<propfind xmlns="DAV:"><prop><getetag/></prop></propfind>'

        def floor() -> None:
            with requests.Session() as http:
                for url in (book, calendar):
                    http.request("PROPFIND", url, auth=auth, headers={"Depth": "0"}, data=ask)

        result["propfind_floor_s"] = statistics.median(_timed(floor) for _ in range(args.rounds))
        yard = _vdirsyncer(work, book, server.user, server.password)
        if yard:
            result["vdirsyncer_first_down_s"], result["vdirsyncer_nothing_s"] = yard

        # Upload: U of the same cards by plain PUTs (the floor), then by Giveback.
        bare = server.new_addressbook("Bare")
        chosen = dict(list(cards.items())[:up])

        new = {"Content-Type": "text/vcard", "If-None-Match": "*"}

        def put_all() -> None:
            with requests.Session() as http:
                for name, text in chosen.items():
                    url = bare.rstrip("/") + "/" + name
                    http.put(url, data=text.encode(), auth=auth, headers=new)

        result["bare_put_s"] = _timed(put_all)
        one = Laptop(work / "one")
        with one:
            from crm_desktop.services.sample import generate
            from crm_desktop.store import bulk

            bulk.insert_rows(generate.make_rows(up, meetings_per_contact=0) | {"meeting": [],
                             "meeting_attendee": []})  # fmt: skip
        one.setup(server, empty, None)
        result["first_up_s"] = _timed(one.sync)
    finally:
        radicale.stop()
        shutil.rmtree(work, ignore_errors=True)

    r = result
    print(f"Sync with Radicale on loopback: {n:,} contacts and {m:,} meetings on the server")
    print(f"  first sync down (an empty Giveback):  {r['first_down_s']:.1f} s"
          f"  ({r['contacts_here']:,} contacts arrived)")  # fmt: skip
    if "vdirsyncer_first_down_s" in r:
        print(f"    vdirsyncer, address book to folder: {r['vdirsyncer_first_down_s']:.1f} s"
              f"  (Giveback {r['first_down_s'] / r['vdirsyncer_first_down_s']:.1f}x, and it "
              "also takes the calendar and fills its database)")  # fmt: skip
    print(f"  nothing changed:                      {r['nothing_changed_s']:.3f} s  (target 0.2 s)")
    print(f"    floor, a bare PROPFIND of each:     {r['propfind_floor_s']:.3f} s"
          f"  (Giveback {r['nothing_changed_s'] / r['propfind_floor_s']:.1f}x)")  # fmt: skip
    if "vdirsyncer_nothing_s" in r:
        print(f"    vdirsyncer, nothing changed:        {r['vdirsyncer_nothing_s']:.3f} s"
              "  (a whole process, address book only)")  # fmt: skip
    print(f"  10 contacts changed here:             {r['ten_changed_s']:.3f} s  (target 1 s)")
    print(f"  first sync up of {up:,} contacts:        {r['first_up_s']:.1f} s")
    print(f"    floor, plain PUTs of the same cards: {r['bare_put_s']:.1f} s"
          f"  (Giveback {r['first_up_s'] / r['bare_put_s']:.1f}x)")  # fmt: skip
    out = ROOT / "build" / "bench"
    out.mkdir(parents=True, exist_ok=True)
    (out / "sync.json").write_text(json.dumps(result, indent=2))
    return 0


if __name__ == "__main__":
    sys.exit(main())
