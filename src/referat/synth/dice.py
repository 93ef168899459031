"""The seeded randomness of the synthetic world: every choice it makes is drawn here, in order."""

from __future__ import annotations

import random
from collections.abc import Sequence
from typing import TypeVar

T = TypeVar("T")


class Dice:
    """A seeded random source with the few kinds of draw the generator makes."""

    def __init__(self, seed: int) -> None:
        self.rng = random.Random(seed)
        self.random = self.rng.random

    def pick(self, seq: Sequence[T]) -> T:
        """One element of ``seq``, uniformly."""
        return seq[int(self.random() * len(seq))]

    def chance(self, p: float) -> bool:
        """True with probability ``p``."""
        return self.random() < p

    def between(self, low: int, high: int) -> int:
        """An integer in [low, high]."""
        return low + int(self.random() * (high - low + 1))
