"""Encryption at rest in the window: the passphrase asked at start, File ▸ Security…,
and the offer made on the first run."""
