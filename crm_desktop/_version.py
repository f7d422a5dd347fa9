# Written from pyproject.toml by packaging/giveback.spec for frozen builds; keep in step.
VERSION = "0.1.0"
