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
from functools import cache
from importlib import resources

SCRIPT_SLOTS = ("/*CLAIMX_COMMON_JS*/", "/*CLAIMX_JS*/")


@cache
def template(name: str) -> str:
    return (resources.files("claimx.review") / "templates" / name).read_text(encoding="utf-8")


def script_json(data: object) -> str:
    """JSON that is safe inside a ``<script>`` element. All ASCII: Chromium parses a page of
    8-bit text about twice as fast as one holding a single character beyond Latin-1."""
    text = json.dumps(data, ensure_ascii=True, separators=(",", ":"))
    return text.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")


def _hash(script: str) -> str:
    digest = hashlib.sha256(script.encode("utf-8")).digest()
    return "'sha256-" + base64.b64encode(digest).decode("ascii") + "'"


def fill(page: str, script: str, data: object, connect: str = "'none'") -> str:
    """A page template with its CSS, scripts and data inlined; scripts allowed by hash."""
    common = template("common.js")
    own = template(script)
    policy = (
        "default-src 'none'; style-src 'unsafe-inline'; img-src data:; "
        f"connect-src {connect}; script-src {_hash(common)} {_hash(own)}"
    )
    html = template(page)
    html = html.replace("/*CLAIMX_CSS*/", template("report.css"))
    html = html.replace("__CLAIMX_CSP__", policy)
    html = html.replace("/*CLAIMX_COMMON_JS*/", common).replace("/*CLAIMX_JS*/", own)
    return html.replace("__CLAIMX_DATA__", script_json(data))
