"""Sync with the user's CardDAV/CalDAV server: File ▸ Sync…, the conflicts, the status bar."""
