"""Bringing contacts in and taking data out (Qt-free; the GUI and the CLI share it).

- ``records``: what every reader produces (ImportedContact, ParsedFile, Problem) and the formats.
- readers: ``encoding``, ``vcard``, ``linkedin``, ``google``, ``generic_csv``, ``readers``.
- ``plan``: what an import would do (new, merge, unchanged), worked out before writing.
- ``apply``: the import itself, one transaction, and its undo (``ImportUndo``).
- ``export``, ``ics``, ``json_backup``: vCard, CSV, iCalendar and the full JSON export.

Modules are imported by name (``from crm_desktop.services.interchange import plan``);
nothing is re-exported here, so importing one reader does not load the database layer.
"""
