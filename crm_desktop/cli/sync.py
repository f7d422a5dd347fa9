"""``giveback sync``: two-way sync with the user's CardDAV/CalDAV server.

``giveback sync`` alone runs one sync; ``setup``, ``status``, ``conflicts``,
``resolve`` and ``forget`` are its subcommands. The password is read from stdin
(``--password-stdin``) or asked on the terminal, never taken as an argument: an
argument shows in the shell's history and in the process list.
"""

from __future__ import annotations

import argparse
import getpass
import signal
import sys
import unicodedata
from dataclasses import asdict
from typing import TYPE_CHECKING

from crm_desktop.cli.output import counted, print_json

if TYPE_CHECKING:
    from crm_desktop.services.sync import Account, Conflict

# The sync services are imported inside each command: `giveback --help` starts without them.

EXIT_FAILED = 2  # the server could not be reached or refused, or sync is not set up
EXIT_EMPTIED = 3  # one side was emptied: nothing was done, the user must say so
EXIT_CANCELLED = 130  # Ctrl+C

KINDS = {"contact": "contacts", "meeting": "meetings", "followup": "follow-ups"}


def add_parsers(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser(
        "sync",
        help="sync with your CardDAV/CalDAV server (alone: one two-way sync now)",
        description="With no subcommand, one two-way sync: prints what changed each way "
        "and lists the conflicts left (exit 0 also with conflicts; 2 when the server "
        "could not be reached or refused; 3 when one side was emptied and nothing was done).",
    )
    p.add_argument(
        "--allow-emptying",
        action="store_true",
        help="go on even though one side was emptied since the last sync",
    )
    commands = p.add_subparsers(dest="sync_command", metavar="[SUBCOMMAND]")

    s = commands.add_parser("setup", help="connect to a server (asks for the password)")
    s.add_argument("url", metavar="URL", help="the server's address, e.g. https://dav.example.org")
    s.add_argument("--user", required=True, metavar="NAME")
    s.add_argument(
        "--password-stdin",
        action="store_true",
        help="read the password from the first line of stdin instead of asking",
    )
    s.add_argument("--addressbook", metavar="URL|NAME", help="default: the first one found")
    s.add_argument(
        "--calendar", metavar="URL|NAME", help="default: a new calendar called “Giveback”"
    )
    s.add_argument(
        "--insecure",
        action="store_true",
        help="allow plain http:// to another computer (the password travels unencrypted)",
    )

    s = commands.add_parser("status", help="the account, the last sync and open conflicts")
    s.add_argument("--json", action="store_true")

    s = commands.add_parser("conflicts", help="list what changed both here and on the server")
    s.add_argument("--json", action="store_true")

    s = commands.add_parser("resolve", help="settle a conflict by keeping one side")
    s.add_argument("id", type=int, metavar="ID", help="the conflict's number (see conflicts)")
    s.add_argument("--keep", required=True, choices=("local", "server"))

    commands.add_parser(
        "forget", help="drop the account, its password and the sync state (keeps every contact)"
    )


# Text from the server goes to a terminal: no escape sequences, one line.
def plain(text: str) -> str:
    """*text* without control characters (a server could send terminal escapes)."""
    return "".join(
        " " if ch in "\t\n\r" else ("\ufffd" if unicodedata.category(ch) == "Cc" else ch)
        for ch in str(text)
    )


def _collection(collection) -> str:
    if collection is None:
        return "none"
    return f"{plain(collection.name)} ({plain(collection.url)})"


def _password(args: argparse.Namespace) -> str:
    from crm_desktop.errors import InvalidInput

    if args.password_stdin:
        line = sys.stdin.readline()
        password = line[:-1] if line.endswith("\n") else line
        password = password.removesuffix("\r")
    elif sys.stdin.isatty():
        password = getpass.getpass(f"Password for {args.user} at {args.url}: ")
    else:
        raise InvalidInput("No terminal to ask the password on: give it with --password-stdin.")
    if not password:
        raise InvalidInput("No password given.")
    return password


def _where_password(account: Account) -> str:
    if account.password_store == "keyring":
        return "in the system keyring"
    return "in a file in Giveback's data folder that only you can read (no system keyring here)"


def _setup(args: argparse.Namespace) -> int:
    from crm_desktop.services import sync

    password = _password(args)
    account = sync.setup(
        args.url,
        args.user,
        password,
        addressbook=args.addressbook,
        calendar=args.calendar,
        allow_insecure=args.insecure,
    )
    print(f"Sync set up with {plain(account.url)} as {plain(account.user)}.")
    print(f"  Address book: {_collection(account.addressbook)}")
    print(f"  Calendar:     {_collection(account.calendar)}")
    print(f"  Password kept {_where_password(account)}.")
    print("Run `giveback sync` to sync now.")
    return 0


def _progress_to(stream):
    """A progress callback writing one updating line to *stream* (a terminal only)."""
    if not stream.isatty():
        return None

    def show(done: int, total: int, what: str) -> None:
        step = f"{done:,}/{total:,} " if total else ""
        stream.write(f"\r\033[K{step}{plain(what)}"[:200])
        stream.flush()

    return show


def _emptied_message(err) -> str:
    many = KINDS.get(err.kind, err.kind)
    place, other = (
        ("This computer", "on the server") if err.side == "here" else ("The server", "here")
    )
    return (
        f"{place} has none of the {counted(err.count, many.rstrip('s'), many)} it had at "
        f"the last sync. Syncing now would delete them {other} too, so nothing was changed.\n"
        "If that is what you want (the address book or calendar was emptied on purpose), run:\n"
        "  giveback sync --allow-emptying"
    )


def _run(args: argparse.Namespace) -> int:
    from crm_desktop.services import sync

    stop = {"asked": False}

    def on_interrupt(_signum, _frame) -> None:
        if stop["asked"]:  # a second Ctrl+C: stop at once
            raise KeyboardInterrupt
        stop["asked"] = True

    progress = _progress_to(sys.stderr)
    previous = signal.signal(signal.SIGINT, on_interrupt)
    try:
        report = sync.run(
            progress=progress,
            cancelled=lambda: stop["asked"],
            allow_emptying=args.allow_emptying,
        )
    except sync.SideEmptied as err:
        print(f"giveback: {_emptied_message(err)}", file=sys.stderr)
        return EXIT_EMPTIED
    except sync.SyncCancelled:
        print("\nSync cancelled; the next sync finishes the job.", file=sys.stderr)
        return EXIT_CANCELLED
    except sync.NotSetUp:
        print(
            "giveback: sync is not set up. Set it up with:\n  giveback sync setup URL --user NAME",
            file=sys.stderr,
        )
        return EXIT_FAILED
    finally:
        signal.signal(signal.SIGINT, previous)
        if progress is not None:
            sys.stderr.write("\r\033[K")
    for line in report.lines() or ["Nothing changed."]:
        print(line)
    if report.conflicts:
        print()
        _print_conflicts(sync.conflicts())
    return 0


def _side(title: str, value: str) -> str:
    """One side of a conflict: a value of several lines (several emails) one under another."""
    lines = [plain(line) for line in str(value).splitlines()] or [""]
    return "\n".join(
        f"      {title if i == 0 else ' ' * len(title)} {line}" for i, line in enumerate(lines)
    )


def _print_conflicts(conflicts: list[Conflict]) -> None:
    print(f"{counted(len(conflicts), 'conflict')} changed both here and on the server:")
    for c in conflicts:
        print(f"  #{c.id} {plain(c.item)} · {plain(c.field_label)}")
        print(_side("here:  ", c.here))
        print(_side("server:", c.server))
    print("Keep one side with: giveback sync resolve ID --keep local|server")


def _conflicts(args: argparse.Namespace) -> int:
    from crm_desktop.services import sync

    conflicts = sync.conflicts()
    if args.json:
        print_json([asdict(c) for c in conflicts])
    elif conflicts:
        _print_conflicts(conflicts)
    else:
        print("No conflicts.", file=sys.stderr)
    return 0


def _resolve(args: argparse.Namespace) -> int:
    from crm_desktop.errors import NotFound
    from crm_desktop.services import sync

    conflict = next((c for c in sync.conflicts() if c.id == args.id), None)
    if conflict is None:
        raise NotFound(f"No open conflict #{args.id}; `giveback sync conflicts` lists them.")
    sync.resolve(args.id, args.keep)
    side = "this computer's" if args.keep == "local" else "the server's"
    kept = conflict.here if args.keep == "local" else conflict.server
    print(f"Kept {side} {plain(conflict.field_label)} for {plain(conflict.item)}: {plain(kept)}")
    return 0


def _status(args: argparse.Namespace) -> int:
    from crm_desktop.services import sync

    status = sync.status()
    if args.json:
        print_json(asdict(status))
        return 0
    account = status.account
    if account is None:
        print("Sync is not set up. Set it up with: giveback sync setup URL --user NAME")
        return 0
    automatic = [
        *(["at start"] if account.at_start else []),
        *([f"every {account.every_minutes} minutes"] if account.every_minutes else []),
        *(["at quit"] if account.at_quit else []),
    ]
    print(f"Server:       {plain(account.url)} as {plain(account.user)}")
    print(f"Address book: {_collection(account.addressbook)}")
    print(f"Calendar:     {_collection(account.calendar)}")
    print(f"Password:     kept {_where_password(account)}")
    print(f"Automatic:    {', '.join(automatic) or 'off (giveback sync, or Sync now)'}")
    if status.last_run is None:
        print("Last sync:    never")
    else:
        outcome = "ok" if status.ok else "failed"
        said = f": {plain(status.message)}" if status.message else ""
        print(f"Last sync:    {status.last_run:%Y-%m-%d %H:%M} ({outcome}{said})")
    print(f"Synced items: {status.items:,}")
    print(f"Conflicts:    {status.conflicts:,}")
    return 0


def _forget(args: argparse.Namespace) -> int:
    from crm_desktop.services import sync

    if sync.account() is None:
        print("Sync was not set up; nothing to forget.")
        return 0
    sync.forget()
    print(
        "Forgot the sync account, its password and the sync state. Every contact, meeting "
        "and follow-up stays on this computer and on the server."
    )
    return 0


SUBCOMMANDS = {
    None: _run,
    "setup": _setup,
    "status": _status,
    "conflicts": _conflicts,
    "resolve": _resolve,
    "forget": _forget,
}


def _sync(args: argparse.Namespace) -> int:
    return SUBCOMMANDS[args.sync_command](args)


COMMANDS = {"sync": _sync}
