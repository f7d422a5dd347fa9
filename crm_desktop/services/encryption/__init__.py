"""Encryption at rest: the database and every backup encrypted with SQLCipher, the key
kept in the system keyring or stretched from a passphrase with Argon2id."""
