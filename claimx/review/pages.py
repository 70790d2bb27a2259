"""Page templates (package data in ``claimx/review/templates``) filled with JSON data.

Data reaches a page only as JSON inside ``<script type="application/json">``, with ``<``, ``>``
and ``&`` written as ``\\u`` escapes so no text can close the element; the page's scripts then put
it in the DOM through ``textContent``. The Content-Security-Policy allows only the page's own
inline scripts, by hash, so even markup that slipped through could not run.
"""

from __future__ import annotations

import base64
import hashlib
import json
import re
from functools import cache
from importlib import resources

SCRIPT_SLOTS = ("/*CLAIMX_COMMON_JS*/", "/*CLAIMX_JS*/")


@cache
def template(name: str) -> str:
    return (resources.files("claimx.review") / "templates" / name).read_text(encoding="utf-8")


BEYOND_LATIN1 = re.compile(r"[^\x00-\xff]")


def _escape_wide(match: re.Match[str]) -> str:
    code = ord(match.group(0))
    if code < 0x10000:
        return f"\\u{code:04x}"
    code -= 0x10000
    return f"\\u{0xD800 + (code >> 10):04x}\\u{0xDC00 + (code & 0x3FF):04x}"


def script_json(data: object) -> str:
    """JSON that is safe inside a ``<script>`` element (``<``, ``>``, ``&`` escaped), with every
    character beyond Latin-1 escaped too: Chromium keeps a page of Latin-1 text in 8-bit strings
    and parses it about twice as fast, while accented Portuguese letters stay one character."""
    text = json.dumps(data, ensure_ascii=False, separators=(",", ":"))
    text = text.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")
    return BEYOND_LATIN1.sub(_escape_wide, text)


def _hash(script: str) -> str:
    digest = hashlib.sha256(script.encode("utf-8")).digest()
    return "'sha256-" + base64.b64encode(digest).decode("ascii") + "'"


def fill(
    page: str,
    script: str,
    data: object,
    connect: str = "'none'",
    extra: dict[str, object] | None = None,
) -> str:
    """A page template with its CSS, scripts and data inlined; scripts allowed by hash."""
    common = template("common.js")
    own = template(script)
    policy = (
        "default-src 'none'; style-src 'unsafe-inline'; img-src data:; "
        f"connect-src {connect}; script-src {_hash(common)} {_hash(own)}"
    )
    slots = {
        "/*CLAIMX_CSS*/": template("report.css"),
        "__CLAIMX_CSP__": policy,
        "/*CLAIMX_COMMON_JS*/": common,
        "/*CLAIMX_JS*/": own,
        "__CLAIMX_DATA__": script_json(data),
        **{slot: script_json(value) for slot, value in (extra or {}).items()},
    }
    # one pass over the template: what is put in is never searched again
    pattern = re.compile("|".join(re.escape(slot) for slot in slots))
    return pattern.sub(lambda m: slots[m.group(0)], template(page))
