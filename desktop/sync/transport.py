"""HTTP to the Rounds server over `requests`: timeouts, compressed answers (Zstandard or
gzip, inflated here), the schema-version header, bearer tokens with one silent refresh, and
typed errors (`desktop.sync.errors`).

Nothing here knows what the requests mean; `desktop.sync.api` does. Tokens never reach a
log line: only the method, path, status and duration are logged.
"""

from __future__ import annotations

import gzip
import json
import logging
import time
import zlib
from typing import Protocol

import orjson
import requests
import urllib3
import zstandard

from desktop import __version__
from desktop.models import SCHEMA_VERSION
from desktop.sync.errors import (
    AuthError,
    DeviceRevokedError,
    OfflineError,
    RequestRejected,
    SchemaIncompatibleError,
    ServerError,
    TooManyAttempts,
)
from desktop.sync.local_account import API_PREFIX, normalize_server_url

log = logging.getLogger(__name__)

SCHEMA_HEADER = "X-Rounds-Schema-Version"
# (connect, read) seconds: connecting should be quick on any usable network; a snapshot page
# of 5,000 rows on a slow line may take a while to arrive.
DEFAULT_TIMEOUT = (5.0, 60.0)
GZIP_REQUESTS_OVER = 64 * 1024


def _closed_unanswered(error: requests.ConnectionError) -> bool:
    """Whether the connection was closed before any answer began (urllib3's "Connection
    aborted": reset, or closed before the status line), not refused or timed out."""
    cause = error.args[0] if error.args else None
    return (isinstance(cause, urllib3.exceptions.ProtocolError) and len(cause.args) > 1
            and isinstance(cause.args[1], (ConnectionResetError, BrokenPipeError)))


class TokenSource(Protocol):
    """Supplies the bearer token and renews it (see `desktop.sync.auth.Credentials`)."""

    def access_token(self) -> str | None: ...

    def refresh(self) -> str: ...


class Transport:
    """One server's HTTP client. Thread-compatible, not thread-safe: one per worker."""

    def __init__(self, server_url: str, *, tokens: TokenSource | None = None,
                 timeout: tuple[float, float] = DEFAULT_TIMEOUT,
                 session: requests.Session | None = None, gzip_requests: bool = False):
        self.server_url = normalize_server_url(server_url)
        self.tokens = tokens
        self.timeout = timeout
        self.gzip_requests = gzip_requests
        self.session = session or requests.Session()
        self.session.headers.update({
            SCHEMA_HEADER: str(SCHEMA_VERSION),
            "Accept": "application/json",
            "Accept-Encoding": ACCEPT_ENCODING,
            "User-Agent": f"Rounds/{__version__}",
        })
        # for diagnostics and benchmarks: where a cycle's time goes
        self.requests_made = 0
        self.seconds_waiting = 0.0  # sending, the server working, receiving
        self.seconds_parsing = 0.0  # JSON decoding of answers
        self.bytes_received = 0  # answers' bodies as they came over the wire (compressed)

    def close(self) -> None:
        self.session.close()

    # -- requests -------------------------------------------------------------------------
    def get(self, path: str, *, params: dict | None = None, auth: bool = True) -> dict:
        return self.request("GET", path, params=params, auth=auth)

    def post(self, path: str, body: dict | None = None, *, auth: bool = True) -> dict:
        return self.request("POST", path, body=body, auth=auth)

    def request(self, method: str, path: str, *, params: dict | None = None,
                body: dict | None = None, auth: bool = True) -> dict:
        """Send one request and return the decoded JSON answer, raising a SyncError subclass
        on failure. An expired access token is renewed once, silently."""
        received, _headers = self._received(method, path, params, body, auth)
        return self.parse(received.inflate())

    def get_raw(self, path: str, *, params: dict | None = None) -> tuple[Received, dict]:
        """GET an answer without inflating or decoding it: (body as it came over the wire,
        headers) of a 2xx answer; any other answer raises as `request` does. The caller
        decodes the body with `parse(received.inflate())`, on whichever thread suits it: a
        body held compressed takes a fraction of the memory while it waits (decision 0041)."""
        return self._received("GET", path, params, None, True)

    def parse(self, content: bytes, status: int = 200) -> dict:
        """A successful answer's JSON object, or ServerError for a body cut off or not JSON."""
        try:
            started = time.perf_counter()
            answer = orjson.loads(content)  # docs/decisions/0008
            self.seconds_parsing += time.perf_counter() - started
            if not isinstance(answer, dict):
                raise ValueError("not a JSON object")
            return answer
        except ValueError as exc:
            raise ServerError("The server's answer was cut off or is not valid JSON; "
                              "will try again.", status=status) from exc

    # -- internals ------------------------------------------------------------------------
    def _received(self, method, path, params, body, auth) -> tuple[Received, dict]:
        """A 2xx answer's body as it came over the wire, and its headers; any other answer
        raises its typed error."""
        response = self._send_renewing(method, path, params, body, auth)
        if not 200 <= response.status_code < 300:
            self._raise_for(response)
        return Received(response.raw_body, response.headers.get("Content-Encoding")
                        ), response.headers

    def _send_renewing(self, method, path, params, body, auth) -> requests.Response:
        """`_send`, and on a 401 that is not `device_revoked` renew the access token and
        send once more (a refresh that fails raises its own AuthError)."""
        response = self._send(method, path, params, body, auth)
        if response.status_code == 401 and auth and self.tokens is not None:
            if _error_code(response) != "device_revoked":
                self.tokens.refresh()
                response = self._send(method, path, params, body, auth)
        return response

    def _send(self, method, path, params, body, auth) -> requests.Response:
        """One request, its whole body read: a 2xx body kept as it came
        (`response.raw_body`, still compressed if it was: `Received.inflate` undoes it);
        other answers read as usual, for their error."""
        headers = {}
        if auth and self.tokens is not None:
            token = self.tokens.access_token()
            if token:
                headers["Authorization"] = f"Bearer {token}"
        data = None
        if body is not None:
            data = orjson.dumps(body)
            headers["Content-Type"] = "application/json"
            if self.gzip_requests and len(data) > GZIP_REQUESTS_OVER:
                data = gzip.compress(data, compresslevel=5)
                headers["Content-Encoding"] = "gzip"
        url = f"{self.server_url}{API_PREFIX}{path}"
        started = time.perf_counter()
        self.requests_made += 1

        def send() -> requests.Response:
            return self.session.request(method, url, params=params, data=data,
                                        headers=headers, timeout=self.timeout, stream=True)

        try:
            try:
                response = send()
            except requests.ConnectionError as exc:
                if not _closed_unanswered(exc):
                    raise
                # A kept-alive connection the server (or a proxy, a NAT) closed as idle just
                # as this request went out: sent once more on a new connection. Every request
                # is one the next cycle would send again anyway (a push is answered from the
                # server's log when it was applied before, decision 0028).
                log.info("%s %s: the connection was closed unanswered; sending again",
                         method, path)
                response = send()
            if 200 <= response.status_code < 300:
                response.raw_body = _read_as_sent(response)
                received = len(response.raw_body)
            else:
                received = _wire_bytes(response, len(response.content))  # inside the try
        except requests.Timeout as exc:
            raise OfflineError(f"The server at {self.server_url} did not answer in time "
                               f"({type(exc).__name__}).") from exc
        except (requests.ConnectionError, requests.exceptions.ChunkedEncodingError,
                requests.exceptions.ContentDecodingError) as exc:
            raise OfflineError(f"Cannot reach the server at {self.server_url}: the "
                               f"connection failed or broke off ({type(exc).__name__}).") from exc
        except requests.RequestException as exc:
            raise OfflineError(f"Request to {self.server_url} failed: {exc}") from exc
        elapsed = time.perf_counter() - started
        self.seconds_waiting += elapsed
        self.bytes_received += received
        log.debug("%s %s -> %s in %.0f ms", method, path, response.status_code,
                  elapsed * 1000)
        return response

    def _raise_for(self, response: requests.Response) -> None:
        """Raise the typed error of an answer that is not a success."""
        status = response.status_code
        detail, code = _error_detail(response)
        if status >= 500:
            raise ServerError(f"The server had a problem ({status}): {detail}", status=status,
                              code=code)
        if status == 401:
            if code == "device_revoked":
                raise DeviceRevokedError(detail or "This device was revoked.", status=status)
            raise AuthError(f"Sign-in needed: {detail}", status=status, code=code)
        if status == 426 or code == "schema_incompatible":
            raise SchemaIncompatibleError(
                f"This app (schema {SCHEMA_VERSION}) and the server cannot sync: {detail} "
                "Update Rounds, or ask IT to update the server.", status=status)
        if status == 429:
            retry_after = _retry_after(response)
            raise TooManyAttempts(f"Too many attempts: {detail}", status=status, code=code,
                                  retry_after=retry_after)
        raise RequestRejected(f"The server refused the request ({status}): {detail}",
                              status=status, code=code)


def _error_detail(response: requests.Response) -> tuple[str, str | None]:
    try:
        body = response.json()
    except ValueError:
        return (response.reason or f"HTTP {response.status_code}"), None
    if not isinstance(body, dict):
        return str(body), None
    detail = body.get("detail")
    if not isinstance(detail, str):
        detail = json.dumps(detail, ensure_ascii=False) if detail else response.reason
    return detail, body.get("code")


def _error_code(response: requests.Response) -> str | None:
    return _error_detail(response)[1]


def _retry_after(response: requests.Response) -> float | None:
    try:
        return float(response.headers.get("Retry-After", ""))
    except ValueError:
        return None


class Received:
    """An answer's body as it came over the wire, and how it was encoded."""

    __slots__ = ("body", "encoding")

    def __init__(self, body: bytes, encoding: str | None):
        self.body, self.encoding = body, encoding

    def inflate(self) -> bytes:
        """The body as the server wrote it (gzip and deflate undone); ServerError for a body
        that does not inflate (cut off, or an encoding this app does not know)."""
        encoding = (self.encoding or "identity").strip().lower()
        try:
            if encoding == "zstd":
                return _zstd_inflate(self.body)
            if encoding in ("gzip", "x-gzip"):
                return zlib.decompress(self.body, wbits=GZIP_WBITS)
            if encoding == "deflate":
                return zlib.decompress(self.body)
        except (zlib.error, zstandard.ZstdError) as exc:
            raise ServerError("The server's compressed answer was cut off or damaged; will "
                              "try again.") from exc
        if encoding == "identity":
            return self.body
        raise ServerError(f"The server answered in an encoding this app cannot read "
                          f"({self.encoding}).")


GZIP_WBITS = 16 + zlib.MAX_WBITS  # a gzip header and trailer around deflate data
# What an answer may come in, best first: Zstandard inflates ~3.6x faster than gzip
# (decision 0044), and a sync answer of tens of KB comes out smaller from a quarter of the
# server's CPU (decision 0050). The app inflates 2xx answers itself (`Received.inflate`):
# requests' urllib3 here has no Zstandard decoder. Error answers come in gzip at most.
ACCEPT_ENCODING = "zstd, gzip"


def _zstd_inflate(body: bytes) -> bytes:
    """A Zstandard body inflated; ZstdError when it is cut off (the frame never ends)."""
    inflater = zstandard.ZstdDecompressor().decompressobj()
    inflated = inflater.decompress(body)
    if not inflater.eof:
        raise zstandard.ZstdError("the frame is cut off")
    return inflated


def _wire_bytes(response: requests.Response, inflated: int) -> int:
    """How many bytes of body came over the wire (compressed, if it was): urllib3 counts
    them; `inflated` for a response without that count."""
    try:
        return int(response.raw.tell())
    except (AttributeError, TypeError, ValueError):
        return inflated


def _read_as_sent(response: requests.Response) -> bytes:
    """The whole body of a streamed answer, without undoing its Content-Encoding. A
    connection that breaks off mid-body or stalls raises requests' own errors, as reading
    `content` would."""
    try:
        return response.raw.read(decode_content=False)
    except urllib3.exceptions.ReadTimeoutError as exc:
        raise requests.exceptions.ReadTimeout(exc) from exc
    except urllib3.exceptions.HTTPError as exc:
        raise requests.ConnectionError(exc) from exc
    finally:
        response.close()
