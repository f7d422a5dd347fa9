"""The referral graph as a picture: PNG, SVG, PDF, or on paper.

Each function takes a path or a QPrinter; ``ExportMenu`` is the thin layer of
dialogs on top.
The scene is drawn as it is on screen (selection and highlights included), on a
white background. Names are painted as text, never read as markup: in the SVG
Qt writes them as escaped character data.
The files hold people's names: each is written beside its target as
``<name>.partial``, readable by the user only, and renamed onto the target once
complete, so a failed export leaves no half-written picture behind.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QMarginsF, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QImage, QPageLayout, QPageSize, QPainter
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtSvg import QSvgGenerator
from PySide6.QtWidgets import QGraphicsScene, QMenu, QWidget

from crm_desktop import APP_NAME
from crm_desktop.services.interchange import files as export_files
from crm_desktop.services.interchange.files import ExportError
from crm_desktop.ui.common import prompts, themes
from crm_desktop.ui.common.mnemonics import add_mnemonics

translate = QCoreApplication.translate

PNG_SCALE = 2.0  # pixels per scene unit: sharp on a high-density screen or when zoomed
PNG_MAX_SIDE = 12000  # a 20,000-person graph becomes an overview rather than a 1 GB image
PNG_MAX_PIXELS = 60_000_000
PAGE_MARGIN_MM = 10.0
TITLE = QT_TRANSLATE_NOOP("graph.export", "Referral graph")


@contextmanager
def _private_file(path: str | Path) -> Iterator[str]:
    """The name Qt should write to: a new ``.partial`` file beside *path*, 0600 before
    Qt opens it (Qt keeps an existing file's permissions), renamed onto *path* when
    the writing succeeded and removed when it did not."""
    target = Path(path)
    export_files.refuse_own_files(target)
    partial = target.with_name(target.name + ".partial")
    try:
        partial.unlink(missing_ok=True)
        os.close(os.open(partial, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600))
    except OSError as err:
        raise ExportError(
            translate("GraphExport", "Could not write {path}: {error}.").format(
                path=target, error=err.strerror
            )
        ) from err
    try:
        yield str(partial)
        os.chmod(partial, 0o600)
        os.replace(partial, target)
    except OSError as err:
        partial.unlink(missing_ok=True)
        raise ExportError(
            translate("GraphExport", "Could not write {path}: {error}.").format(
                path=target, error=err.strerror
            )
        ) from err
    except BaseException:
        partial.unlink(missing_ok=True)
        raise


def _source(scene: QGraphicsScene) -> QRectF:
    return scene.sceneRect()


def png_size(scene: QGraphicsScene) -> QSize:
    """The image size for *scene*: PNG_SCALE pixels per unit, shrunk to the limits."""
    source = _source(scene)
    scale = PNG_SCALE
    scale = min(scale, PNG_MAX_SIDE / max(source.width(), source.height(), 1))
    area = source.width() * source.height() * scale * scale
    if area > PNG_MAX_PIXELS:
        scale *= (PNG_MAX_PIXELS / area) ** 0.5
    return QSize(max(round(source.width() * scale), 1), max(round(source.height() * scale), 1))


def _paint(scene: QGraphicsScene, painter: QPainter, target: QRectF) -> None:
    painter.setRenderHints(
        QPainter.RenderHint.Antialiasing
        | QPainter.RenderHint.TextAntialiasing
        | QPainter.RenderHint.SmoothPixmapTransform
    )
    painter.fillRect(target, QColor("white"))
    with themes.painting_in(themes.LIGHT):  # paper is light, whatever the window shows
        scene.render(painter, target, _source(scene), Qt.AspectRatioMode.KeepAspectRatio)


def to_png(scene: QGraphicsScene, path: str | Path) -> QSize:
    """Write the whole graph as a PNG; returns the image size."""
    size = png_size(scene)
    image = QImage(size, QImage.Format.Format_ARGB32_Premultiplied)
    if image.isNull():
        raise ExportError(
            translate("graph.export", "The graph is too big for an image on this computer.")
        )
    image.fill(QColor("white"))
    painter = QPainter(image)
    _paint(scene, painter, QRectF(0, 0, size.width(), size.height()))
    painter.end()
    with _private_file(path) as partial:
        if not image.save(partial, "PNG"):
            raise ExportError(translate("GraphExport", "Could not write {path}.").format(path=path))
    return size


def to_svg(scene: QGraphicsScene, path: str | Path) -> None:
    """Write the whole graph as an SVG drawing, one unit per scene unit."""
    source = _source(scene)
    with _private_file(path) as partial:
        generator = QSvgGenerator()
        generator.setFileName(partial)
        generator.setSize(source.size().toSize())
        generator.setViewBox(QRectF(0, 0, source.width(), source.height()))
        generator.setTitle(translate("graph.export", TITLE))
        generator.setDescription(translate("GraphExport", "Made with {app}").format(app=APP_NAME))
        painter = QPainter()
        if not painter.begin(generator):
            raise ExportError(translate("GraphExport", "Could not write {path}.").format(path=path))
        _paint(scene, painter, QRectF(0, 0, source.width(), source.height()))
        if not painter.end():
            raise ExportError(translate("GraphExport", "Could not write {path}.").format(path=path))
        del generator  # closes the file before it is renamed


def to_printer(scene: QGraphicsScene, printer: QPrinter) -> None:
    """Draw the whole graph on one page, as large as the page allows."""
    source = _source(scene)
    landscape = source.width() >= source.height()
    printer.setPageOrientation(
        QPageLayout.Orientation.Landscape if landscape else QPageLayout.Orientation.Portrait
    )
    printer.setPageMargins(
        QMarginsF(PAGE_MARGIN_MM, PAGE_MARGIN_MM, PAGE_MARGIN_MM, PAGE_MARGIN_MM),
        QPageLayout.Unit.Millimeter,
    )
    printer.setDocName(translate("graph.export", TITLE))
    painter = QPainter()
    if not painter.begin(printer):
        raise ExportError(translate("graph.export", "Could not start printing."))
    page = printer.pageRect(QPrinter.Unit.DevicePixel)
    _paint(scene, painter, QRectF(0, 0, page.width(), page.height()))
    if not painter.end():
        raise ExportError(translate("graph.export", "Could not finish printing."))


def to_pdf(scene: QGraphicsScene, path: str | Path) -> None:
    """The printed page, as a PDF file."""
    with _private_file(path) as partial:
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        printer.setOutputFileName(partial)  # not named .pdf: the format set above holds
        printer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
        printer.setCreator(APP_NAME)
        to_printer(scene, printer)
        del printer  # closes the file before it is renamed


class ExportMenu(QMenu):
    """Save as PNG / SVG / PDF and Print…, asking for a file name through ``prompts``.

    *canvas* is the graph's view: the export shows every edge even when the view
    hides them at its current zoom. *say* reports what was written or what failed.
    """

    def __init__(self, canvas, say: Callable[[str], None], parent: QWidget | None = None):
        super().__init__(parent)
        self.canvas = canvas
        self.say = say
        for text, kind in (
            (translate("ExportMenu", "Save as PNG image…"), "PNG"),
            (translate("ExportMenu", "Save as SVG drawing…"), "SVG"),
            (translate("ExportMenu", "Save as PDF…"), "PDF"),
        ):
            self.addAction(text).triggered.connect(lambda _on=False, k=kind: self.save_as(k))
        self.addSeparator()
        self.addAction(translate("ExportMenu", "Print…")).triggered.connect(
            lambda _on=False: self.print_graph()
        )
        add_mnemonics(self)

    def save_as(self, kind: str) -> str:
        """Ask for a file name and write the graph there; the path, or "" if cancelled."""
        suffix = kind.lower()
        path = prompts.ask_save_path(
            self.parentWidget(),
            translate("GraphExport", "Save the referral graph as {kind}").format(kind=kind),
            str(Path.home() / f"referral-graph.{suffix}"),
            translate("GraphExport", "{kind} files (*.{suffix})").format(kind=kind, suffix=suffix),
        )
        if not path:
            return ""
        if not path.lower().endswith(f".{suffix}"):
            path += f".{suffix}"
        writer = {"PNG": to_png, "SVG": to_svg, "PDF": to_pdf}[kind]
        self.canvas.show_busy(
            translate("GraphExport", "Saving the referral graph as {kind}…").format(kind=kind)
        )  # seconds at 20,000
        try:
            with self.canvas.full_detail():
                writer(self.canvas.graph_scene, path)
        except (ExportError, OSError) as err:
            self.say(translate("GraphExport", "The graph was not saved. {error}").format(error=err))
            return ""
        finally:
            self.canvas.hide_busy()
        self.say(translate("GraphExport", "Saved the referral graph to {path}.").format(path=path))
        return path

    def print_graph(self) -> None:
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        dialog = QPrintDialog(printer, self.parentWidget())
        dialog.setWindowTitle(translate("ExportMenu", "Print the referral graph"))
        if dialog.exec() != QPrintDialog.DialogCode.Accepted:
            return
        self.canvas.show_busy(translate("ExportMenu", "Printing the referral graph…"))
        try:
            with self.canvas.full_detail():
                to_printer(self.canvas.graph_scene, printer)
        except ExportError as err:
            self.say(
                translate("GraphExport", "The graph was not printed. {error}").format(error=err)
            )
            return
        finally:
            self.canvas.hide_busy()
        self.say(translate("ExportMenu", "Sent the referral graph to the printer."))
