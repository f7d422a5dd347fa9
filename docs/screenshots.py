"""Make the README's screenshots from the real app on the sample network.

QT_QPA_PLATFORM=offscreen .venv/bin/python docs/screenshots.py
"""

from __future__ import annotations

import subprocess
import sys
import tempfile
import time
from pathlib import Path

DOCS = Path(__file__).resolve().parent


def main() -> int:
    from crm_desktop import paths, store
    from crm_desktop.printing.prep import sheets_to_pdf
    from crm_desktop.services.contacts import contacts
    from crm_desktop.services.meetings import prepsheet
    from crm_desktop.services.sample import sample
    from crm_desktop.ui.shell.app import create_application
    from crm_desktop.ui.shell.main_window import MainWindow

    with tempfile.TemporaryDirectory() as tmp:
        paths.set_data_dir(tmp)
        app = create_application()
        store.connect(paths.database_path())
        sample.load_sample_network()
        window = MainWindow()
        window.resize(1280, 800)
        window.show()
        app.processEvents()
        daniel = contacts.find_contact("Daniel Kowalski")

        window.show_contact(daniel.id)
        app.processEvents()
        sidebar = window.contacts_view.sidebar
        for _ in range(200):  # the sidebar's counts fill in a moment after the list shows
            if not sidebar.counting:
                break
            time.sleep(0.01)
            app.processEvents()
        window.grab().save(str(DOCS / "contacts.png"))

        window.tabs.setCurrentWidget(window.graph_view)
        window.graph_view.select_contact(contacts.find_contact("Sofía Navarro").id)
        app.processEvents()
        window.grab().save(str(DOCS / "graph.png"))

        window.tabs.setCurrentWidget(window.meetings_view)
        app.processEvents()
        window.grab().save(str(DOCS / "meetings.png"))

        sheet = prepsheet.compose(contact_id=daniel.id)
        pdf = sheets_to_pdf([sheet], Path(tmp) / "sheet.pdf")
        subprocess.run(
            ["pdftoppm", "-png", "-r", "80", "-singlefile", str(pdf), str(DOCS / "prep-sheet")],
            check=True,
        )
        window.close()
        store.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
