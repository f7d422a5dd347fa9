"""The ``giveback`` command: the GUI with no subcommand, scripting with one.

Every subcommand calls the same services as the GUI. Each family of commands
(contacts, referrals, meetings, giving, interchange, backups, security, sync) adds its own
parsers and names the function that runs each of its commands in ``COMMANDS``.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence

from crm_desktop import APP_NAME, __version__, paths
from crm_desktop.cli import (
    backups,
    contacts,
    giving,
    interchange,
    meetings,
    referrals,
    security,
    sync,
)
from crm_desktop.errors import AmbiguousName, GivebackError, NotFound

COMMANDS = {
    **contacts.COMMANDS,
    **referrals.COMMANDS,
    **meetings.COMMANDS,
    **giving.COMMANDS,
    **interchange.COMMANDS,
    **backups.COMMANDS,
    **security.COMMANDS,
    **sync.COMMANDS,
}
# Commands that must work on a damaged or missing database, or that swap the file
# itself: they open it themselves (after the key is found).
WITHOUT_DATABASE = {"restore", "security"}


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="giveback",
        description=f"{APP_NAME}: a local-first CRM for people who network. "
        "With no command, opens the app.",
    )
    parser.add_argument("--version", action="version", version=f"{APP_NAME} {__version__}")
    parser.add_argument(
        "--data-dir",
        metavar="DIR",
        help=f"keep the database in DIR instead of the usual data folder (also ${paths.ENV_VAR})",
    )
    security.add_global_options(parser)
    parser.add_argument(
        "--appearance",
        choices=("system", "light", "dark"),
        help="open the window light or dark for this run only (View > Appearance keeps a choice)",
    )
    parser.add_argument(
        "--smoke-test",
        action="store_true",
        help="open the main window on a temporary data folder, render a prep sheet, quit",
    )
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    # In the order `giveback --help` lists them.
    contacts.add_parsers(sub)
    referrals.add_parsers(sub)
    meetings.add_parsers(sub)
    contacts.add_sample_parser(sub)
    giving.add_parsers(sub)
    meetings.add_follow_up_parsers(sub)
    contacts.add_company_parser(sub)
    meetings.add_today_parser(sub)
    interchange.add_parsers(sub)
    backups.add_parsers(sub)
    security.add_parsers(sub)
    sync.add_parsers(sub)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    if args.data_dir:
        paths.set_data_dir(args.data_dir)
    if args.smoke_test:
        from crm_desktop.ui.shell.app import smoke_test  # Qt only when the window is wanted

        return smoke_test()
    if args.command is None:
        from crm_desktop.ui.shell.app import run_gui  # Qt only when the window is wanted

        return run_gui(appearance=args.appearance)
    try:
        security.unlock(args)
        if args.command not in WITHOUT_DATABASE and not _open_database():
            return 2
        return COMMANDS[args.command](args)
    except (NotFound, AmbiguousName) as err:
        print(f"giveback: {err}", file=sys.stderr)
        for candidate in err.candidates:
            print(f"  {candidate}", file=sys.stderr)
        return 2
    except GivebackError as err:
        print(f"giveback: {err}", file=sys.stderr)
        return 2


def _open_database() -> bool:
    """Check, open and (once a day) back up the database; False if it was damaged."""
    from crm_desktop.services import backups as backup_service  # the store loads only for a command

    report = backup_service.open_database()
    if report.backup_problem:
        print(f"giveback: {report.backup_problem}", file=sys.stderr)
    if not report.damaged:
        return True
    print(f"giveback: {backup_service.damaged_message(report)}", file=sys.stderr)
    if report.newest_backup is not None:
        path = report.newest_backup.path
        print(f"Restore it with:\n  giveback restore '{path}'", file=sys.stderr)
    return False
