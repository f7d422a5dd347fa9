"""``giveback encrypt``, ``decrypt``, ``change-passphrase`` and ``security``, and unlocking
an encrypted database for every other command.

A passphrase comes from a file (``--passphrase-file FILE``, ``-`` for standard input,
or the file named by ``$GIVEBACK_PASSPHRASE_FILE``), never from an argument or an
environment variable's value, which other programs on the computer can read.
"""

from __future__ import annotations

import argparse
import os
import sys

ENV_PASSPHRASE_FILE = "GIVEBACK_PASSPHRASE_FILE"
FORGOTTEN = (
    "Keep the passphrase somewhere safe: a forgotten passphrase cannot be recovered, "
    "and neither can what it protects."
)


def add_global_options(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--passphrase-file",
        metavar="FILE",
        help="read the passphrase of an encrypted database from FILE (- for standard "
        f"input; also ${ENV_PASSPHRASE_FILE})",
    )


def add_parsers(sub: argparse._SubParsersAction) -> None:
    sub.add_parser("security", help="say whether the database and its backups are encrypted")

    p = sub.add_parser(
        "encrypt",
        help="encrypt the database and every backup (key in the system keyring, or a passphrase)",
    )
    _new_passphrase_options(
        p, "encrypt with the passphrase in FILE instead of a key kept in the system keyring"
    )
    p.add_argument(
        "--remove-unreadable",
        action="store_true",
        help="remove files of the data folder that cannot be encrypted (damaged copies)",
    )

    p = sub.add_parser("decrypt", help="store the database and every backup plain again")
    p.add_argument("--remove-unreadable", action="store_true", help=argparse.SUPPRESS)

    p = sub.add_parser(
        "change-passphrase",
        help="re-encrypt with a new passphrase (--new-passphrase-file) or a keyring key "
        "(--keyring)",
    )
    how = p.add_mutually_exclusive_group(required=True)
    how.add_argument(
        "--new-passphrase-file", metavar="FILE", help="the new passphrase (- for standard input)"
    )
    how.add_argument(
        "--keyring", action="store_true", help="use a key kept in the system keyring instead"
    )
    p.add_argument("--remember", action="store_true", help="keep its key in the keyring too")
    p.add_argument("--remove-unreadable", action="store_true", help=argparse.SUPPRESS)


def _new_passphrase_options(p: argparse.ArgumentParser, text: str) -> None:
    p.add_argument("--passphrase-file", dest="new_passphrase_file", metavar="FILE", help=text)
    p.add_argument(
        "--remember",
        action="store_true",
        help="with a passphrase: keep its key in this computer's keyring too",
    )


def unlock(args: argparse.Namespace) -> None:
    """Hold the key of an encrypted database before any command opens it."""
    from crm_desktop.services.encryption import keys, unlock

    name = getattr(args, "passphrase_file", None) or os.environ.get(ENV_PASSPHRASE_FILE)
    try:
        unlock.unlock()  # plain, or a key the keyring keeps: no passphrase read
    except unlock.PassphraseNeeded:
        if not name:
            raise
        unlock.unlock(keys.read_passphrase_file(name))


def _security(args: argparse.Namespace) -> int:
    from crm_desktop.services.encryption import unlock

    print(unlock.status().describe())
    return 0


def _run_change(args: argparse.Namespace, change) -> int:
    from crm_desktop.instance_lock import app_closed
    from crm_desktop.services.encryption import convert

    def progress(done: int, total: int, name: str) -> None:
        if name:
            print(f"  {done + 1}/{total} {name}", file=sys.stderr)

    # Swapping the files under an open window would lose its later saves.
    with app_closed("change the encryption", "Security…"):
        try:
            status = change(remove_unreadable=args.remove_unreadable, progress=progress)
        except convert.NeedsConsent as err:
            print(f"giveback: {err}", file=sys.stderr)
            print("Run again with --remove-unreadable to remove them.", file=sys.stderr)
            return 2
    print(status.describe())
    return 0


def _encrypt(args: argparse.Namespace) -> int:
    from crm_desktop.services.encryption import convert, keys, unlock

    if unlock.status().encrypted:
        print(
            "giveback: the database is already encrypted; use change-passphrase to change "
            "how its key is held.",
            file=sys.stderr,
        )
        return 2
    if args.new_passphrase_file:
        passphrase = keys.read_passphrase_file(args.new_passphrase_file)
        code = _run_change(
            args,
            lambda **o: convert.encrypt_with_passphrase(passphrase, args.remember, **o),
        )
        if code == 0:
            print(FORGOTTEN)
        return code
    return _run_change(args, convert.encrypt_with_keyring)


def _decrypt(args: argparse.Namespace) -> int:
    from crm_desktop.services.encryption import convert

    return _run_change(args, convert.decrypt)


def _change_passphrase(args: argparse.Namespace) -> int:
    from crm_desktop.errors import InvalidInput
    from crm_desktop.services.encryption import convert, keys, unlock

    if not unlock.status().encrypted:
        raise InvalidInput("The database is not encrypted; use encrypt first.")
    if args.keyring:
        return _run_change(args, convert.encrypt_with_keyring)
    passphrase = keys.read_passphrase_file(args.new_passphrase_file)
    code = _run_change(
        args, lambda **o: convert.encrypt_with_passphrase(passphrase, args.remember, **o)
    )
    if code == 0:
        print(FORGOTTEN)
    return code


COMMANDS = {
    "security": _security,
    "encrypt": _encrypt,
    "decrypt": _decrypt,
    "change-passphrase": _change_passphrase,
}
