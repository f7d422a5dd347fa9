"""`make run` on a fresh clone installs only what the app needs; the tools come with `make test`."""

from __future__ import annotations

import shutil
import subprocess
import tomllib
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


def planned(folder: Path, target: str) -> str:
    """What `make TARGET` would run in a fresh clone (`make -n`: nothing runs)."""
    done = subprocess.run(
        ["make", "-n", target], cwd=folder, capture_output=True, text=True, timeout=60
    )
    assert done.returncode == 0, done.stderr
    return done.stdout


@pytest.fixture
def fresh_clone(tmp_path):
    for name in ("Makefile", "pyproject.toml"):
        shutil.copy(ROOT / name, tmp_path / name)
    return tmp_path


@pytest.mark.skipif(shutil.which("make") is None, reason="needs make")
def test_make_run_installs_the_app_alone_and_make_test_adds_the_tools(fresh_clone):
    run = planned(fresh_clone, "run")
    assert "pip install" in run and " -e ." in run
    assert "[dev" not in run and "bundle]" not in run
    test = planned(fresh_clone, "test")
    assert "-e '.[dev,bundle]'" in test and "pytest" in test
    # Every pip install prints errors only.
    installs = [line for line in (run + test).splitlines() if "pip install" in line]
    assert installs and all("--quiet --quiet" in line for line in installs)


def test_the_licence_is_an_spdx_string_so_the_build_prints_no_deprecation():
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    assert project["license"] == "GPL-3.0-or-later"
