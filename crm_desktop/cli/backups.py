"""``giveback backup``, ``backups`` and ``restore``."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from crm_desktop.cli.output import tabbed
from crm_desktop.services.text import show_date

# The services are imported inside each command: `giveback --help` starts without them.


def add_parsers(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("backup", help="back up the database (to FILE, else the backups folder)")
    p.add_argument("file", nargs="?", metavar="FILE")

    sub.add_parser("backups", help="list the backups, newest first")

    p = sub.add_parser("restore", help="replace the database with the backup FILE")
    p.add_argument("file", metavar="FILE")


def _backup(args: argparse.Namespace) -> int:
    from crm_desktop.services import backups

    target = backups.backup_now(args.file)
    info = backups.read_info(target)
    print(f"Backed up {backups.contacts_phrase(info.contact_count)} to {target}")
    return 0


def _backups(args: argparse.Namespace) -> int:
    from crm_desktop.services import backups

    found = backups.list_backups()
    if not found:
        print(f"No backups yet in {backups.backups_dir()}.", file=sys.stderr)
    for b in found:
        count = backups.contacts_phrase(b.contact_count)
        print(tabbed(show_date(b.taken_at, time=True), count, b.reason_label, str(b.path)))
    return 0


def _restore(args: argparse.Namespace) -> int:
    from crm_desktop.instance_lock import app_closed
    from crm_desktop.services import backups

    # Swapping the file under an open window would lose its later saves.
    with app_closed("restore", "Restore from Backup…"):
        saved = backups.restore(args.file)
    info = backups.read_info(Path(args.file))
    print(f"Restored {backups.contacts_phrase(info.contact_count)} from {info.path}")
    if saved is not None:
        print(f"Your previous data was kept in {saved}")
    return 0


COMMANDS = {
    "backup": _backup,
    "backups": _backups,
    "restore": _restore,
}
