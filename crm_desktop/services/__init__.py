"""Giveback's services: plain Python over the store, shared by the GUI and the CLI."""
