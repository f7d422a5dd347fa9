"""Giveback's Qt widgets. Nothing here imports peewee: views go through the services."""
