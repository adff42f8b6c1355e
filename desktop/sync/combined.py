"""An ordinary cycle in one request: `POST /sync/cycle` (docs/sync-protocol.md, decision 0031).

The client sends what the three requests of a cycle would: the verify sample of decision
0021 with the epoch it knows, the first push batch, and its pull cursor. The server applies
the push only when the verify finds nothing unusual, and then answers the results and the
first pull page (which holds the server's copies of the rows just pushed; no page when the
outbox holds more than the batch, which the client pushes before pulling). Each part of the
answer is stored as the separate requests' answers are, in the same transactions:

- the verify answer is assessed exactly as after `POST /sync/verify`; a server restored
  from a backup held the push, and the recovery begins before anything is pushed;
- the push results in one transaction, entries leaving the outbox only with their result
  (a lost answer: the batch goes again, and the server answers its replay from its log);
- the page with its cursor in one transaction, further pages by `GET /sync/pull`.

A server older than the endpoint answers 404: the client then makes the three requests of
before, for the rest of the session. When the push was held without a restore (a sampled row
left the caller's scope) or did not empty the outbox, the rest of the cycle is the ordinary
separate push and pull.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlmodel import select

from desktop.store.local_tables import SyncState
from desktop.store.store import Store
from desktop.sync import pull as pulling
from desktop.sync import restore as restoring
from desktop.sync.api import SyncApi
from desktop.sync.confirmations import PULL_MARKER_KEY
from desktop.sync.errors import ServerError
from desktop.sync.push import (
    MAX_BATCH,
    PushOutcome,
    mutation,
    ordinary_entries,
    outbox_summary_in,
    priority_entries,
    store_results,
)
from desktop.sync.server_epoch import EPOCH_KEY


@dataclass
class Step:
    """What the combined request did: `recovery`, the restore recovery begun (as
    `restoring.check_server` returns it); `pulled`, whether the cycle's pull is done (else
    the caller pushes what is left and pulls)."""

    recovery: dict | None = None
    pulled: bool = False


@dataclass
class _Start:
    """What the request needs, read in one session."""

    recovering: bool
    cursor: int | None
    epoch: str | None
    sample: list[dict]
    upto: int
    total: int
    batch: list


# the facts a cycle starts from, in one statement built once (building a statement and its
# cache key costs more than running it here)
_START_STATES = select(SyncState).where(SyncState.key.in_(
    (restoring.STATE_KEY, pulling.CURSOR_KEY, EPOCH_KEY, PULL_MARKER_KEY)))


def _start(store: Store, batch_size: int) -> _Start:
    with store.read() as s:
        # the rows stay in the session's identity map while `rows` holds them (it keeps
        # weak references only): the sample's marker is not read again
        rows = list(s.exec(_START_STATES))
        states = {r.key: r.value for r in rows}
        recovering, cursor = bool(states.get(restoring.STATE_KEY)), states.get(
            pulling.CURSOR_KEY)
        if recovering or cursor is None:
            return _Start(recovering, None, None, [], 0, 0, [])
        upto, total, urgent = outbox_summary_in(s)
        batch = ((urgent and priority_entries(s, batch_size))
                 or ordinary_entries(s, batch_size, upto)) if total else []
        sample = restoring.sample_in(s)
        del rows
        return _Start(False, int(cursor), states.get(EPOCH_KEY), sample, upto, total, batch)


def try_cycle(store: Store, api: SyncApi, pushed: PushOutcome, pulled: pulling.PullOutcome,
              *, push_first: pulling.PushFirst, batch_size: int, limit: int,
              snapshot_limit: int, progress=None) -> Step | None:
    """Run the cycle through `POST /sync/cycle`; None when it does not apply (a first sync,
    a recovery under way, a server without the endpoint): the caller does it the old way,
    starting with `restoring.check_server`."""
    if not api.combined:
        return None
    start = _start(store, max(1, min(batch_size, MAX_BATCH)))
    if start.cursor is None:
        return None
    batch = start.batch
    # With more of the outbox than this batch, the rest is pushed before pulling: a page
    # now would be thrown away (up to `limit` rows over a hospital's slow line).
    answer = api.cycle(epoch=start.epoch or "", verify=start.sample,
                       mutations=[mutation(e) for e in batch], cursor=start.cursor,
                       limit=limit, pull=len(batch) >= start.total)
    if answer is None:
        return None
    resolved = 0
    if answer["push"] is not None:
        resolved = store_results(store, batch, answer["push"], pushed)
        if not resolved and batch:
            raise ServerError("The server answered a push without a result for any change; "
                              "will try again.")
        if progress:
            progress("push", len(batch), start.total)
    recovery = restoring.assess(store, api, start.sample, answer["verify"],
                                known=start.epoch, cursor=start.cursor)
    if recovery is not None or answer["pull"] is None or len(batch) < start.total:
        return Step(recovery=recovery)
    if resolved < len(batch):  # a result the client did not understand: pushed again
        return Step()
    pulling.pull_changes(store, api, pulled, push_first=push_first, limit=limit,
                         snapshot_limit=snapshot_limit, progress=progress,
                         first_page=answer["pull"], at=start.cursor, stored=pushed.stored,
                         epoch=answer["verify"].get("epoch") or start.epoch)
    return Step(pulled=True)
