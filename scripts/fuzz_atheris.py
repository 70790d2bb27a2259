"""Coverage-guided fuzzing of the public entry points with atheris (``make fuzz``, where atheris
installs): the invariants of ``tests/test_fuzz.py`` on bytes libFuzzer mutates.

    python scripts/fuzz_atheris.py -max_total_time=120
"""

from __future__ import annotations

import math
import sys
import tempfile
from pathlib import Path

import atheris

with atheris.instrument_imports(include=["claimx"]):
    import claimx
    from claimx.io.reader import InputError, InputRecord, read_inputs
    from claimx.numbers.parsing import parse_number, parse_quantity
    from claimx.schema import SENTENCE_TEXT_LIMIT

EXTRACTOR = claimx.Extractor()
FOLDER = Path(tempfile.mkdtemp(prefix="claimx-fuzz-"))
PER_CLAIM_BYTES = 6 * SENTENCE_TEXT_LIMIT + 12_000


def finite(*values: float | None) -> bool:
    return all(v is None or math.isfinite(v) for v in values)


def check_extract(text: str) -> None:
    article = EXTRACTOR.extract(text, doc_id="f")
    assert len(article.claims) <= len(text)
    for claim in article.claims:
        assert text[claim.span[0] : claim.span[1]] == claim.text
        q = claim.quantity
        assert finite(q.value, q.low, q.high)
        assert len(claim.model_dump_json()) <= PER_CLAIM_BYTES


def check_numbers(text: str) -> None:
    number = parse_number(text)
    assert number is None or finite(number)
    quantity = parse_quantity(text)
    if quantity is not None and quantity.span is not None:
        assert text[quantity.span[0] : quantity.span[1]] == quantity.text


def check_reader(data: bytes, suffix: str) -> None:
    path = FOLDER / f"in{suffix}"
    path.write_bytes(data)
    for item in read_inputs([path]):
        assert isinstance(item, InputRecord | InputError)


def one_input(data: bytes) -> None:
    provider = atheris.FuzzedDataProvider(data)
    target = provider.ConsumeIntInRange(0, 4)
    if target == 0:
        check_numbers(provider.ConsumeUnicodeNoSurrogates(80))
    elif target <= 2:
        check_extract(provider.ConsumeUnicodeNoSurrogates(2_000))
    else:
        suffix = (".jsonl", ".txt", ".json")[provider.ConsumeIntInRange(0, 2)]
        check_reader(provider.ConsumeBytes(4_000), suffix)


def main() -> None:
    atheris.Setup(sys.argv, one_input)
    atheris.Fuzz()


if __name__ == "__main__":
    main()
