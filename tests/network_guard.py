"""No network access during the suite: Giveback never talks to a network.

Two checks, wired into every test by ``conftest.py``:

- a Python audit hook refuses, on the spot, any AF_INET/AF_INET6 socket, any
  connect or bind to an internet address, and any host name lookup;
- after each test, on Linux, no file descriptor of this process may be an
  internet socket (catches sockets opened from C++, e.g. by Qt).

Local sockets (AF_UNIX) are fine. Child processes the tests start (the CLI,
the crash harness) are not covered by the hook; they run the same code.

One exception, for the sync tests only (tests/sync/): ``allow_loopback(port)`` lets
this process reach the tests' own DAV servers and fault proxy on 127.0.0.1 / ::1 at
that port, while the ``with`` block lasts. Internet sockets may then be created, but
connect, bind, send and name lookups still go to those loopback ports only; everything
else stays refused.
"""

from __future__ import annotations

import os
import socket
import sys
from collections import Counter
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest


class NetworkBlocked(RuntimeError):
    """A test tried to use the network."""


_state = {"active": False}
attempts: list[str] = []
INET = {socket.AF_INET, socket.AF_INET6}
LOOPBACK = {"127.0.0.1", "::1"}
_loopback_ports: Counter[int] = Counter()  # port -> how many allow_loopback blocks hold it


@contextmanager
def allow_loopback(port: int) -> Iterator[None]:
    """While the block lasts, let this process reach 127.0.0.1 / ::1 at *port* (0: bind
    a free port). For the sync tests' own servers and proxy, nothing else."""
    _loopback_ports[port] += 1
    try:
        yield
    finally:
        _loopback_ports[port] -= 1
        if _loopback_ports[port] <= 0:
            del _loopback_ports[port]


def free_loopback_port() -> int:
    """A TCP port on 127.0.0.1 that nothing listens on right now."""
    with allow_loopback(0), socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def _loopback_allowed(host: object, port: object) -> bool:
    return host in LOOPBACK and port in _loopback_ports


def _refuse(what: str) -> None:
    attempts.append(what)
    raise NetworkBlocked(f"network access during the tests: {what}")


def _audit(event: str, args: tuple) -> None:
    if not _state["active"]:
        return
    if event == "socket.__new__":
        family = args[1]
        if family in INET and not _loopback_ports:
            _refuse(f"socket({socket.AddressFamily(family).name})")
    elif event in ("socket.connect", "socket.bind", "socket.sendto", "socket.sendmsg"):
        sock = args[0]
        address = args[1] if len(args) > 1 else None
        if getattr(sock, "family", None) in INET and not (
            isinstance(address, tuple) and len(address) >= 2 and _loopback_allowed(*address[:2])
        ):
            _refuse(f"{event} {args[1:]!r}")
    elif event == "socket.getaddrinfo":
        if not _loopback_allowed(args[0], args[1]):
            _refuse(f"{event} {args[0]!r}")
    elif event in ("socket.gethostbyname", "socket.gethostbyaddr"):
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
