"""A fault proxy for the sync tests (stdlib only): it stands on 127.0.0.1 between Giveback
and a real test server and, when told, misbehaves the way networks and servers do.

    proxy.fault = Fault("status", status=503)      # answer 503 instead of the server
    proxy.fault = Fault("cut")                      # the server's answer, cut half-way
    proxy.fault = Fault("stall")                    # accept, then never answer
    proxy.fault = Fault("garble")                   # the server's answer with its XML broken
    proxy.fault = Fault("drop")                     # forwarded, then closed without an answer
    proxy.fault = Fault("body", body=b"...")        # 207 with this body instead
    proxy.fault = Fault("redirect", location="...") # 307 to somewhere else
    proxy.fault = Fault("unsized")                  # the server's answer without Content-Length
    proxy.fault = None                              # pass everything through

``Fault(..., method="REPORT")`` hits only that kind of request, ``Fault(..., path="/x/")``
only paths starting so, ``Fault(..., times=1)`` only the next one, ``Fault(..., after=3)``
lets the first three through. Every request the proxy saw is in ``proxy.seen`` as
(method, path).

``proxy.before_forward = hook`` calls ``hook(method, path, headers)`` before a request goes
on to the server (another client can write in between, deterministically).
"""

from __future__ import annotations

import http.client
import ipaddress
import socketserver
import ssl
import threading
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from network_guard import free_loopback_port

HOST = "127.0.0.1"
DROPPED_HEADERS = {"connection", "content-length", "transfer-encoding", "keep-alive"}


@dataclass(frozen=True)
class Fault:
    kind: str  # "status" | "cut" | "stall" | "garble" | "body" | "redirect" | "unsized" | "drop"
    status: int = 500
    body: bytes = b""
    location: str = ""
    method: str | None = None  # only requests of this method; None: every request
    times: int | None = None  # only this many requests; None: all of them
    path: str | None = None  # only requests for paths starting so; None: every path
    after: int = 0  # let this many matching requests through first


class FaultProxy:
    def __init__(self, upstream_port: int, tls: ssl.SSLContext | None = None):
        self.upstream_port = upstream_port
        self.tls = tls  # a server context: the proxy speaks https with its certificate
        self.port = free_loopback_port()
        self._fault: Fault | None = None
        self.seen: list[tuple[str, str]] = []
        self.before_forward: Callable[[str, str, dict[str, str]], None] | None = None
        self._hits = 0
        self._matched = 0
        self._lock = threading.Lock()
        self._stopping = threading.Event()
        self._server: socketserver.ThreadingTCPServer | None = None
        self._thread: threading.Thread | None = None

    @property
    def fault(self) -> Fault | None:
        return self._fault

    @fault.setter
    def fault(self, fault: Fault | None) -> None:
        """A new fault counts its requests (``times``, ``after``) from zero."""
        with self._lock:
            self._fault, self._hits, self._matched = fault, 0, 0

    @property
    def url(self) -> str:
        return f"{'https' if self.tls else 'http'}://{HOST}:{self.port}/"

    def start(self) -> None:
        proxy = self

        class Handler(socketserver.StreamRequestHandler):
            def handle(self) -> None:
                proxy._handle(self)

        tls = self.tls

        class Server(socketserver.ThreadingTCPServer):
            def get_request(self):
                sock, address = super().get_request()
                return (tls.wrap_socket(sock, server_side=True) if tls else sock), address

        server = Server((HOST, self.port), Handler)
        server.daemon_threads = False
        server.block_on_close = True  # stop() waits for every connection to finish
        self._server = server
        self._thread = threading.Thread(
            target=server.serve_forever, args=(0.02,), name="fault-proxy"
        )
        self._thread.start()

    def stop(self) -> None:
        self._stopping.set()
        if self._server is not None:
            self._server.shutdown()
            self._server.server_close()
        if self._thread is not None:
            self._thread.join()

    # -- one connection: one request, one answer, then closed ---------------------------

    def _handle(self, handler: socketserver.StreamRequestHandler) -> None:
        request_line = handler.rfile.readline(65537).decode("latin-1").strip()
        if not request_line:
            return
        method, path, _version = request_line.split(" ", 2)
        headers: dict[str, str] = {}
        while line := handler.rfile.readline(65537).decode("latin-1").strip():
            name, _, value = line.partition(":")
            headers[name.strip()] = value.strip()
        length = int(next((v for k, v in headers.items() if k.lower() == "content-length"), 0))
        body = handler.rfile.read(length) if length else b""
        self.seen.append((method, path))
        fault = self._fault_for(method, path)
        out = handler.wfile
        if fault is not None and fault.kind == "stall":
            self._stopping.wait()
            return
        if fault is not None and fault.kind == "status":
            _answer(out, fault.status, "Fault", {"Content-Type": "text/plain"}, b"fault proxy")
            return
        if fault is not None and fault.kind == "redirect":
            _answer(out, 307, "Temporary Redirect", {"Location": fault.location}, b"")
            return
        if fault is not None and fault.kind == "body":
            _answer(out, 207, "Multi-Status", {"Content-Type": "application/xml"}, fault.body)
            return
        if self.before_forward is not None:
            self.before_forward(method, path, headers)
        if fault is not None and fault.kind == "garble":  # broken XML, not broken gzip
            headers = {k: v for k, v in headers.items() if k.lower() != "accept-encoding"}
        status, reason, answer_headers, answer = self._forward(method, path, headers, body)
        if fault is not None and fault.kind == "drop":
            return  # the server did it; its answer is lost on the way
        if fault is not None and fault.kind == "garble":
            answer = answer[: len(answer) // 2] + b"<d:oops <<& garbled"
        if fault is not None and fault.kind == "cut":
            _answer(out, status, reason, answer_headers, answer[: len(answer) // 2], len(answer))
            return
        if fault is not None and fault.kind == "unsized":
            _answer(out, status, reason, answer_headers, answer, unsized=True)
            return
        _answer(out, status, reason, answer_headers, answer)

    def _fault_for(self, method: str, path: str) -> Fault | None:
        with self._lock:
            fault = self._fault
            if fault is None or fault.method not in (None, method):
                return None
            if fault.path is not None and not path.startswith(fault.path):
                return None
            self._matched += 1
            if self._matched <= fault.after:
                return None
            if fault.times is not None and self._hits >= fault.times:
                return None
            self._hits += 1
            return fault

    def _forward(
        self, method: str, path: str, headers: dict[str, str], body: bytes
    ) -> tuple[int, str, dict[str, str], bytes]:
        upstream = http.client.HTTPConnection(HOST, self.upstream_port, timeout=30)
        try:
            sent = {k: v for k, v in headers.items() if k.lower() not in DROPPED_HEADERS}
            upstream.request(method, path, body or None, sent)
            response = upstream.getresponse()
            answer = response.read()
            kept = {k: v for k, v in response.getheaders() if k.lower() not in DROPPED_HEADERS}
            return response.status, response.reason, kept, answer
        finally:
            upstream.close()


def self_signed_context(folder: Path) -> ssl.SSLContext:
    """A server TLS context with a certificate for 127.0.0.1 that nobody vouches for."""
    import datetime

    from cryptography import x509
    from cryptography.hazmat.primitives import hashes, serialization
    from cryptography.hazmat.primitives.asymmetric import ec
    from cryptography.x509.oid import NameOID

    key = ec.generate_private_key(ec.SECP256R1())
    name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "Giveback test server")])
    now = datetime.datetime.now(datetime.UTC)
    certificate = (
        x509.CertificateBuilder()
        .subject_name(name)
        .issuer_name(name)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - datetime.timedelta(days=1))
        .not_valid_after(now + datetime.timedelta(days=1))
        .add_extension(
            x509.SubjectAlternativeName([x509.IPAddress(ipaddress.ip_address(HOST))]), False
        )
        .sign(key, hashes.SHA256())
    )
    cert_file, key_file = folder / "cert.pem", folder / "key.pem"
    cert_file.write_bytes(certificate.public_bytes(serialization.Encoding.PEM))
    key_file.write_bytes(
        key.private_bytes(
            serialization.Encoding.PEM,
            serialization.PrivateFormat.PKCS8,
            serialization.NoEncryption(),
        )
    )
    context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    context.load_cert_chain(cert_file, key_file)
    return context


def _answer(
    out,
    status: int,
    reason: str,
    headers: dict[str, str],
    body: bytes,
    declared_length: int | None = None,
    unsized: bool = False,
) -> None:
    """Write an HTTP/1.1 answer and let the connection close (``declared_length`` larger than
    the body: the answer is cut short; ``unsized``: no length, the body ends with the
    connection)."""
    lines = [f"HTTP/1.1 {status} {reason}"]
    lines += [f"{name}: {value}" for name, value in headers.items()]
    if not unsized:
        lines.append(f"Content-Length: {declared_length or len(body)}")
    lines += ["Connection: close", "", ""]
    try:
        out.write("\r\n".join(lines).encode("latin-1") + body)
        out.flush()
    except OSError:
        pass  # the client gave up first
