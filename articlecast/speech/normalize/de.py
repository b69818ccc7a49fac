"""German: the common rules (numbers through num2words, decimal comma, symbols), and the time of day.

German papers print a time with a point or a colon before "Uhr": "um 14.30 Uhr" is "um vierzehn
Uhr dreißig", "ab 9:00 Uhr" is "ab neun Uhr", and one o'clock is "ein Uhr". Without this rule the
point reads as two numbers run together.
"""

from __future__ import annotations

import re

from .base import Rules, Step, substitute

_CLOCK = re.compile(r"(?<![\d.,:])(?P<hour>[01]?\d|2[0-4])[.:](?P<minute>[0-5]\d)\s*Uhr\b")


class German(Rules):
    """Rules for German."""

    def steps(self) -> list[Step]:
        return [substitute(_CLOCK, self._clock), *super().steps()]

    def _clock(self, match: re.Match[str]) -> str:
        """``14.30 Uhr`` → ``vierzehn Uhr dreißig``; ``1.00 Uhr`` → ``ein Uhr``."""
        hour, minute = int(match["hour"]), int(match["minute"])
        said = "ein" if hour == 1 else self.number(str(hour))
        return f"{said} Uhr {self.number(str(minute))}" if minute else f"{said} Uhr"


RULES = German("de")
