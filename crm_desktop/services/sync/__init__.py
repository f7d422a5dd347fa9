"""Two-way sync of contacts, meetings and follow-ups with the user's CardDAV/CalDAV server."""
