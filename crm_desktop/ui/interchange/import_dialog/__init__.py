"""File ▸ Import…: the dialog (``dialog``), one module per page, the preview's table
model and the undo step an import leaves behind."""

from crm_desktop.ui.interchange.import_dialog.dialog import ImportDialog

__all__ = ["ImportDialog"]
