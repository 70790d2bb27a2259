"""Numbers written in digits, Portuguese style first (``13.000``, ``1.200.000,42``, ``1,5``)."""

from __future__ import annotations

import math
import re
from functools import lru_cache

# Portuguese style first: '.' groups thousands, ',' marks decimals. The English style is
# accepted only where it cannot be read the Portuguese way (two ',' groups, or ',000').
_PT_GROUPED = re.compile(r"\d{1,3}(?:\.\d{3})+(?:,\d+)?")
_PT_PLAIN = re.compile(r"\d+(?:,\d+)?|,\d+")
_EN_GROUPED = re.compile(r"\d{1,3}(?:,\d{3}){2,}(?:\.\d+)?|\d{1,3},000(?:\.\d+)?")
_EN_DECIMAL = re.compile(r"\d+\.\d{1,2}")
_SLASH = re.compile(r"(\d{1,4})/(\d{1,4})")
GLUED_SCALE = re.compile(r"(\d[\d.,]*?)([a-zà-ú]+)")
GROUP_HEAD = re.compile(r"\d{1,3}")
GROUP = re.compile(r"\d{3}(?:,\d+)?")


@lru_cache(maxsize=8192)  # the same figures recur (2014, 10, 1.000): three regexes each time
def parse_digits(word: str) -> float | None:
    """A number in digits, or None (also for one too large for a float: ``"9" * 400``).

    ``13.000`` → 13000, ``1.200.000,42`` → 1200000.42, ``1,5`` → 1.5, ``13,000`` → 13000,
    ``1/3`` → 0.333… (a slash pair that cannot be a day/month date, or two single digits)."""
    value = _parse_digits(word)
    return value if value is None or math.isfinite(value) else None


def _parse_digits(word: str) -> float | None:
    sign = -1 if word[:1] in "-−" else 1
    word = word.lstrip("+-−")
    if _EN_GROUPED.fullmatch(word):
        return sign * float(word.replace(",", ""))
    if _PT_GROUPED.fullmatch(word) or _PT_PLAIN.fullmatch(word):
        return sign * float(word.replace(".", "").replace(",", "."))
    if _EN_DECIMAL.fullmatch(word):
        return sign * float(word)
    slash = _SLASH.fullmatch(word)
    if slash and _is_fraction(*slash.groups()):
        return sign * int(slash.group(1)) / int(slash.group(2))
    return None


def _is_fraction(top: str, bottom: str) -> bool:
    """1/3 and 3/15 are fractions; 12/08 and 2/10 are dates (day/month), 0/5 and 5/0 neither."""
    a, b = int(top), int(bottom)
    if a == 0 or b == 0 or bottom[0] == "0":
        return False
    return len(top) == len(bottom) == 1 or a > 31 or b > 12


def tidy(value: float) -> int | float:
    """Integral floats become ints so that JSON says 14000, not 14000.0."""
    if type(value) is float and value.is_integer():
        return int(value)  # what the rounding below makes of it, for a fraction of its cost
    rounded = round(value, 9)
    whole = round(rounded)
    # 2,115 × 10⁹ is 2115000000, not 2115000000.0000002: float error relative to the size
    # (far below a cent: R$ 1.485.292.651,16 keeps its cents).
    return int(whole) if abs(rounded - whole) <= 1e-12 * max(1.0, abs(rounded)) else rounded
