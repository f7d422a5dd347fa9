"""Fixtures of the sync tests: a Radicale and a Xandikos per test session (started when a
test first needs one), ``dav_server`` running each test against both, ``client`` for a
DavClient that is closed after the test, and ``proxy`` for the fault proxy."""

from __future__ import annotations

import pytest

# Giveback imports requests only when a sync starts (urllib3 probes IPv6 support with a
# socket bound to ::1 as it is imported); here it is imported before the network guard of
# any test is on, as the window would have it imported before its first request.
import requests  # noqa: F401
from network_guard import allow_loopback
from proxy import FaultProxy
from servers import DavServer, start_radicale, start_xandikos

from crm_desktop.services.sync.dav import DavClient

pytest.register_assert_rewrite("convergence")  # its asserts say what differed

SERVERS = ("radicale", "xandikos")


@pytest.fixture(scope="session")
def radicale_process(tmp_path_factory):
    server = start_radicale(tmp_path_factory.mktemp("radicale"))
    yield server
    server.stop()


@pytest.fixture(scope="session")
def xandikos_process(tmp_path_factory):
    server = start_xandikos(tmp_path_factory.mktemp("xandikos"))
    yield server
    server.stop()


@pytest.fixture(params=SERVERS)
def dav_server(request):
    """Each test that takes this runs once against Radicale and once against Xandikos; this
    process may reach that server (and nothing else) while the test runs."""
    process = request.getfixturevalue(f"{request.param}_process")
    server = DavServer(process)
    with allow_loopback(process.port):
        yield server
        server.cleanup()


@pytest.fixture
def radicale(radicale_process):
    """Radicale alone (the server with passwords)."""
    server = DavServer(radicale_process)
    with allow_loopback(radicale_process.port):
        yield server
        server.cleanup()


@pytest.fixture
def client():
    """``client(url, user, password, **options)``: a DavClient, closed after the test."""
    made: list[DavClient] = []

    def make(url: str, user: str, password: str, **options) -> DavClient:
        made.append(DavClient(url, user, password, **options))
        return made[-1]

    yield make
    for dav in made:
        dav.close()


@pytest.fixture
def proxy(dav_server):
    """The fault proxy in front of this test's server."""
    fault_proxy = FaultProxy(dav_server.port)
    with allow_loopback(fault_proxy.port):
        fault_proxy.start()
        yield fault_proxy
        fault_proxy.stop()
