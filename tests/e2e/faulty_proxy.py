"""A small loopback TCP proxy that misbehaves on purpose, for sync tests over a bad network.

Each accepted connection gets one fault, drawn at random with the given weights:
- `ok`: bytes pass through both ways;
- `reset`: the connection is reset (RST) before anything is answered;
- `delay`: the answer is held back for `delay_s` before passing through;
- `error`: the request is read and answered `503 Service Unavailable` by the proxy;
- `truncate`: the request reaches the server (it may well act on it) but the answer is cut
  off after a random number of bytes and the connection reset;
- `drop_after_request`: like truncate, but nothing of the answer arrives.
Faults appended to `planned` are taken first, in order, one per connection (whether or not
the proxy is `enabled`): a test that knows which request comes next loses that one.
"""

from __future__ import annotations

import random
import socket
import struct
import threading
import time
from collections import Counter

FAULTS = ("ok", "reset", "delay", "error", "truncate", "drop_after_request")


class FaultyProxy:
    def __init__(self, upstream_port: int, *, weights: dict[str, float] | None = None,
                 delay_s: float = 0.3, seed: int = 1):
        self.upstream = ("127.0.0.1", upstream_port)
        self.weights = weights or {"ok": 4, "reset": 1, "delay": 1, "error": 1,
                                   "truncate": 1, "drop_after_request": 1}
        self.delay_s = delay_s
        self.rng = random.Random(seed)
        self.counts: Counter[str] = Counter()
        self.enabled = True
        self.planned: list[str] = []
        self._lock = threading.Lock()
        self._sock = socket.socket()
        self._sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        self._sock.bind(("127.0.0.1", 0))
        self._sock.listen(64)
        self.port = self._sock.getsockname()[1]
        self.url = f"http://127.0.0.1:{self.port}"
        self._stopped = False
        self._threads: list[threading.Thread] = []
        self._open: set[socket.socket] = set()  # both ends of every connection in flight
        self._start(self._accept_loop, "accept")

    def _start(self, target, name: str, *args) -> None:
        thread = threading.Thread(target=target, args=args, name=f"faulty-proxy-{name}",
                                  daemon=True)
        with self._lock:
            self._threads = [t for t in self._threads if t.is_alive()] + [thread]
        thread.start()

    def close(self, timeout: float = 10.0) -> None:
        """Stop accepting, cut the connections in flight and join every thread (a listening
        socket closed by another thread does not wake a blocked accept() on Linux: it is
        shut down first). AssertionError if a thread is still alive after `timeout`."""
        with self._lock:
            self._stopped = True
            open_sockets = list(self._open)
        for sock in (self._sock, *open_sockets):
            try:
                sock.shutdown(socket.SHUT_RDWR)
            except OSError:
                pass
        self._sock.close()
        deadline = time.monotonic() + timeout
        with self._lock:
            threads = list(self._threads)
        for thread in threads:
            thread.join(max(0.0, deadline - time.monotonic()))
        alive = [t.name for t in threads if t.is_alive()]
        assert not alive, f"proxy threads still running after {timeout:.0f} s: {alive}"

    def __enter__(self) -> FaultyProxy:
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    def _track(self, *socks: socket.socket) -> bool:
        """Remember sockets to cut on close(); False (and they are closed) if closing."""
        with self._lock:
            if not self._stopped:
                self._open.update(socks)
                return True
        for sock in socks:
            sock.close()
        return False

    def _forget(self, *socks: socket.socket) -> None:
        with self._lock:
            self._open.difference_update(socks)

    def _pick(self) -> str:
        with self._lock:
            if self.planned:
                fault = self.planned.pop(0)
            elif not self.enabled:
                fault = "ok"
            else:
                names = list(self.weights)
                fault = self.rng.choices(names, [self.weights[n] for n in names])[0]
            self.counts[fault] += 1
            return fault

    def _accept_loop(self) -> None:
        while not self._stopped:
            try:
                client, _ = self._sock.accept()
            except OSError:
                return
            if self._track(client):
                self._start(self._handle_and_forget, "connection", client, self._pick())

    def _handle_and_forget(self, client: socket.socket, fault: str) -> None:
        try:
            self._handle(client, fault)
        finally:
            self._forget(client)

    @staticmethod
    def _reset(sock: socket.socket, *, wake_readers: bool = False) -> None:
        """Abort the connection. `wake_readers`: another thread may be blocked reading this
        socket; on Linux close() alone would not wake it (and the peer would wait forever),
        so shut it down first (the peer then sees the answer end early)."""
        try:
            sock.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
            if wake_readers:
                sock.shutdown(socket.SHUT_RDWR)
        except OSError:
            pass
        finally:
            sock.close()

    def _handle(self, client: socket.socket, fault: str) -> None:
        if fault == "reset":
            self._reset(client)
            return
        if fault == "error":
            client.settimeout(5)
            try:
                _read_request(client)
                body = b'{"detail": "proxy says the service is unavailable", "code": "error"}'
                client.sendall(b"HTTP/1.1 503 Service Unavailable\r\nContent-Type: "
                               b"application/json\r\nConnection: close\r\nContent-Length: "
                               + str(len(body)).encode() + b"\r\n\r\n" + body)
            except OSError:
                pass
            client.close()
            return
        try:
            upstream = socket.create_connection(self.upstream, timeout=10)
        except OSError:
            self._reset(client)
            return
        if not self._track(upstream):
            self._reset(client)
            return
        try:
            self._relay(client, upstream, fault)
        finally:
            self._forget(upstream)

    def _relay(self, client: socket.socket, upstream: socket.socket, fault: str) -> None:
        limit = None
        if fault == "truncate":
            with self._lock:
                limit = self.rng.randrange(1, 400)
        elif fault == "drop_after_request":
            limit = 0
        self._start(_pump, "upstream", client, upstream, None, 0)
        _pump(upstream, client, limit, self.delay_s if fault == "delay" else 0)
        for s in (client, upstream):
            if limit is not None:
                self._reset(s, wake_readers=True)
            else:
                try:
                    s.close()
                except OSError:
                    pass


def _read_request(sock: socket.socket) -> None:
    data = b""
    while b"\r\n\r\n" not in data:
        chunk = sock.recv(65536)
        if not chunk:
            return
        data += chunk
    head, _, rest = data.partition(b"\r\n\r\n")
    length = 0
    for line in head.split(b"\r\n"):
        if line.lower().startswith(b"content-length:"):
            length = int(line.split(b":", 1)[1])
    while len(rest) < length:
        chunk = sock.recv(65536)
        if not chunk:
            return
        rest += chunk


def _pump(src: socket.socket, dst: socket.socket, limit: int | None, delay: float) -> None:
    """Copy src → dst until EOF; stop after `limit` bytes (None: no limit)."""
    sent = 0
    first = True
    try:
        while True:
            chunk = src.recv(65536)
            if not chunk:
                break
            if first and delay:
                time.sleep(delay)
            first = False
            if limit is not None:
                chunk = chunk[: max(0, limit - sent)]
            if chunk:
                dst.sendall(chunk)
                sent += len(chunk)
            if limit is not None and sent >= limit:
                break
    except OSError:
        pass
    finally:
        if limit is None:
            try:
                dst.shutdown(socket.SHUT_WR)
            except OSError:
                pass
