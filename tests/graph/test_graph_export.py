"""The referral graph saved as PNG, SVG and PDF and printed: real files, names as text,
hostile names escaped. Real SQLite, offscreen Qt; printing goes to a PDF printer."""

from __future__ import annotations

import os
import stat
import xml.etree.ElementTree as ET

import pytest
from pypdf import PdfReader
from PySide6.QtCore import QRectF
from PySide6.QtGui import QImage
from PySide6.QtPrintSupport import QPrinter

from crm_desktop.services.contacts import contacts
from crm_desktop.services.contacts.types import ContactInput
from crm_desktop.services.graph import referrals
from crm_desktop.services.sample import generate
from crm_desktop.ui.common import prompts
from crm_desktop.ui.common.mnemonics import plain
from crm_desktop.ui.graph.canvas import EDGE_DETAIL
from crm_desktop.ui.graph.export import (
    PNG_MAX_PIXELS,
    PNG_MAX_SIDE,
    ExportError,
    png_size,
    to_pdf,
    to_png,
    to_printer,
    to_svg,
)
from crm_desktop.ui.graph.scene import GraphScene

HOSTILE = "<script>Eve"  # short enough to be drawn whole on a card


@pytest.fixture
def graph_with_hostile_name(db) -> dict[str, int]:
    """Me → Ann → (Bob, the hostile name); Me → Dana."""
    ids = {
        name: contacts.add_contact(ContactInput(full_name=name, company=company)).id
        for name, company in (
            ("Ann Lee", "Northwind"),
            ("Bob Stone", "Acme & Sons"),
            (HOSTILE, "<b>Evil</b> Corp"),
            ("Dana Wu", "Helio"),
        )
    }
    referrals.place_under_me(ids["Ann Lee"])
    referrals.place_under_me(ids["Dana Wu"])
    referrals.refer(ids["Ann Lee"], ids["Bob Stone"])
    referrals.refer(ids["Ann Lee"], ids[HOSTILE])
    return ids


@pytest.fixture
def scene(qapp, graph_with_hostile_name) -> GraphScene:
    graph = GraphScene()
    graph.show_graph(referrals.graph())
    yield graph
    graph.deleteLater()


def test_png_is_a_sharp_picture_of_the_whole_graph(scene, tmp_path):
    path = tmp_path / "graph.png"
    size = to_png(scene, path)
    image = QImage(str(path))
    assert not image.isNull()
    assert (image.width(), image.height()) == (size.width(), size.height())
    assert image.width() >= 2 * scene.sceneRect().width() - 2  # two pixels per unit
    colours = {image.pixel(x, y) for x in range(0, image.width(), 7) for y in range(0, 40, 3)}
    colours |= {image.pixel(x, image.height() // 2) for x in range(0, image.width(), 3)}
    assert len(colours) > 5  # cards, Me and edges, not a blank page


def test_png_of_a_huge_graph_is_limited_in_size(scene):
    scene.setSceneRect(QRectF(0, 0, 4000, 900_000))  # a 20,000-person column
    size = png_size(scene)
    assert max(size.width(), size.height()) <= PNG_MAX_SIDE
    assert size.width() * size.height() <= PNG_MAX_PIXELS
    assert size.width() >= 1


def test_svg_has_the_names_as_escaped_text(scene, tmp_path):
    path = tmp_path / "graph.svg"
    to_svg(scene, path)
    raw = path.read_text(encoding="utf-8")
    assert "<script" not in raw and "<b>" not in raw
    root = ET.fromstring(raw)  # well-formed XML
    texts = "".join(root.itertext())
    for name in ("Ann Lee", "Bob Stone", "Dana Wu", "Acme & Sons", "Me"):
        assert name in texts
    assert HOSTILE in texts and "<b>Evil</b> Corp" in texts  # shown as typed, as text


def test_pdf_and_printing_fit_the_graph_on_one_page(scene, tmp_path):
    path = tmp_path / "graph.pdf"
    to_pdf(scene, path)
    reader = PdfReader(str(path))
    assert len(reader.pages) == 1
    text = " ".join(reader.pages[0].extract_text().split())  # pypdf gives tabs for spaces
    for name in ("Ann Lee", "Bob Stone", "Dana Wu", HOSTILE):
        assert name in text

    printer = QPrinter(QPrinter.PrinterMode.HighResolution)  # what Print… hands over
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printed = tmp_path / "printed.pdf"
    printer.setOutputFileName(str(printed))
    to_printer(scene, printer)
    assert "Bob" in PdfReader(str(printed)).pages[0].extract_text()


@pytest.fixture
def graph_page(make_graph, graph_with_hostile_name):
    """The graph page, shown, over that graph."""
    return make_graph()


def test_export_menu_asks_for_a_name_and_saves_each_kind(graph_page, tmp_path, monkeypatch):
    asked: list[str] = []

    def ask(parent, title, suggested, filters):
        asked.append(title)
        return str(tmp_path / f"mine{len(asked)}")  # no suffix typed: it is added

    monkeypatch.setattr(prompts, "ask_save_path", ask)
    menu = graph_page.export_button.menu()
    actions = {plain(a.text()): a for a in menu.actions() if a.text()}
    assert set(actions) >= {"Save as PNG image…", "Save as SVG drawing…", "Save as PDF…", "Print…"}
    actions["Save as PNG image…"].trigger()
    actions["Save as SVG drawing…"].trigger()
    actions["Save as PDF…"].trigger()
    assert not QImage(str(tmp_path / "mine1.png")).isNull()
    assert "Dana Wu" in (tmp_path / "mine2.svg").read_text(encoding="utf-8")
    assert PdfReader(str(tmp_path / "mine3.pdf")).pages
    assert "Saved the referral graph" in graph_page.last_message


def test_export_menu_cancelled_writes_nothing(graph_page, tmp_path, monkeypatch):
    monkeypatch.setattr(prompts, "ask_save_path", lambda *args: "")
    assert graph_page.export_button.menu().save_as("PNG") == ""
    assert not list(tmp_path.glob("*.png"))


def test_export_while_zoomed_far_out_still_draws_the_edges(graph_page, tmp_path, monkeypatch):
    graph_page.view.set_zoom(EDGE_DETAIL / 2)
    assert not any(edge.isVisible() for edge in graph_page.scene.edges.values())
    monkeypatch.setattr(prompts, "ask_save_path", lambda *args: str(tmp_path / "far.svg"))
    graph_page.export_button.menu().save_as("SVG")
    raw = (tmp_path / "far.svg").read_text(encoding="utf-8")
    assert raw.count("<path") >= len(graph_page.scene.edges)  # every edge is a path
    assert not any(edge.isVisible() for edge in graph_page.scene.edges.values())  # view unchanged


def test_big_graph_exports_within_limits(db, qapp, tmp_path):
    generate.generate_network(2000)
    graph = GraphScene()
    graph.show_graph(referrals.graph())
    size = to_png(graph, tmp_path / "big.png")
    assert max(size.width(), size.height()) <= PNG_MAX_SIDE
    assert not QImage(str(tmp_path / "big.png")).isNull()
    graph.deleteLater()


@pytest.mark.parametrize("writer, suffix", [(to_png, "png"), (to_svg, "svg"), (to_pdf, "pdf")])
def test_pictures_are_private_and_replace_an_old_one_whole(scene, tmp_path, writer, suffix):
    folder = tmp_path / "pictures"
    folder.mkdir()
    path = folder / f"graph.{suffix}"
    path.write_text("an older export")
    path.chmod(0o644)
    old = os.umask(0o022)  # the usual umask: a plain write would be readable by everyone
    try:
        writer(scene, path)
    finally:
        os.umask(old)
    assert stat.S_IMODE(path.stat().st_mode) == 0o600  # it holds people's names
    assert path.read_bytes() != b"an older export"
    assert [p.name for p in folder.iterdir()] == [path.name]  # no .partial left


@pytest.mark.parametrize("writer, suffix", [(to_png, "png"), (to_svg, "svg"), (to_pdf, "pdf")])
def test_export_to_a_missing_folder_says_so_and_leaves_nothing(scene, tmp_path, writer, suffix):
    path = tmp_path / "gone" / f"graph.{suffix}"
    with pytest.raises(ExportError, match="Could not write .*graph"):
        writer(scene, path)
    assert not (tmp_path / "gone").exists()


def test_export_menu_reports_a_failed_save_plainly(graph_page, tmp_path, monkeypatch):
    target = tmp_path / "gone" / "graph.png"
    monkeypatch.setattr(prompts, "ask_save_path", lambda *args: str(target))
    assert graph_page.export_button.menu().save_as("PNG") == ""
    assert graph_page.last_message.startswith("The graph was not saved. Could not write")
    assert "Errno" not in graph_page.last_message
    assert not (tmp_path / "gone").exists()


def test_a_failure_after_writing_removes_the_partial_picture(scene, tmp_path):
    folder = tmp_path / "pictures"
    (folder / "graph.png").mkdir(parents=True)  # the name chosen is a folder
    with pytest.raises(ExportError, match="Could not write"):
        to_png(scene, folder / "graph.png")
    assert [p.name for p in folder.iterdir()] == ["graph.png"]  # no .partial left
