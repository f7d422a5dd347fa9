"""Starting the GUI, and the smoke test the packaged app runs."""

from __future__ import annotations

import os
import re
import sys
import tempfile
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLocale
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QMessageBox

from crm_desktop import APP_NAME, __version__, paths, resources
from crm_desktop.services import text
from crm_desktop.ui.common import focus_ring
from crm_desktop.ui.common.appearance import Appearance
from crm_desktop.ui.common.language import Language


def create_application(
    argv: list[str] | None = None, appearance: str | None = None
) -> QApplication:
    """The application, in the look the user chose (or *appearance* for this run only)."""
    app = QApplication.instance() or QApplication(argv or [sys.argv[0]])
    QCoreApplication.setApplicationName(APP_NAME)
    QCoreApplication.setOrganizationName(APP_NAME)
    QCoreApplication.setApplicationVersion(__version__)
    app.setWindowIcon(QIcon(str(resources.resource_path("icons", "giveback.svg"))))
    app.setDesktopFileName("giveback")
    Appearance.of(app).start(appearance)  # Fusion, the palette and the style sheet
    focus_ring.install(app)  # the keyboard focus, plainly visible
    return app


def use_locale_dates(locale: QLocale | None = None) -> None:
    """Dates in the order the user's locale writes them (the system's unless *locale*):
    "Dec 2, 2026" where the short date puts the month before the day and the year last
    (M/d/yy), "02 Dec 2026" everywhere else. Set once, as the window starts."""
    short = (locale or QLocale.system()).dateFormat(QLocale.FormatType.ShortFormat)
    short = re.sub(r"'[^']*'", "", short)  # quoted literal text
    day, month, year = (short.find(part) for part in "dMy")
    month_first = 0 <= month < day < year
    text.set_date_order(text.MONTH_DAY_YEAR if month_first else text.DAY_MONTH_YEAR)


def run_gui(appearance: str | None = None) -> int:
    # Imported here: what only needs create_application (the benchmarks) skips the window.
    import sqlite3

    from crm_desktop.errors import GivebackError
    from crm_desktop.services import backups
    from crm_desktop.ui.interchange import backup_dialogs
    from crm_desktop.ui.shell.main_window import MainWindow
    from crm_desktop.ui.shell.single_instance import SingleInstance, bring_to_front

    app = create_application(appearance=appearance)
    Language.of(app).start()  # before any widget takes its text
    use_locale_dates()
    # One writer per data folder: a second launch raises the running window and leaves.
    instance = SingleInstance(paths.data_dir(), app)
    if not instance.claim():
        print(f"{APP_NAME} is already running; its window was brought to the front.")
        return 0
    from crm_desktop.ui.security.passphrase import unlock_at_start

    # The key of an encrypted database, from the keyring or asked for, before anything opens.
    if not unlock_at_start():
        return 1
    first_run = not paths.database_path().exists()
    try:
        # Quick integrity check (a damaged file is moved aside), open, the day's backup.
        report = backups.open_database()
    except (GivebackError, OSError, sqlite3.Error) as err:
        QMessageBox.critical(
            None,
            APP_NAME,
            QCoreApplication.translate(
                "app", "Giveback cannot open its database.\n\n{error}"
            ).format(error=err),
        )
        return 1
    backup_dialogs.explain_start(None, report)
    window = MainWindow()
    instance.wake_requested.connect(lambda: bring_to_front(window))
    window.show()
    window.fit_into(window.screen().availableGeometry())
    if first_run:
        window.open_security_dialog(first_run=True)  # offered once, when the folder is new
    return app.exec()


def smoke_test() -> int:
    """Open the main window on a temporary data folder, render a prep sheet, quit.

    Used by CI against the frozen bundle; prints what it did and exits 0 on success.
    """
    if sys.platform.startswith("linux") and not (
        os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY")
    ):
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    # Imported here: only the smoke test needs them, not every start of the window.
    from crm_desktop.printing.prep import sheets_to_pdf
    from crm_desktop.services import database
    from crm_desktop.services.contacts.contacts import list_contacts
    from crm_desktop.services.encryption import convert, unlock
    from crm_desktop.services.interchange.export import export_file
    from crm_desktop.services.interchange.readers import read_file
    from crm_desktop.services.meetings import prepsheet
    from crm_desktop.services.sample import sample
    from crm_desktop.ui.shell.main_window import MainWindow

    with tempfile.TemporaryDirectory(prefix="giveback-smoke-") as tmp:
        paths.set_data_dir(tmp)
        app = create_application()
        database.connect(paths.database_path())
        sample.load_sample_network()
        window = MainWindow()
        window.show()
        app.processEvents()
        first = list_contacts()[0]
        sheet = prepsheet.compose(contact_id=first.id)
        pdf = sheets_to_pdf([sheet], Path(tmp) / "smoke.pdf")
        size = pdf.stat().st_size
        # The file formats' libraries (vobject, icalendar) must be in the bundle too.
        cards = export_file(Path(tmp) / "smoke.vcf", "vcard")
        read_back = len(read_file(Path(tmp) / "smoke.vcf").contacts)
        meetings = export_file(Path(tmp) / "smoke.ics", "ics")
        ok = size > 1000 and window.isVisible() and cards == read_back > 0 and meetings > 0
        window.close()
        app.processEvents()
        # SQLCipher and Argon2id must be in the bundle: encrypt, close, reopen.
        people = len(list_contacts())
        convert.encrypt_with_passphrase("the smoke test's passphrase")
        database.close()
        cipher_ok = unlock.needs_passphrase()
        unlock.unlock("the smoke test's passphrase")
        database.connect(paths.database_path())
        cipher_ok = cipher_ok and unlock.status().encrypted and len(list_contacts()) == people
        ok = ok and cipher_ok
        database.close()
        print(
            f"{APP_NAME} {__version__} smoke test: window shown, prep sheet {size} bytes, "
            f"{cards} vCards written and read back, {meetings} meetings to iCalendar, "
            f"encrypted and reopened with {people} contacts: " + ("ok" if ok else "FAILED")
        )
        return 0 if ok else 1
