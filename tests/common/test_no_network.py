"""The guard in network_guard.py really refuses network access (and lets local
sockets through), so that the whole suite proves Giveback opens no connection."""

from __future__ import annotations

import socket
import sys

import network_guard
import pytest


def test_an_internet_socket_is_refused():
    with pytest.raises(network_guard.NetworkBlocked):
        socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    with pytest.raises(network_guard.NetworkBlocked):
        socket.socket(socket.AF_INET6, socket.SOCK_DGRAM)
    with pytest.raises(network_guard.NetworkBlocked):
        socket.create_connection(("127.0.0.1", 9), timeout=0.1)
    with pytest.raises(network_guard.NetworkBlocked):
        socket.getaddrinfo("example.com", 443)
    # Refused attempts are also recorded, so a test that swallowed the error still fails.
    assert len(network_guard.attempts) >= 4
    del network_guard.attempts[-4:]


def test_local_sockets_are_allowed():
    left, right = socket.socketpair(socket.AF_UNIX)
    left.sendall(b"hi")
    assert right.recv(2) == b"hi"
    left.close()
    right.close()


def test_the_after_test_check_sees_sockets_opened_behind_pythons_back():
    network_guard._state["active"] = False  # open one the way C++ code would: unseen
    sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    sock.bind(("127.0.0.1", 0))
    sock.listen()
    network_guard._state["active"] = True
    try:
        found = network_guard.open_internet_sockets()
        if sys.platform.startswith("linux"):
            assert found, "the /proc check missed an open TCP socket"
    finally:
        sock.close()
    assert network_guard.open_internet_sockets() == []


def test_giveback_at_work_opens_no_socket(sample_db, qtbot):
    """The whole app shown, searched, printed: nothing reaches for a network."""
    from crm_desktop.services.contacts import contacts
    from crm_desktop.services.meetings import prepsheet
    from crm_desktop.ui.shell.main_window import MainWindow

    win = MainWindow()
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    for index in range(win.tabs.count()):
        win.tabs.setCurrentIndex(index)
        qtbot.wait(10)
    first = contacts.list_contacts()[0]
    sheet = prepsheet.to_html(prepsheet.compose(contact_id=first.id))
    assert f"<h1>{first.full_name}</h1>" in sheet  # a sheet was made (sample names need no escape)
    assert network_guard.open_internet_sockets() == []


def test_allow_loopback_lets_through_that_port_on_this_computer_only():
    port = network_guard.free_loopback_port()
    other = network_guard.free_loopback_port()
    before = len(network_guard.attempts)
    with network_guard.allow_loopback(port):
        listener = socket.create_server(("127.0.0.1", port))
        with socket.create_connection(("127.0.0.1", port), timeout=2) as sock:
            served, _ = listener.accept()
            sock.sendall(b"hi")
            assert served.recv(2) == b"hi"
            served.close()
        listener.close()
        with pytest.raises(network_guard.NetworkBlocked):
            socket.create_connection(("127.0.0.1", other), timeout=0.1)  # another port
        with pytest.raises(network_guard.NetworkBlocked):
            socket.create_connection(("10.1.2.3", port), timeout=0.1)  # another computer
        with pytest.raises(network_guard.NetworkBlocked):
            socket.getaddrinfo("example.com", port)  # a name lookup
        with pytest.raises(network_guard.NetworkBlocked):
            socket.getaddrinfo("localhost", port)  # even this one: literal addresses only
    assert len(network_guard.attempts) == before + 4
    del network_guard.attempts[-4:]
    with pytest.raises(network_guard.NetworkBlocked):
        socket.socket(socket.AF_INET, socket.SOCK_STREAM)  # the block is over: all refused
    del network_guard.attempts[-1:]
    assert network_guard.open_internet_sockets() == []
