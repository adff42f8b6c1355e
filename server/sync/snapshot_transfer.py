"""How a snapshot page travels: its JSON compressed once by the route, and its cursor in a
header (docs/decisions/0034).

- **Compression.** A page (about 1.3 MB of JSON at 5,000 rows) is gzip-compressed here, on
  the request's worker thread, at `PAGE_GZIP_LEVEL`, when the client accepts gzip; the app's
  GZipMiddleware leaves an answer that already has a Content-Encoding alone. A client that
  does not accept gzip gets the plain JSON, as before.
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
from fastapi.responses import Response

NEXT_AFTER_HEADER = "X-Rounds-Next-After"
# zlib level for snapshot pages. Measured on the 143 pages of the 1× first sync (192.6 MB of
# JSON): level 5 2.18 s of CPU for 33.9 MB, level 1 0.87 s for 37.3 MB (decision 0034).
PAGE_GZIP_LEVEL = 1
GZIP_OVER = 2048  # bytes: smaller answers go as they are, like the middleware's minimum


def accepts_gzip(accept_encoding: str | None) -> bool:
    """Whether an Accept-Encoding header admits gzip (`gzip;q=0` refuses it)."""
    for item in (accept_encoding or "").split(","):
        coding, _, params = item.strip().partition(";")
        if coding.strip().lower() in ("gzip", "x-gzip", "*"):
            quality = params.strip().lower().removeprefix("q=").strip()
            try:
                return not quality or float(quality) > 0
            except ValueError:
                return False
    return False


def gzip_bytes(body: bytes, level: int = PAGE_GZIP_LEVEL) -> bytes:
    """`body` as a gzip member (zlib with a gzip header and no file name or time)."""
    compressor = zlib.compressobj(level, zlib.DEFLATED, 16 + zlib.MAX_WBITS)
    return compressor.compress(body) + compressor.flush()


def page_response(page: dict, accept_encoding: str | None) -> Response:
    """The answer carrying a snapshot page (`server.sync.snapshot.rows_page`)."""
    body = orjson.dumps(page)
    headers = {NEXT_AFTER_HEADER: json.dumps(page.get("next_after"))}
    if len(body) >= GZIP_OVER and accepts_gzip(accept_encoding):
        body = gzip_bytes(body)
        headers["Content-Encoding"] = "gzip"
        headers["Vary"] = "Accept-Encoding"  # (the middleware adds it to the others)
    return Response(body, media_type="application/json", headers=headers)
