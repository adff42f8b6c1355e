"""When to try again after a failed sync: exponential backoff with jitter for network
trouble and server errors; nothing automatic for what needs a person (sign-in, versions).
Refused single changes (4xx per mutation) never fail a cycle: they are recorded and the
queue moves on (see `desktop.sync.push`)."""

from __future__ import annotations

import random
from dataclasses import dataclass, field

from desktop.sync.errors import SyncError


@dataclass
class RetryPolicy:
    """`delay(n)` for the n-th consecutive failure (n ≥ 1): a random time in
    [cap·(1−jitter), cap] where cap = min(max_delay, base·factor^(n−1)) ("equal jitter":
    never hammering, and clients that failed together spread out)."""

    base: float = 5.0
    factor: float = 2.0
    max_delay: float = 600.0
    jitter: float = 0.5
    rng: random.Random = field(default_factory=random.Random, repr=False)

    def delay(self, attempt: int) -> float:
        cap = min(self.max_delay, self.base * self.factor ** max(0, attempt - 1))
        return cap * (1 - self.jitter * self.rng.random())

    @staticmethod
    def should_retry(error: BaseException) -> bool:
        """Retry automatically only what time can fix: network, 5xx, 429."""
        return isinstance(error, SyncError) and error.retryable

    def next_delay(self, error: BaseException, attempt: int) -> float | None:
        """Seconds to wait before the next try, or None when retrying cannot help."""
        if not self.should_retry(error):
            return None
        wait = self.delay(attempt)
        retry_after = getattr(error, "retry_after", None)
        return max(wait, retry_after) if retry_after else wait
