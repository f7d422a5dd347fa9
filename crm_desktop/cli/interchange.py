"""``giveback import`` and ``giveback export``: the same services as File ▸ Import/Export.

Registered by ``cli/main.py``. An import prints its preview (new people, matches and
what merging adds, rows it could not read with their line numbers), then runs
unless ``--dry-run``. A Giveback full export (.json) is restored instead, into
an empty database only.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from crm_desktop.cli.output import counted
from crm_desktop.errors import InvalidInput
from crm_desktop.services.interchange.records import EXPORT_FORMATS, IMPORT_FORMATS

if TYPE_CHECKING:
    from crm_desktop.services.interchange.plan import ImportPlan

# The other services are imported inside each command: `giveback --help` starts without them.

SHOWN = 20  # matches and problems listed one by one before "… and N more"
EXTENSIONS = {".vcf": "vcard", ".vcard": "vcard", ".csv": "csv", ".ics": "ics", ".json": "json"}


def add_parsers(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser(
        "import",
        help="import contacts from a vCard, LinkedIn, Google or other CSV file, "
        "or restore a Giveback .json export",
    )
    p.add_argument("file", metavar="FILE")
    p.add_argument("--format", choices=list(IMPORT_FORMATS), help="default: recognised from FILE")
    p.add_argument("--dry-run", action="store_true", help="show what would happen, change nothing")
    p.add_argument(
        "--skip-matches",
        action="store_true",
        help="add only new people; leave contacts that match alone",
    )

    p = sub.add_parser("export", help="write contacts, meetings or everything to FILE")
    p.add_argument("file", metavar="FILE")
    p.add_argument(
        "--format",
        choices=list(EXPORT_FORMATS),
        help="vcard (4.0), vcard3, csv, ics (meetings) or json (everything); "
        "default: from FILE's extension",
    )
    p.add_argument(
        "--contact",
        action="append",
        default=[],
        metavar="NAME",
        help="only this contact (repeat for more); default: everyone, archived too",
    )


def _print_list(lines: list[str]) -> None:
    for line in lines[:SHOWN]:
        print(f"  {line}")
    if len(lines) > SHOWN:
        print(f"  … and {len(lines) - SHOWN:,} more")


def print_preview(plan: ImportPlan) -> None:
    """The import preview, as the dialog shows it."""
    total = len(plan.items)
    label = IMPORT_FORMATS.get(plan.format, plan.format)
    print(f"{plan.source_name} ({label}): {counted(total, 'person', 'people')}")
    print(f"  {plan.new_count:,} new")
    print(f"  {plan.match_count:,} to merge into existing contacts")
    print(f"  {plan.unchanged_count:,} already up to date")
    if plan.skip_count:
        print(f"  {plan.skip_count:,} matches left alone (--skip-matches)")
    merges = [
        f"{i.contact.full_name} → {i.match_label} ({i.match_reason}): adds {', '.join(i.changes)}"
        for i in plan.items
        if i.match_id is not None and i.changes and i.action == "merge"
    ]
    if merges:
        print("To merge:")
        _print_list(merges)
    if plan.problems:
        print(f"Not imported ({counted(len(plan.problems), 'row')}):")
        _print_list([str(p) for p in plan.problems])
    if plan.notices:
        print("Notes:")
        _print_list(plan.notices)


def _import_json(args: argparse.Namespace) -> int:
    from crm_desktop.services.interchange import json_backup

    if args.dry_run:
        counts = json_backup.backup_counts(json_backup.read_backup(args.file))
        held = ", ".join(f"{n:,} {table.replace('_', ' ')}" for table, n in counts.items() if n)
        print(f"{Path(args.file).name} is a Giveback full export: {held or 'empty'}.")
        print("Dry run: nothing was restored.")
        return 0
    from crm_desktop.instance_lock import app_closed

    # A running app's undo stack could put back contact ids the restore has just reused.
    with app_closed("restore a full export", "Import…"):
        counts = json_backup.restore_json(args.file)
    print(
        f"Restored {counted(counts.get('contact', 0), 'contact')} and "
        f"{counted(counts.get('meeting', 0), 'meeting')} from {args.file}."
    )
    return 0


def _import(args: argparse.Namespace) -> int:
    from crm_desktop.services.interchange import readers
    from crm_desktop.services.interchange.apply import apply_import
    from crm_desktop.services.interchange.plan import plan_import

    fmt = args.format or readers.detect_format(args.file)
    if fmt == "json":
        return _import_json(args)
    parsed = readers.read_file(args.file, fmt)
    plan = plan_import(parsed, Path(args.file).name)
    if args.skip_matches:
        plan.skip_matches()
    print_preview(plan)
    if plan.problems and not plan.items:
        # Every row failed: the problems are listed above; a script must not read success.
        count = len(plan.problems)
        why = f"none of its {count:,} rows" if count > 1 else "its one row"
        verb = "could be read" if count > 1 else "could not be read"
        print(f"giveback: nothing imported from {plan.source_name}: {why} {verb}.", file=sys.stderr)
        return 1
    if args.dry_run:
        print("Dry run: nothing was imported.")
        return 0
    from crm_desktop.instance_lock import app_closed

    # The app's undo stack names contacts by id; an import beside it could have its new
    # contacts overwritten by an Undo there. Import from File ▸ Import… while it is open.
    with app_closed("import", "Import…"):
        result = apply_import(plan)
    print(f"Imported: {result.summary}")
    if result.backup is not None:
        print(f"A backup of the database before the import: {result.backup}")
    return 0


def _export(args: argparse.Namespace) -> int:
    from crm_desktop.services.contacts import contacts
    from crm_desktop.services.interchange.export import export_file

    fmt = args.format or EXTENSIONS.get(Path(args.file).suffix.lower())
    if fmt is None:
        raise InvalidInput(
            f"Say which format to write with --format ({', '.join(EXPORT_FORMATS)}); "
            f"“{Path(args.file).suffix}” does not tell."
        )
    ids = [contacts.find_contact(name).id for name in args.contact] if args.contact else None
    count = export_file(args.file, fmt, ids)
    what = counted(count, "meeting") if fmt == "ics" else counted(count, "contact")
    print(f"Wrote {what} to {args.file} ({EXPORT_FORMATS[fmt]}).")
    return 0


COMMANDS = {
    "import": _import,
    "export": _export,
}
