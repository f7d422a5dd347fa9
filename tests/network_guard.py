"""No network access during the suite: Giveback never talks to a network.

Two checks, wired into every test by ``conftest.py``:

- a Python audit hook refuses, on the spot, any AF_INET/AF_INET6 socket, any
  connect or bind to an internet address, and any host name lookup;
- after each test, on Linux, no file descriptor of this process may be an
  internet socket (catches sockets opened from C++, e.g. by Qt).

Local sockets (AF_UNIX) are fine. Child processes the tests start (the CLI,
the crash harness) are not covered by the hook; they run the same code.
"""

from __future__ import annotations

import os
import socket
import sys
from pathlib import Path

import pytest


class NetworkBlocked(RuntimeError):
    """A test tried to use the network."""


_state = {"active": False}
attempts: list[str] = []
INET = {socket.AF_INET, socket.AF_INET6}


def _refuse(what: str) -> None:
    attempts.append(what)
    raise NetworkBlocked(f"network access during the tests: {what}")


def _audit(event: str, args: tuple) -> None:
    if not _state["active"]:
        return
    if event == "socket.__new__":
        family = args[1]
        if family in INET:
            _refuse(f"socket({socket.AddressFamily(family).name})")
    elif event in ("socket.connect", "socket.bind", "socket.sendto", "socket.sendmsg"):
        sock = args[0]
        if getattr(sock, "family", None) in INET:
            _refuse(f"{event} {args[1:]!r}")
    elif event in ("socket.getaddrinfo", "socket.gethostbyname", "socket.gethostbyaddr"):
        _refuse(f"{event} {args[0]!r}")


sys.addaudithook(_audit)


def _inet_inodes() -> set[str]:
    inodes: set[str] = set()
    for table in ("tcp", "tcp6", "udp", "udp6", "raw", "raw6"):
        try:
            lines = Path(f"/proc/net/{table}").read_text().splitlines()[1:]
        except OSError:
            continue
        for line in lines:
            fields = line.split()
            if len(fields) > 9:
                inodes.add(fields[9])
    return inodes


def open_internet_sockets() -> list[str]:
    """This process's open internet sockets (Linux only; elsewhere an empty list)."""
    fd_dir = Path("/proc/self/fd")
    if not fd_dir.is_dir():
        return []
    mine = {}
    for fd in os.listdir(fd_dir):
        try:
            target = os.readlink(fd_dir / fd)
        except OSError:
            continue
        if target.startswith("socket:["):
            mine[target[8:-1]] = fd
    if not mine:
        return []
    inet = _inet_inodes()
    return [f"fd {fd} (socket inode {inode})" for inode, fd in mine.items() if inode in inet]


@pytest.fixture(autouse=True)
def no_network():
    """Fail the test if it used the network in any way."""
    start = len(attempts)
    _state["active"] = True
    try:
        yield
    finally:
        _state["active"] = False
    problems = attempts[start:] + open_internet_sockets()
    if problems:
        pytest.fail("network access during the test: " + "; ".join(problems), pytrace=False)
