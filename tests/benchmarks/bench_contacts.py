"""Giveback contacts at scale: `make bench` (N = 1,000 / 10,000 / 100,000) or `--quick`.

A benchmark, not a test: prints one table and writes the figures as JSON.

For each N it generates a synthetic network (names with accents and CJK,
companies, tags, referral trees, ~5 meetings per contact with paragraphs of
notes) and measures:

- insert: the app's bulk path (``store.bulk.insert_rows``, search index
  included) against the same rows and the same statements through raw
  ``sqlite3.executemany`` in the same run;
- start: a fresh process to the main window shown with the contacts list
  populated and painted, against a bare QApplication + QMainWindow shown in
  the same run (each in its own subprocess, median of 3);
- search: keystroke to model updated and list repainted, median and p95 over
  200 realistic queries typed letter by letter (the view's debounce excluded,
  reported apart);
- scroll: fetch and paint a page of rows at the end of the list, and in the
  middle;
- memory: peak RSS of the app process with the list open, after the searches;
- find duplicates: the time to group every active contact that looks like another;
- reload with everyone selected: what any change does (tagging the people selected,
  say) with the whole list selected, which must select them back in one go;
- encrypted: the same insert, start and search on a database encrypted with SQLCipher
  (a random key, as the keyring holds), reported as ratios to the plain database of the
  same run; the target is 1.3x at most.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import resource
import shutil
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

TARGETS = {
    "search_p95_ms": 50,
    "start_s": 1.5,
    "start_ratio": 3.0,
    "rss_mb": 400,
    "insert_ratio": 3.0,
    "reload_selected_s": 5.0,
    "encrypted_ratio": 1.3,
}
KEY_ENV = "GIVEBACK_BENCH_KEY"  # the encrypted run's random key, hex, for its children

# Typed letter by letter: every prefix of each is one query.
WORDS = [
    "maria", "zoe", "lefevre", "kowalski", "sørensen", "müller", "garcía", "o'brien", "nguyen",
    "hiroshi", "ananya", "kwame", "山田", "김", "helio", "acme robotics", "globex", "recruiter",
    "data scientist", "mentor", "climate", "python", "berlin", "tokyo", "são paulo", "kraków",
    "platform", "interview", "kubernetes", "airflow", "bootcamp", "salary", "portfolio", "rust",
    "meetup", "ann acm", "head of data", "zürich", "élodie", "paweł",
]  # fmt: skip


def queries(count: int = 200) -> list[str]:
    found: list[str] = []
    for word in WORDS:
        for end in range(1, len(word) + 1):
            if word[end - 1] != " ":
                found.append(word[:end])
    return found[:count]


def rss_mb() -> float:
    """Peak RSS of this process. VmHWM, not ru_maxrss: Linux keeps ru_maxrss across
    exec, so a child would report the parent's peak (the generated rows)."""
    try:
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) / 1024
    except OSError:
        pass
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # KB on Linux


# Children -------------------------------------------------------------------------------
def child_bare() -> None:
    from PySide6.QtWidgets import QApplication, QMainWindow

    app = QApplication(sys.argv[:1])
    window = QMainWindow()
    window.resize(1440, 860)
    window.show()
    app.processEvents()
    window.grab()  # the same full paint the app gets
    print("READY", flush=True)
    print(json.dumps({"rss_mb": rss_mb()}), flush=True)


def child_app(data_dir: str, measure: bool, page_only: bool) -> None:
    """The whole main window, or (*page_only*) only the contacts page in a bare one."""
    from PySide6.QtWidgets import QMainWindow

    from crm_desktop import paths
    from crm_desktop.store import connect
    from crm_desktop.ui.common.bus import DataBus
    from crm_desktop.ui.contacts.view import ContactsView
    from crm_desktop.ui.shell.app import create_application

    paths.set_data_dir(data_dir)
    app = create_application()
    if os.environ.get(KEY_ENV):
        from crm_desktop.store import cipher

        cipher.use_key(bytes.fromhex(os.environ[KEY_ENV]))
    connect(paths.database_path())
    if page_only:
        window = QMainWindow()
        view = ContactsView(DataBus(window), None, window)
        window.setCentralWidget(view)
    else:
        from crm_desktop.ui.shell.main_window import MainWindow  # the page alone does not import it

        window = MainWindow()
        view = window.contacts_view
        window.tabs.setCurrentWidget(view)
    window.resize(1440, 860)
    window.show()
    app.processEvents()
    table = view.table
    assert view.model.rowCount() > 0, "the list is empty"
    table.viewport().grab()  # paints; repaint() does not offscreen
    print("READY", flush=True)
    if not measure:
        print(json.dumps({"rss_mb": rss_mb()}), flush=True)
        return
    result: dict = {"rows": view.model.rowCount()}

    def paint_page(where: str) -> float:
        t0 = time.perf_counter()
        if where == "end":
            table.scrollToBottom()
        else:
            table.verticalScrollBar().setValue(table.verticalScrollBar().maximum() // 2)
        table.viewport().grab()  # paints; repaint() does not offscreen
        app.processEvents()
        return (time.perf_counter() - t0) * 1000

    result["scroll_end_ms"] = paint_page("end")
    result["scroll_middle_ms"] = paint_page("middle")

    timings = []
    for q in queries():
        t0 = time.perf_counter()
        view.search.setText(q)  # what a keystroke does
        view._apply_search()  # what the debounce timer then does
        table.viewport().grab()  # paints; repaint() does not offscreen
        timings.append((time.perf_counter() - t0) * 1000)
        app.processEvents()
    timings.sort()
    result["search_queries"] = len(timings)
    result["search_median_ms"] = statistics.median(timings)
    result["search_p95_ms"] = timings[int(len(timings) * 0.95) - 1]
    result["search_max_ms"] = timings[-1]
    result["search_slowest"] = []
    view.search.clear()
    view._apply_search()
    # The slowest queries, for the report.
    slow = []
    for q in queries():
        t0 = time.perf_counter()
        view.search.setText(q)
        view._apply_search()
        slow.append(((time.perf_counter() - t0) * 1000, q))
    result["search_slowest"] = [[q, round(ms, 1)] for ms, q in sorted(slow)[-5:]]
    # A common word lists its first hits at once and the rest once typing pauses
    # (the view's COMPLETE_DELAY_MS); that second step, timed apart.
    rest = []
    for q in ("interview", "climate", "python", "data"):
        view.search.setText(q)
        view._apply_search()
        t0 = time.perf_counter()
        view._complete_list()
        rest.append((time.perf_counter() - t0) * 1000)
    result["search_rest_max_ms"] = max(rest)
    from crm_desktop.services.contacts import merge

    t0 = time.perf_counter()
    result["duplicate_groups"] = len(merge.find_duplicates())
    result["duplicates_s"] = time.perf_counter() - t0
    view.search.clear()
    view._apply_search()
    view.model.fetchMore()  # every row, as a reload lists them
    table.selectAll()
    result["reload_selected"] = len(view.selected_contact_ids())
    t0 = time.perf_counter()
    view.reload()
    result["reload_selected_s"] = time.perf_counter() - t0
    assert len(view.selected_contact_ids()) == result["reload_selected"], "selection lost"
    from crm_desktop.ui.contacts.view import SEARCH_DELAY_MS

    result["search_debounce_ms"] = SEARCH_DELAY_MS
    result["rss_mb"] = rss_mb()
    print(json.dumps(result), flush=True)


# Parent ---------------------------------------------------------------------------------
def run_child(args: list[str], key: bytes | None = None) -> tuple[float, dict]:
    """Start a child, time it to READY; returns (seconds, its JSON result).
    Raises ChildFailed with the last line of its error output."""
    t0 = time.perf_counter()
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    env.pop(KEY_ENV, None)
    if key is not None:
        env[KEY_ENV] = key.hex()
    proc = subprocess.Popen(
        [sys.executable, __file__, *args],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=env,
    )
    ready = None
    data: dict = {}
    for line in proc.stdout:
        if line.strip() == "READY" and ready is None:
            ready = time.perf_counter() - t0
        elif line.startswith("{"):
            data = json.loads(line)
    proc.wait()
    if proc.returncode != 0 or ready is None:
        lines = [x for x in proc.stderr.read().splitlines() if x.strip()]
        raise ChildFailed(lines[-1] if lines else f"exit {proc.returncode}")
    return ready, data


class ChildFailed(RuntimeError):
    pass


def insert_both(n: int, work: Path, key: bytes | None = None) -> dict:
    from crm_desktop import paths, store
    from crm_desktop.services.sample import generate
    from crm_desktop.store import bulk, cipher, indexing

    t0 = time.perf_counter()
    rows = generate.make_rows(n)
    made = time.perf_counter() - t0
    counts = {table: len(r) for table, r in rows.items()}

    app_dir = work / f"app-{n}{'-encrypted' if key else ''}"
    paths.set_data_dir(app_dir)
    cipher.use_key(key)  # a new database is created encrypted when there is a key
    store.connect(paths.database_path())
    t0 = time.perf_counter()
    bulk.insert_rows(rows)
    app_s = time.perf_counter() - t0
    fts_sql = "INSERT INTO contact_search (rowid, name, work, details, meetings) " + (
        indexing._select_sql()
    )
    store.close()

    cipher.use_key(None)  # the floor is plain sqlite3
    raw_dir = work / f"raw-{n}"
    paths.set_data_dir(raw_dir)
    store.connect(paths.database_path())  # the same schema, empty
    store.close()
    con = sqlite3.connect(raw_dir / paths.DB_NAME)
    con.execute("PRAGMA journal_mode=wal")
    con.execute("PRAGMA synchronous=normal")
    con.execute("PRAGMA foreign_keys=1")
    t0 = time.perf_counter()
    with con:
        for table in bulk.TABLES:
            if rows.get(table):
                con.executemany(bulk.insert_sql(table), rows[table])
        for statement in bulk.DERIVED_SQL:
            con.execute(statement)
        con.execute(fts_sql)
    raw_s = time.perf_counter() - t0
    con.close()
    del rows  # the children measure their own memory; keep the parent small anyway
    shutil.rmtree(raw_dir)
    paths.set_data_dir(None)
    size = (app_dir / paths.DB_NAME).stat().st_size
    return {
        "rows_generated_s": made,
        "rows": counts,
        "insert_app_s": app_s,
        "insert_raw_s": raw_s,
        "insert_ratio": app_s / raw_s,
        "db_mb": size / 2**20,
        "data_dir": str(app_dir),
    }


def bench(n: int, work: Path, runs: int, key: bytes | None = None) -> dict:
    kind = "encrypted" if key else "plain"
    print(f"-- N = {n:,} ({kind}): generating and inserting…", file=sys.stderr, flush=True)
    result = {"n": n, "encrypted": key is not None, **insert_both(n, work, key)}
    data_dir = result["data_dir"]
    print(f"-- N = {n:,} ({kind}): start, search, scroll, memory…", file=sys.stderr, flush=True)
    app = ["--child", "app", "--data-dir", data_dir]
    bare = statistics.median(run_child(["--child", "bare"])[0] for _ in range(runs))
    page = statistics.median(
        run_child([*app, "--page-only", "--no-measure"], key)[0] for _ in range(runs)
    )
    result.update(
        start_bare_s=bare,
        start_contacts_page_s=page,
        start_contacts_page_ratio=page / bare,
    )
    try:
        whole = statistics.median(run_child([*app, "--no-measure"], key)[0] for _ in range(runs))
        result.update(start_app_s=whole, start_ratio=whole / bare, start_app_error="")
        _seconds, measured = run_child(app, key)
        measured["measured_in"] = "whole app"
    except ChildFailed as err:
        result.update(start_app_s=None, start_ratio=None, start_app_error=str(err))
        print(f"-- the whole app did not start: {err}", file=sys.stderr, flush=True)
        _seconds, measured = run_child([*app, "--page-only"], key)
        measured["measured_in"] = "contacts page alone"
    result.update(measured)
    return result


def verdict(r: dict) -> dict[str, bool | None]:
    whole = r["start_app_s"]
    return {
        "search p95 < 50 ms": r["search_p95_ms"] < TARGETS["search_p95_ms"],
        "start < 1.5 s (whole app)": None if whole is None else whole < TARGETS["start_s"],
        "start within 3x bare (whole app)": None
        if whole is None
        else r["start_ratio"] <= TARGETS["start_ratio"],
        "start < 1.5 s (contacts page)": r["start_contacts_page_s"] < TARGETS["start_s"],
        "start within 3x bare (contacts page)": r["start_contacts_page_ratio"]
        <= TARGETS["start_ratio"],
        "memory < 400 MB": r["rss_mb"] < TARGETS["rss_mb"],
        "insert within 3x raw": r["insert_ratio"] <= TARGETS["insert_ratio"],
        "reload with everyone selected < 5 s": r["reload_selected_s"]
        < TARGETS["reload_selected_s"],
    }


def _s(value: float | None) -> str:
    return "  fails" if value is None else f"{value:7.2f}"


def table(results: list[dict]) -> str:
    lines = [
        f"{'N':>8} {'insert app/raw s':>17} {'ratio':>5} {'bare s':>7} {'page s':>7} "
        f"{'ratio':>5} {'app s':>7} {'ratio':>5} {'search med/p95 ms':>17} {'scroll ms':>9} "
        f"{'RSS MB':>6} {'DB MB':>6} {'dups s':>6}"
    ]
    for r in results:
        ratio = "    -" if r["start_ratio"] is None else f"{r['start_ratio']:5.2f}"
        lines.append(
            f"{r['n']:>8,} {r['insert_app_s']:>8.2f}/{r['insert_raw_s']:>8.2f} "
            f"{r['insert_ratio']:>5.2f} {r['start_bare_s']:>7.2f} "
            f"{r['start_contacts_page_s']:>7.2f} "
            f"{r['start_contacts_page_ratio']:>5.2f} {_s(r['start_app_s'])} {ratio} "
            f"{r['search_median_ms']:>8.1f}/{r['search_p95_ms']:>8.1f} {r['scroll_end_ms']:>9.1f} "
            f"{r['rss_mb']:>6.0f} {r['db_mb']:>6.0f} {r['duplicates_s']:>6.2f}"
        )
    last = results[-1]
    lines.append(
        "page = the contacts page alone in a bare main window; app = the whole main window. "
        f"Search, scroll and memory measured in: {last['measured_in']}."
    )
    if last["start_app_error"]:
        lines.append(f"the whole app did not start at N = {last['n']:,}: {last['start_app_error']}")
    lines.append(f"targets at N = {last['n']:,}:")
    for name, ok in verdict(last).items():
        lines.append(f"  {'n/a   ' if ok is None else 'met   ' if ok else 'MISSED'}  {name}")
    lines.append(f"slowest queries at N = {last['n']:,}: {last['search_slowest']}")
    lines.append(
        f"a common word's other hits, read once typing pauses: up to "
        f"{last['search_rest_max_ms']:.0f} ms at N = {last['n']:,} (not in the search figures); "
        f"find duplicates: {last['duplicate_groups']:,} groups"
    )
    lines.append(
        f"reload with {last['reload_selected']:,} selected: {last['reload_selected_s']:.2f} s "
        f"at N = {last['n']:,}"
    )
    return "\n".join(lines)


ENCRYPTED_FIGURES = {
    "start (whole app)": "start_app_s",
    "start (contacts page)": "start_contacts_page_s",
    "search p95": "search_p95_ms",
    "bulk insert": "insert_app_s",
}


def encrypted_table(pairs: list[tuple[dict, dict]]) -> str:
    """The encrypted database against the plain one of the same run, per N."""
    lines = [
        "encrypted (SQLCipher, raw 256-bit key) / plain, same run:",
        f"{'N':>8} " + " ".join(f"{name:>22}" for name in ENCRYPTED_FIGURES),
    ]
    for plain, encrypted in pairs:
        cells = []
        for field in ENCRYPTED_FIGURES.values():
            a, b = plain.get(field), encrypted.get(field)
            cells.append(f"{'-':>22}" if not a or b is None else f"{b / a:>21.2f}x")
        lines.append(f"{plain['n']:>8,} " + " ".join(cells))
    plain, encrypted = pairs[-1]
    target = TARGETS["encrypted_ratio"]
    lines.append(f"targets at N = {plain['n']:,} (encrypted within {target}x of plain):")
    for name in ("start (whole app)", "search p95", "bulk insert"):
        field = ENCRYPTED_FIGURES[name]
        a, b = plain.get(field), encrypted.get(field)
        ok = None if not a or b is None else b / a <= target
        lines.append(f"  {'n/a   ' if ok is None else 'met   ' if ok else 'MISSED'}  {name}")
    return "\n".join(lines)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="only N = 1,000 (for CI)")
    parser.add_argument("--sizes", default="1000,10000,100000")
    parser.add_argument("--json", default="build/bench/contacts.json", help="where to write")
    parser.add_argument("--runs", type=int, default=3, help="start-up runs to take the median of")
    parser.add_argument("--keep", action="store_true", help="keep the generated data folders")
    parser.add_argument("--child", choices=("app", "bare"))
    parser.add_argument("--page-only", action="store_true")
    parser.add_argument("--data-dir")
    parser.add_argument("--no-measure", action="store_true")
    parser.add_argument(
        "--no-encrypted", action="store_true", help="skip the encrypted database's run"
    )
    args = parser.parse_args()
    if args.child == "bare":
        child_bare()
        return 0
    if args.child == "app":
        child_app(args.data_dir, not args.no_measure, args.page_only)
        return 0
    sizes = [1000] if args.quick else [int(s) for s in args.sizes.split(",")]
    work = Path(tempfile.mkdtemp(prefix="giveback-bench-"))
    results, pairs = [], []
    try:
        for n in sizes:
            results.append(bench(n, work, args.runs))
            if not args.no_encrypted:
                pairs.append((results[-1], bench(n, work, args.runs, key=os.urandom(32))))
    finally:
        if not args.keep:
            shutil.rmtree(work, ignore_errors=True)
    text = table(results)
    if pairs:
        text += "\n" + encrypted_table(pairs)
    print(text)
    out = Path(args.json)
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(
        json.dumps(
            {
                "machine": {
                    "python": platform.python_version(),
                    "cpus": os.cpu_count(),
                    "platform": platform.platform(),
                },  # fmt: skip
                "targets": TARGETS,
                "results": results,
                "encrypted": [e for _p, e in pairs],
            },
            indent=2,
            ensure_ascii=False,
        )
    )
    print(f"written: {out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
