"""How a bulk snapshot's pages flow (decisions 0032, 0034, 0039, 0041): downloaded by one
thread up to `PREFETCH_PAGES` ahead and held as they came, decoded by another up to
`DECODED_PAGES` ahead (`prefetched`), stored a few at a time in transactions that commit
without waiting for the disk and leave the write-ahead log to a checkpoint thread
(`Batch`), with the threads sharing malloc arenas (`share_malloc_arenas`). What a page
means, and the snapshot's progress, are `desktop.sync.pull`'s.
"""

from __future__ import annotations

import ctypes
import logging
import platform
import queue
import sys
import threading
import time
from collections.abc import Callable, Iterator
from contextlib import ExitStack

from desktop.store.store import Store
from desktop.sync.api import DeferredPage

log = logging.getLogger(__name__)

# Pages downloaded ahead of the one being stored: they keep the server busy while the
# storing thread builds a table's indexes (~1 s for the visits at 100k) or stores the
# search index (~0.7 s at 10,000 customers), when the server and the decoding would
# otherwise wait. A page is held as it came (~0.3 MB of gzip at 5,000 rows; ~1.3 MB of JSON
# once inflated, ~10 MB decoded), so only the first DECODED_PAGES of them are decoded ahead
# (decision 0041).
PREFETCH_PAGES = 32
DECODED_PAGES = 3

# The writer's page cache while a snapshot transaction stores pages, instead of the store's
# usual 64 MB (engine.CACHE_KIB, set again after each commit): a load fills the cache with
# every page it writes, and half of it keeps the keys' index pages at hand as well; the
# memory goes to the pages in flight instead (decision 0039). 48 MB since transactions last
# 0.5 s (decision 0042): fewer of a transaction's pages leave the cache for the log before
# its commit writes them again; 1x first sync 7.33 -> 7.15 s, peak RSS +15 MB (~272 MB).
SNAPSHOT_CACHE_KIB = 49_152

# A snapshot transaction commits once it holds this many rows or has lasted this long (a save
# on the screen waits for it), or with the snapshot's last page. At the 1x first sync's pace
# (~110,000 rows/s stored) the time ends a transaction first: each commit rewrites the pages
# its rows touched in every index (interior pages, a table's last leaf), so fewer commits
# write less (25,000 rows before decision 0042: 7.50-7.56 s against 7.18-7.33 s at 60,000).
COMMIT_ROWS = 100_000
COMMIT_SECONDS = 0.5

# glibc's mallopt parameter, and how many arenas the process keeps (share_malloc_arenas).
M_ARENA_MAX = -8
MALLOC_ARENAS = 2


def share_malloc_arenas() -> None:
    """Let the snapshot's threads (download, decoding, search documents) share one malloc
    arena beside the main one. glibc gives each new thread an arena of its own, and pages
    allocated on one thread and freed on another leave each arena holding freed memory:
    peak RSS of the 1× first sync 302-308 MB with the decoding thread, 287 MB with two
    arenas (decision 0034). Most allocations are made under the interpreter lock anyway, so
    threads lose little by sharing. Elsewhere than glibc, nothing to do."""
    if not sys.platform.startswith("linux") or platform.libc_ver()[0] != "glibc":
        return
    try:
        ctypes.CDLL(None).mallopt(M_ARENA_MAX, MALLOC_ARENAS)
    except (OSError, AttributeError):  # pragma: no cover - a libc without mallopt
        log.debug("mallopt is not available; threads keep their own arenas")


class Batch:
    """The write transaction that stores several snapshot pages, with their progress. Snapshot
    pages are the server's data: a power cut or a kill costs the pages of the transaction
    under way (downloaded again), never a rep's work, so they commit without waiting for the
    disk, and a few at a time. Each commit rewrites every page of the tables' primary-key
    indexes that the commit's random UUID keys touched: fewer commits, fewer rewrites. With
    `committed` (a bulk snapshot's `Store.checkpointing`), commits only append to the
    write-ahead log and `committed()` has it copied into the file on another thread."""

    def __init__(self, store: Store, committed: Callable[[], None] | None = None):
        self.store, self.rows, self._committed = store, 0, committed
        self._open: ExitStack | None = None
        self._began = 0.0

    def writer(self):
        if self._open is None:
            self._open, self.rows, self._began = ExitStack(), 0, time.perf_counter()
            self._writer = self._open.enter_context(self.store.write(
                durable=False, cache_kib=SNAPSHOT_CACHE_KIB,
                checkpoint=self._committed is None))
        return self._writer

    def due(self) -> bool:
        """Whether the open transaction holds enough rows, or has lasted long enough, to
        commit now (a save on the screen waits for it)."""
        return self.rows >= COMMIT_ROWS or time.perf_counter() - self._began >= COMMIT_SECONDS

    def commit_if(self, condition: bool) -> bool:
        """Commit the open transaction if `condition`; whether it did."""
        if not condition or self._open is None:
            return False
        opened, self._open = self._open, None
        opened.close()
        if self._committed is not None:
            self._committed()
        return True

    def roll_back(self, exc_info) -> None:
        opened, self._open = self._open, None
        if opened is not None:
            opened.__exit__(*exc_info)


def prefetched(fetch: Callable[[int, str | None], dict | DeferredPage], tables: int,
                index: int, after: str | None, depth: int = PREFETCH_PAGES,
                decoded: int = DECODED_PAGES) -> Iterator[tuple[int, dict]]:
    """(table index, page) in order, from `index`/`after` to the end, downloaded by a
    background thread up to `depth` pages ahead of the caller, so that the server builds
    and sends pages while earlier ones are being stored (and while a table's indexes are
    built). An answer whose cursor came ahead of its body (`DeferredPage`) is decoded by a
    second thread while the first asks for the next page: the server builds page n+1 while
    this process parses and converts page n; at most `decoded` pages wait decoded (they
    take several times the memory of a received one). An error of the download is raised
    here, after the pages before it."""
    slots = threading.Semaphore(depth)  # pages asked for and not yet taken by the caller
    ready = threading.Semaphore(decoded)  # pages decoded and not yet taken by the caller
    received: queue.Queue = queue.Queue()  # download -> decode, in order
    pages: queue.Queue = queue.Queue()  # decode -> caller, in order
    stop = threading.Event()

    def download() -> None:
        i, a = index, after
        try:
            while i < tables:
                if not acquire_unless(slots, stop):
                    return
                answer = fetch(i, a)
                received.put((i, answer))
                a = answer.next_after if isinstance(answer, DeferredPage) \
                    else answer.get("next_after")
                i += a is None
        except BaseException as exc:  # noqa: BLE001 - handed to the consuming thread
            received.put((None, exc))
            return
        received.put((None, None))

    def decode() -> None:
        while not stop.is_set():
            try:
                i, item = received.get(timeout=0.1)
            except queue.Empty:
                continue
            if i is not None and not acquire_unless(ready, stop):
                return
            if i is not None and isinstance(item, DeferredPage):
                try:
                    item = item.decode()
                except BaseException as exc:  # noqa: BLE001 - handed to the consuming thread
                    i, item = None, exc
            pages.put((i, item))
            if i is None:
                return

    workers = [threading.Thread(target=download, name="snapshot-prefetch", daemon=True),
               threading.Thread(target=decode, name="snapshot-decode", daemon=True)]
    for worker in workers:
        worker.start()
    try:
        while True:
            i, item = pages.get()
            if i is None:
                if item is not None:
                    raise item
                return
            slots.release()
            ready.release()
            yield i, item
    finally:
        stop.set()
        for worker in workers:
            worker.join()  # an in-flight request ends within the transport's timeout


def acquire_unless(semaphore: threading.Semaphore, stop: threading.Event) -> bool:
    """Take `semaphore`, giving up (False) once `stop` is set."""
    while not semaphore.acquire(timeout=0.1):
        if stop.is_set():
            return False
    return not stop.is_set()
