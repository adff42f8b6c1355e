"""The business documents' bands for judging a market activity (../shared/domain.md,
"Market activities"; decision 0024): which band a figure falls in, and the overall verdict.

- sales growth (`growth_verdict`): ≥ 6.83 % successful; over 5 % and under 6.83 % between
  bands (the documents leave the gap open; the reason says so plainly); 3 % to 5 % (both
  included) no effect; under 3 % failed.
- profit multiple (`profit_verdict`): ≥ 1.5× successful; 1.0× (included) to under 1.5×
  between bands; 0.5× (included) to under 1.0× not successful; under 0.5× failed.
- awareness (`awareness_verdict`): +10 points or more is worth it (Verdict.SUCCESSFUL; above
  +20 too: the reason says the rise exceeds the documents' 10–20 band); under +10 is not
  (Verdict.NOT_SUCCESSFUL).
- overall (`overall_verdict`): the worst verdict among the judged documented rules (sales
  growth, profit multiple, awareness), from failed (worst) over not successful, no effect,
  between bands, to successful; NOT_JUDGED when none of them could be judged.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from desktop.models.enums import Verdict

EPSILON = 1e-9  # figures are sums of money: a computed 6.83 % may be 6.8299999999 %
GROWTH_SUCCESS, GROWTH_NO_EFFECT_TOP, GROWTH_FAILED_BELOW = 0.0683, 0.05, 0.03
PROFIT_SUCCESS, PROFIT_BETWEEN_FROM, PROFIT_FAILED_BELOW = 1.5, 1.0, 0.5
AWARENESS_WORTH, AWARENESS_BAND_TOP = 10.0, 20.0
# From worst to best: the overall verdict is the worst judged one.
SEVERITY = (Verdict.FAILED, Verdict.NOT_SUCCESSFUL, Verdict.NO_EFFECT, Verdict.BETWEEN,
            Verdict.SUCCESSFUL)
OVERALL_RULES = ("sales_growth", "profit_multiple", "awareness")


@dataclass(frozen=True)
class RuleResult:
    rule: str  # "sales_growth" | "profit_multiple" | "awareness" | "control"
    verdict: str  # a Verdict value; Verdict.NOT_JUDGED with the reason when no figures
    value: float | None  # growth fraction, multiple, points, share-change difference
    reason: tuple[str, dict]  # template (context "Evaluation") and its params



def growth_verdict(growth: float | None) -> str:
    """≥ 6.83 % successful; > 5 % and < 6.83 % between bands; 3 %–5 % (both included) no
    effect; < 3 % failed. None: not judged."""
    if growth is None:
        return Verdict.NOT_JUDGED
    if growth >= GROWTH_SUCCESS - EPSILON:
        return Verdict.SUCCESSFUL
    if growth > GROWTH_NO_EFFECT_TOP + EPSILON:
        return Verdict.BETWEEN
    if growth >= GROWTH_FAILED_BELOW - EPSILON:
        return Verdict.NO_EFFECT
    return Verdict.FAILED


def profit_verdict(multiple: float | None) -> str:
    """≥ 1.5× successful; 1.0× (included) to < 1.5× between bands; 0.5× (included) to < 1.0×
    not successful; < 0.5× failed. None: not judged."""
    if multiple is None:
        return Verdict.NOT_JUDGED
    if multiple >= PROFIT_SUCCESS - EPSILON:
        return Verdict.SUCCESSFUL
    if multiple >= PROFIT_BETWEEN_FROM - EPSILON:
        return Verdict.BETWEEN
    if multiple >= PROFIT_FAILED_BELOW - EPSILON:
        return Verdict.NOT_SUCCESSFUL
    return Verdict.FAILED


def awareness_verdict(points: float | None) -> str:
    """+10 points or more: worth it (SUCCESSFUL; above +20 as well, said in the reason);
    under +10: not worth it (NOT_SUCCESSFUL). None: not judged."""
    if points is None:
        return Verdict.NOT_JUDGED
    return Verdict.SUCCESSFUL if points >= AWARENESS_WORTH - EPSILON else Verdict.NOT_SUCCESSFUL


def overall_verdict(rules: Iterable[RuleResult]) -> str:
    """The worst judged verdict of the documented rules; NOT_JUDGED if none was judged."""
    judged = [r.verdict for r in rules if r.rule in OVERALL_RULES and r.verdict in SEVERITY]
    return min(judged, key=SEVERITY.index) if judged else Verdict.NOT_JUDGED
