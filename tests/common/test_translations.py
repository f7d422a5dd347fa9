"""The window in another language: German chosen in View ▸ Language, every string the
window shows translated in the committed .ts and compiled into the committed .qm, and a
pseudo-localised run (every string 40 % longer) that finds clipped labels."""

from __future__ import annotations

import ast
import datetime as dt
import math
import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QLocale, QTranslator
from PySide6.QtWidgets import QCheckBox, QLabel, QPushButton, QRadioButton
from window_tour import dialogs, pages

from crm_desktop.errors import InvalidInput
from crm_desktop.services import settings, text
from crm_desktop.services.contacts import contacts, types
from crm_desktop.services.contacts.types import ContactInput
from crm_desktop.services.giving import ledger
from crm_desktop.services.meetings import meetings, prepsheet
from crm_desktop.ui.common import language, service_text

ROOT = Path(__file__).resolve().parents[2]
TRANSLATIONS = ROOT / "resources" / "translations"
BIN = Path(sys.executable).parent


@pytest.fixture
def german(qapp):
    """German chosen in View ▸ Language, as a restart would install it."""
    settings.put(language.SETTING, "de")
    chosen = language.Language.of(qapp)
    chosen.start()
    yield chosen
    chosen.use("en")


def test_with_german_chosen_the_menus_and_pages_are_german(qtbot, db, german):
    from crm_desktop.ui.shell.main_window import MainWindow

    window = MainWindow()
    qtbot.addWidget(window)
    window.show()
    menus = [a.text() for a in window.menuBar().actions()]
    assert menus == ["&Datei", "&Bearbeiten", "&Ansicht", "&Hilfe"]
    tabs = [window.tabs.tabText(i) for i in range(window.tabs.count())]
    assert tabs == ["Heute", "Kontakte", "Empfehlungsnetz", "Treffen", "Einblicke"]
    view = window.menuBar().actions()[2].menu()
    assert "&Sprache" in [a.text() for a in view.actions()]
    assert window.contacts_view.model.headerData(0, Qt_horizontal()) == "Name"
    assert window.contacts_view.model.headerData(1, Qt_horizontal()) == "Firma"


def test_with_german_chosen_the_today_page_reads_german(show_page, sample_db, german):
    from crm_desktop.ui.today.view import TodayView

    page = show_page(TodayView, 1000, 1400)
    assert page.heading.text().startswith("Heute, ")
    overdue = page.sections["followups"].rows[0]
    assert "überfällig" in overdue.detail.text()
    cold = " ".join(r.detail.text() for r in page.sections["cold"].rows)
    assert "alle " in cold and " Tage; " in cold
    thanks = [r.text.text() for r in page.sections["thanks"].rows]
    assert any(t.endswith(" danken") for t in thanks), thanks
    meeting = page.sections["meetings"].rows[0].text.text()
    assert "Kaffee mit Daniel Kowalski" in meeting
    # Dates in the services' text read with German month and weekday names.
    assert text.show_date(dt.date(2026, 12, 7), weekday=True) == "Mo 07 Dez 2026"


def test_with_german_chosen_the_contacts_sidebar_and_form_read_german(qtbot, sample_db, german):
    from crm_desktop.ui.contacts.dialog import ContactDialog
    from crm_desktop.ui.contacts.sidebar import SmartListSidebar

    sidebar = SmartListSidebar()
    qtbot.addWidget(sidebar)
    sidebar.refresh()
    names = [name for name, _count in sidebar.entries()]
    assert names[:4] == [
        "Alle Kontakte",
        "Wiedervorlage fällig",
        "Seit 90 Tagen kein Kontakt",
        "Archiviert",
    ]
    assert "Anzusprechen" in names
    groups = [sidebar.topLevelItem(i).text(0) for i in range(sidebar.topLevelItemCount())]
    assert "PIPELINE" in groups
    assert not {"All contacts", "Archived", "To reach out"} & set(names)
    form = ContactDialog()
    qtbot.addWidget(form)
    headers = [form.more.horizontalHeaderItem(i).text() for i in range(3)]
    assert headers[:2] == ["Art", "Bezeichnung"]


def test_with_german_chosen_a_prep_sheet_reads_german(sample_db, german):
    daniel = next(c for c in contacts.list_contacts() if c.full_name == "Daniel Kowalski")
    sheet = prepsheet.compose(contact_id=daniel.id)
    html = prepsheet.to_html(sheet)
    for heading in ("Ihr Plan", "Wie Sie verbunden sind", "Wer sie sind", "Geben und Bitten"):
        assert heading in html
    assert "Your plan" not in html and "Who they are" not in html
    assert prepsheet.sheet_title(sheet).startswith("Vorbereitungsblatt: Daniel Kowalski")


def test_with_german_chosen_a_common_error_reads_german(db, german):
    with pytest.raises(InvalidInput) as refused:
        contacts.add_contact(ContactInput(full_name="  "))
    assert str(refused.value) == "Ein Kontakt braucht einen Namen."


def test_the_command_line_keeps_the_services_english(db):
    """Without the window's translator the services speak English (the CLI's case)."""
    text.set_translator(None)
    with pytest.raises(InvalidInput, match="A contact needs a name."):
        contacts.add_contact(ContactInput(full_name=""))
    assert text.translate("followups", "%n days overdue", None, 3) == "3 days overdue"


def test_view_language_offers_german_as_a_whole_translation(qtbot, qapp):
    from PySide6.QtWidgets import QWidget

    parent = QWidget()
    qtbot.addWidget(parent)
    labels = [a.text() for a in language.language_menu(parent).actions()]
    assert "&Deutsch" in labels
    assert not [label for label in labels if "teilweise" in label]


def Qt_horizontal():
    from PySide6.QtCore import Qt

    return Qt.Orientation.Horizontal


def test_the_system_locale_picks_only_a_complete_translation():
    german_system = QLocale(QLocale.Language.German, QLocale.Country.Germany)
    assert language.language_for("system", german_system) == "de"
    swiss_german = QLocale(QLocale.Language.German, QLocale.Country.Switzerland)
    assert language.language_for("system", swiss_german) == "de"
    assert language.language_for("de", QLocale(QLocale.Language.English)) == "de"
    assert language.language_for("en", german_system) == "en"
    assert language.language_for("system", QLocale(QLocale.Language.French)) == "en"


def test_the_services_fixed_labels_all_have_a_translation_key():
    shown = {
        *types.STAGES.values(),
        *types.WARMTH.values(),
        *types.METHOD_KINDS.values(),
        *meetings.KIND_LABELS.values(),
        *prepsheet.SECTION_LABELS.values(),
        *ledger.DIRECTION_LABELS.values(),
        *ledger.KIND_LABELS.values(),
        *(s for s in ledger.STATUS_LABELS.values() if s),
    }
    assert shown <= set(service_text.LABELS)


def _messages(ts: Path):
    for context in ET.parse(ts).getroot().iter("context"):
        for message in context.iter("message"):
            yield context.findtext("name"), message


@pytest.mark.skipif(not (BIN / "pyside6-lupdate").exists(), reason="needs pyside6-lupdate")
def test_every_string_of_the_window_has_a_german_translation(tmp_path):
    """lupdate run over the sources now: nothing new, nothing unfinished, nothing empty."""
    ts = tmp_path / "giveback_de.ts"
    shutil.copy(TRANSLATIONS / "giveback_de.ts", ts)
    subprocess.run(
        [str(BIN / "pyside6-lupdate"), "-extensions", "py", "-no-obsolete", "-silent"]
        + [str(ROOT / "crm_desktop" / p) for p in ("ui", "printing", "services")]
        + ["-ts", str(ts)],
        check=True,
    )
    missing = []
    count = 0
    for context, message in _messages(ts):
        count += 1
        source = message.findtext("source")
        translation = message.find("translation")
        forms = [f.text for f in translation.iter("numerusform")] or [translation.text]
        if translation.get("type") in ("unfinished", "vanished", "obsolete") or not all(forms):
            missing.append(f"{context}: {source}")
        # The placeholders of the English text are all in the German one.
        for form in forms:
            for holder in re.findall(r"\{\w+\}|%L?n", source):
                if form and holder not in form:
                    missing.append(f"{context}: {source} (no {holder} in the translation)")
    assert count > 400
    assert missing == []


def _literal_translations():
    """(context, text) of every translate("context", "text") and QT_TRANSLATE_NOOP in
    the window, the printing and the services, as Python reads them."""
    found = set()
    for folder in ("ui", "printing", "services"):
        for path in (ROOT / "crm_desktop" / folder).rglob("*.py"):
            for node in ast.walk(ast.parse(path.read_text("utf-8"))):
                if not isinstance(node, ast.Call) or len(node.args) < 2:
                    continue
                name = getattr(node.func, "id", getattr(node.func, "attr", ""))
                context, text = node.args[:2]
                if (
                    name in ("translate", "QT_TRANSLATE_NOOP")
                    and isinstance(context, ast.Constant)
                    and isinstance(text, ast.Constant)
                    and isinstance(text.value, str)
                ):
                    found.add((context.value, text.value))
    return found


def test_every_literal_translation_call_is_in_the_german_ts():
    """lupdate reads a narrower Python than Python does (it misses a call inside an
    f-string's braces, say): every call Python sees must be in the .ts, so none slips."""
    listed = {
        (context, message.findtext("source"))
        for context, message in _messages(TRANSLATIONS / "giveback_de.ts")
    }
    calls = _literal_translations()
    assert len(calls) > 1000
    assert sorted(calls - listed) == []


@pytest.mark.skipif(not (BIN / "pyside6-lrelease").exists(), reason="needs pyside6-lrelease")
@pytest.mark.parametrize("name", ["giveback_de", "giveback_en"])
def test_the_committed_qm_is_compiled_from_the_committed_ts(tmp_path, name):
    qm = tmp_path / f"{name}.qm"
    subprocess.run(
        [
            str(BIN / "pyside6-lrelease"),
            "-silent",
            str(TRANSLATIONS / f"{name}.ts"),
            "-qm",
            str(qm),
        ],
        check=True,
    )
    assert qm.read_bytes() == (TRANSLATIONS / f"{name}.qm").read_bytes(), "run make translations"


def test_german_plural_forms_read_as_german(qapp, german):
    assert QCoreApplication.translate("ContactsView", "%Ln contact(s)", "", 1) == "1 Kontakt"
    assert QCoreApplication.translate("ContactsView", "%Ln contact(s)", "", 3) == "3 Kontakte"


# --- pseudo-localisation ----------------------------------------------------------------
ACCENTED = str.maketrans("aeiouyAEIOUYcnsz", "áéîöüýÁÉÎÖÜÝçñšž")


def pseudo(text: str) -> str:
    """*text* with accented letters and 40 % longer; placeholders, tags and entities kept."""
    parts = re.split(r"(\{\w*\}|%L?n|%\d|<[^>]*>|&\w+;)", text)
    accented = "".join(p if i % 2 else p.translate(ACCENTED) for i, p in enumerate(parts))
    visible = len(re.sub(r"<[^>]*>", "", text))
    return accented + "·" * math.ceil(visible * 0.4) if visible else text


class PseudoTranslator(QTranslator):
    def translate(self, context, source, disambiguation=None, n=-1):  # noqa: ARG002
        return pseudo(source) if source else source

    def isEmpty(self) -> bool:
        return False


def clipped(top) -> list[str]:
    """Labels and buttons on screen whose text does not fit their width."""
    found = []
    for kind in (QLabel, QPushButton, QCheckBox, QRadioButton):
        for widget in top.findChildren(kind):
            if not widget.isVisible() or not widget.text().strip():
                continue
            if isinstance(widget, QLabel) and (widget.wordWrap() or not widget.pixmap().isNull()):
                continue
            if widget.sizeHint().width() > widget.width() + 1:
                found.append(
                    f"{type(widget).__name__} {widget.text()[:40]!r} "
                    f"({widget.width()} < {widget.sizeHint().width()})"
                )
    return found


@pytest.fixture
def pseudo_localised(qapp):
    translator = PseudoTranslator()
    qapp.installTranslator(translator)
    yield translator
    qapp.removeTranslator(translator)


def test_pseudo_localised_strings_are_longer_and_keep_placeholders():
    assert pseudo("Delete {name}?").startswith("Délété {name}?")
    assert len(pseudo("Contacts")) >= len("Contacts") * 1.4


def test_nothing_is_clipped_when_every_string_is_40_percent_longer(
    qtbot, sample_db, pseudo_localised, tmp_path
):
    from crm_desktop.ui.shell.main_window import MainWindow

    window = MainWindow()
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    assert window.tabs.tabText(1) == pseudo("Contacts")
    problems = []
    for where, top in pages(window, qtbot):
        problems += [f"{where}: {p}" for p in clipped(top)]
    for where, top in dialogs(window, qtbot, tmp_path):
        qtbot.wait(5)
        problems += [f"{where}: {p}" for p in clipped(top)]
    window._about_box.close()
    window._about_box.deleteLater()  # a message box later tests look for is theirs
    assert not problems, "\n".join(problems)


def test_nothing_is_clipped_in_german(qtbot, sample_db, german, tmp_path):
    """The real German, often longer than English, on every page and dialog."""
    from crm_desktop.ui.shell.main_window import MainWindow

    window = MainWindow()
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    assert window.tabs.tabText(1) == "Kontakte"
    problems = []
    for where, top in pages(window, qtbot):
        problems += [f"{where}: {p}" for p in clipped(top)]
    for where, top in dialogs(window, qtbot, tmp_path):
        qtbot.wait(5)
        problems += [f"{where}: {p}" for p in clipped(top)]
    window._about_box.close()
    window._about_box.deleteLater()
    assert not problems, "\n".join(problems)
