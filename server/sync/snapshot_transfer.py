"""How sync answers travel: compressed once by their route, and a snapshot page's cursor
in a header (docs/decisions/0034, 0044, 0050).

- **Compression.** A snapshot page (about 1.3 MB of JSON at 5,000 rows) is compressed here,
  on the request's worker thread: with Zstandard at `PAGE_ZSTD_LEVEL` when the client
  accepts `zstd` (decision 0044), else with gzip at `PAGE_GZIP_LEVEL` when it accepts gzip.
  The other sync answers (a cycle's, a push's results, a pull page: tens of KB) are
  compressed here the same way, at `ANSWER_ZSTD_LEVEL` or `ANSWER_GZIP_LEVEL` (decision
  0050). The app's GZipMiddleware leaves an answer that already has a Content-Encoding
  alone. A client that accepts neither gets the plain JSON, as before.
- **The cursor ahead of the body.** `X-Rounds-Next-After` carries the page's `next_after` as
  JSON text (`null` at a table's end; JSON's ASCII escapes keep any cursor a valid header
  value). A client can ask for the next page as soon as it has received this one, before it
  has parsed it, so the server builds page n+1 while the client decodes page
  n. The body still carries `next_after`: a client that ignores the header reads it there.
"""

from __future__ import annotations

import json
import zlib

import orjson
import zstandard
from fastapi.responses import Response

NEXT_AFTER_HEADER = "X-Rounds-Next-After"
# zlib level for snapshot pages. Measured on the 143 pages of the 1× first sync (192.6 MB of
# JSON): level 5 2.18 s of CPU for 33.9 MB, level 1 0.87 s for 37.3 MB (decision 0034).
PAGE_GZIP_LEVEL = 1
# Zstandard level for snapshot pages: level 1 compresses real pages 7.4x at ~750 MB/s on this
# machine, where gzip's level 1 does 6.0x at ~220 MB/s (decision 0044).
PAGE_ZSTD_LEVEL = 1
# Zstandard level for the other sync answers. On a cycle's answer of 56 KB (20 pushed
# follow-ups' results, 20 pulled customers) on this machine: level 3 6.9 KB in 0.16 ms,
# where the middleware's gzip level 5 made 7.4 KB in 0.70 ms (decision 0050).
ANSWER_ZSTD_LEVEL = 3
ANSWER_GZIP_LEVEL = 5  # for a client without Zstandard: the app middleware's level
GZIP_OVER = 2048  # bytes: smaller answers go as they are, like the middleware's minimum


def accepts(accept_encoding: str | None, coding: str) -> bool:
    """Whether an Accept-Encoding header admits `coding` (`gzip`, `zstd`): named, else by
    `*`, with a quality above 0 (`gzip;q=0` refuses it, an unreadable quality too)."""
    qualities: dict[str, float] = {}
    for item in (accept_encoding or "").split(","):
        name, _, params = item.strip().partition(";")
        name = name.strip().lower()
        qualities.setdefault(_ALIASES.get(name, name), _quality(params))
    return qualities.get(coding, qualities.get("*", 0.0)) > 0


_ALIASES = {"x-gzip": "gzip"}


def _quality(params: str) -> float:
    """An Accept-Encoding item's `q=` (1 without one, 0 when unreadable)."""
    quality = params.strip().lower().removeprefix("q=").strip()
    try:
        return float(quality) if quality else 1.0
    except ValueError:
        return 0.0


def gzip_bytes(body: bytes, level: int = PAGE_GZIP_LEVEL) -> bytes:
    """`body` as a gzip member (zlib with a gzip header and no file name or time)."""
    compressor = zlib.compressobj(level, zlib.DEFLATED, 16 + zlib.MAX_WBITS)
    return compressor.compress(body) + compressor.flush()


def zstd_bytes(body: bytes, level: int = PAGE_ZSTD_LEVEL) -> bytes:
    """`body` as one Zstandard frame (its size in the frame's header)."""
    return zstandard.ZstdCompressor(level=level).compress(body)


def answer_response(answer: dict, accept_encoding: str | None) -> Response:
    """A sync answer other than a snapshot page (`ANSWER_ZSTD_LEVEL`, `ANSWER_GZIP_LEVEL`)."""
    return _compressed(orjson.dumps(answer), accept_encoding, {}, ANSWER_ZSTD_LEVEL,
                       ANSWER_GZIP_LEVEL)


def page_response(page: dict, accept_encoding: str | None) -> Response:
    """The answer carrying a snapshot page (`server.sync.snapshot.rows_page`)."""
    return _compressed(orjson.dumps(page), accept_encoding,
                       {NEXT_AFTER_HEADER: json.dumps(page.get("next_after"))},
                       PAGE_ZSTD_LEVEL, PAGE_GZIP_LEVEL)


def _compressed(body: bytes, accept_encoding: str | None, headers: dict, zstd_level: int,
                gzip_level: int) -> Response:
    """`body` as JSON, in Zstandard or else gzip at these levels when the client accepts
    one and the body is large enough to gain, as it is otherwise."""
    if len(body) >= GZIP_OVER:
        if accepts(accept_encoding, "zstd"):
            body, headers["Content-Encoding"] = zstd_bytes(body, zstd_level), "zstd"
        elif accepts(accept_encoding, "gzip"):
            body, headers["Content-Encoding"] = gzip_bytes(body, gzip_level), "gzip"
        headers["Vary"] = "Accept-Encoding"  # (the middleware adds it to the others)
    return Response(body, media_type="application/json", headers=headers)
