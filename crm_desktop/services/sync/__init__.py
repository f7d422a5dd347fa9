"""Two-way CardDAV and CalDAV sync with the server the user already has."""
