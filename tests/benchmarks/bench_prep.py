"""Prep sheet rendering: `make bench` runs this after the contacts benchmark.

For every contact of the sample network, and for a contact with a long history
(30 past meetings of paragraphs), it times compose + layout + PDF output of one
sheet, against the floor of writing an empty one-page PDF with the same printer
in the same run. Target: one sheet well under half a second.

    QT_QPA_PLATFORM=offscreen .venv/bin/python tests/benchmarks/bench_prep.py [--json FILE]
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))


def _median_ms(samples: list[float]) -> float:
    return statistics.median(samples) * 1000


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--json", default=str(ROOT / "build" / "bench" / "prep.json"))
    args = parser.parse_args()

    from PySide6.QtWidgets import QApplication

    app = QApplication.instance() or QApplication([])  # noqa: F841 (text layout needs it)
    from crm_desktop import paths, store
    from crm_desktop.printing import to_pdf
    from crm_desktop.printing.prep import sheets_to_pdf
    from crm_desktop.services.contacts import contacts
    from crm_desktop.services.contacts.types import ContactInput
    from crm_desktop.services.meetings import meetings, prepsheet
    from crm_desktop.services.meetings.meetings import MeetingInput
    from crm_desktop.services.sample import sample

    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        paths.set_data_dir(folder)
        store.connect(paths.database_path())
        sample.load_sample_network()
        rich = contacts.add_contact(ContactInput(full_name="Roberto Álvarez", company="Globex"))
        now = dt.datetime.now()
        for i in range(30):
            meetings.create_meeting(
                MeetingInput(
                    contact_ids=[rich.id],
                    starts_at=now - dt.timedelta(days=10 * (i + 1)),
                    notes="\n".join(f"Point {j}: a paragraph about their plans" for j in range(6)),
                )
            )

        floor = []
        for _ in range(10):
            start = time.perf_counter()
            to_pdf("<p></p>", folder / "empty.pdf")
            floor.append(time.perf_counter() - start)

        typical = []
        for row in contacts.list_contacts():
            if row.id == rich.id:
                continue
            start = time.perf_counter()
            sheets_to_pdf([prepsheet.compose(contact_id=row.id)], folder / "one.pdf")
            typical.append(time.perf_counter() - start)
        long_history = []
        for _ in range(5):
            start = time.perf_counter()
            sheets_to_pdf([prepsheet.compose(contact_id=rich.id)], folder / "rich.pdf")
            long_history.append(time.perf_counter() - start)
        store.close()

    figures = {
        "empty_pdf_floor_ms": round(_median_ms(floor), 1),
        "typical_sheet_ms_median": round(_median_ms(typical), 1),
        "typical_sheet_ms_max": round(max(typical) * 1000, 1),
        "long_history_sheet_ms_median": round(_median_ms(long_history), 1),
        "sheets_timed": len(typical) + len(long_history),
    }
    figures["typical_vs_floor"] = round(
        figures["typical_sheet_ms_median"] / figures["empty_pdf_floor_ms"], 1
    )
    print("\nPrep sheet rendering (compose + layout + PDF), this machine")
    print(f"  empty one-page PDF (floor)   {figures['empty_pdf_floor_ms']:8.1f} ms")
    print(
        f"  typical sheet, median        {figures['typical_sheet_ms_median']:8.1f} ms"
        f"   ({figures['typical_vs_floor']}x floor; max {figures['typical_sheet_ms_max']} ms)"
    )
    print(f"  30-meeting history, median   {figures['long_history_sheet_ms_median']:8.1f} ms")
    print("  target: one sheet well under 500 ms")
    out = Path(args.json)
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(json.dumps(figures, indent=2), encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
