"""Real DAV servers for the sync tests: Radicale and Xandikos, each a child process on
127.0.0.1 with a free port and a storage folder of its own, plus plain DAV requests
for tests that play "the phone" (another client writing to the same server).

One process per server serves the whole test session; each test gets fresh, empty
collections (``new_addressbook()``, ``new_calendar()``), so tests never see each
other's items. These requests bypass Giveback's DavClient on purpose.
"""

from __future__ import annotations

import http.client
import subprocess
import sys
import time
import uuid
from base64 import b64encode
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import urlsplit
from xml.sax.saxutils import escape

from network_guard import allow_loopback, free_loopback_port

HOST = "127.0.0.1"
STARTUP_SECONDS = 30
CARDDAV = "urn:ietf:params:xml:ns:carddav"
CALDAV = "urn:ietf:params:xml:ns:caldav"


@dataclass
class ServerProcess:
    """A DAV server running for the session."""

    name: str
    port: int
    process: subprocess.Popen
    user: str
    password: str
    home: str  # where the tests make their collections, e.g. "/ada/"
    log: Path

    @property
    def url(self) -> str:
        return f"http://{HOST}:{self.port}/"

    def stop(self) -> None:
        self.process.terminate()
        try:
            self.process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            self.process.kill()
            self.process.wait()


def start_radicale(folder: Path, password: str | None = None) -> ServerProcess:
    """Radicale with one user, "ada", whose password is in a plain htpasswd file. Started
    again on the same *folder* (with the same *password*), it serves the same storage."""
    folder.mkdir(parents=True, exist_ok=True)
    password = password or "pw-" + uuid.uuid4().hex[:12]
    users = folder / "users"
    users.write_text(f"ada:{password}\n", encoding="utf-8")
    port = free_loopback_port()
    command = [
        sys.executable, "-m", "radicale", "--config", "",
        "--server-hosts", f"{HOST}:{port}",
        "--storage-filesystem-folder", str(folder / "storage"),
        "--auth-type", "htpasswd",
        "--auth-htpasswd-filename", str(users),
        "--auth-htpasswd-encryption", "plain",
        "--auth-delay", "0",
        "--logging-level", "warning",
    ]  # fmt: skip
    return _start("radicale", command, port, folder, "ada", password, "/ada/")


def start_xandikos(folder: Path) -> ServerProcess:
    """Xandikos with its default principal /user/ (no authentication: loopback only)."""
    folder.mkdir(parents=True, exist_ok=True)
    port = free_loopback_port()
    command = [
        sys.executable, "-m", "xandikos", "serve", "--defaults",
        "-d", str(folder / "storage"), "-l", HOST, "-p", str(port),
    ]  # fmt: skip
    return _start("xandikos", command, port, folder, "user", "unused", "/user/")


def _start(
    name: str, command: list[str], port: int, folder: Path, user: str, password: str, home: str
) -> ServerProcess:
    log = folder / "server.log"
    with log.open("wb") as out:
        process = subprocess.Popen(command, stdout=out, stderr=subprocess.STDOUT)
    server = ServerProcess(name, port, process, user, password, home, log)
    deadline = time.monotonic() + STARTUP_SECONDS
    with allow_loopback(port):
        while True:
            if process.poll() is not None:
                raise RuntimeError(f"{name} stopped at start:\n{log.read_text()[-3000:]}")
            try:
                conn = http.client.HTTPConnection(HOST, port, timeout=2)
                conn.request("OPTIONS", "/")
                conn.getresponse().read()
                conn.close()
                return server
            except OSError as err:
                if time.monotonic() > deadline:
                    server.stop()
                    tail = log.read_text()[-3000:]
                    raise RuntimeError(f"{name} did not answer:\n{tail}") from err
                time.sleep(0.05)


@dataclass
class Answer:
    status: int
    headers: dict[str, str]
    text: str


@dataclass
class DavServer:
    """What a test gets: the server's address and account, fresh collections, and plain
    requests for playing another client."""

    process: ServerProcess
    made: list[str] = field(default_factory=list)

    @property
    def name(self) -> str:
        return self.process.name

    @property
    def url(self) -> str:
        return self.process.url

    @property
    def port(self) -> int:
        return self.process.port

    @property
    def user(self) -> str:
        return self.process.user

    @property
    def password(self) -> str:
        return self.process.password

    def new_addressbook(self, name: str = "Contacts") -> str:
        """A new, empty address book; its absolute URL."""
        body = (
            f'<?xml version="1.0" encoding="utf-8"?>'
            f'<d:mkcol xmlns:d="DAV:" xmlns:card="{CARDDAV}"><d:set><d:prop>'
            "<d:resourcetype><d:collection/><card:addressbook/></d:resourcetype>"
            f"<d:displayname>{escape(name)}</d:displayname>"
            "</d:prop></d:set></d:mkcol>"
        )
        folder = "contacts/" if self.name == "xandikos" else ""
        return self._make("MKCOL", folder, body)

    def new_calendar(self, name: str = "Calendar") -> str:
        """A new, empty calendar for events and tasks; its absolute URL."""
        body = (
            f'<?xml version="1.0" encoding="utf-8"?>'
            f'<c:mkcalendar xmlns:d="DAV:" xmlns:c="{CALDAV}"><d:set><d:prop>'
            f"<d:displayname>{escape(name)}</d:displayname>"
            '<c:supported-calendar-component-set><c:comp name="VEVENT"/><c:comp name="VTODO"/>'
            "</c:supported-calendar-component-set></d:prop></d:set></c:mkcalendar>"
        )
        folder = "calendars/" if self.name == "xandikos" else ""
        return self._make("MKCALENDAR", folder, body)

    def _make(self, method: str, folder: str, body: str) -> str:
        path = f"{self.process.home}{folder}t-{uuid.uuid4().hex[:12]}/"
        answer = self.request(method, path, body, {"Content-Type": "application/xml"})
        assert answer.status == 201, f"{method} {path}: {answer.status} {answer.text[:300]}"
        self.made.append(path)
        return self.url.rstrip("/") + path

    def put_raw(self, url: str, text: str, headers: dict[str, str] | None = None) -> Answer:
        """PUT an item as another client would (no conditions unless given)."""
        kind = "text/vcard" if urlsplit(url).path.endswith(".vcf") else "text/calendar"
        return self.request(
            "PUT", url, text, {"Content-Type": f"{kind}; charset=utf-8", **(headers or {})}
        )

    def get_raw(self, url: str) -> Answer:
        return self.request("GET", url)

    def delete_raw(self, url: str, headers: dict[str, str] | None = None) -> Answer:
        return self.request("DELETE", url, None, headers)

    def request(
        self,
        method: str,
        url: str,
        body: str | None = None,
        headers: dict[str, str] | None = None,
    ) -> Answer:
        """One plain HTTP request to the server (authenticated as the test user)."""
        parts = urlsplit(url)
        path = parts.path + (f"?{parts.query}" if parts.query else "")
        credentials = b64encode(f"{self.user}:{self.password}".encode()).decode()
        all_headers = {"Authorization": f"Basic {credentials}", **(headers or {})}
        with allow_loopback(self.port):
            conn = http.client.HTTPConnection(HOST, self.port, timeout=30)
            try:
                conn.request(method, path, body.encode() if body else None, all_headers)
                response = conn.getresponse()
                text = response.read().decode("utf-8", "replace")
                return Answer(response.status, dict(response.getheaders()), text)
            finally:
                conn.close()

    def cleanup(self) -> None:
        """Drop the collections this test made (the server stays up for the next test)."""
        for path in self.made:
            self.request("DELETE", path)
