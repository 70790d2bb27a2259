"""Load the rule files (``rules/pt/*.yaml``) into validated pydantic models.

Every file has a ``kind`` and a list of ``rules``; every rule has an ``id``, a ``description``,
``examples`` (text → the exact claims expected) and ``counter_examples`` (text → no claim).
Unknown keys are rejected with the file, the rule id and the field named.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Iterable
from functools import cached_property, lru_cache
from importlib import resources
from pathlib import Path
from typing import Any

import yaml
from pydantic import ValidationError

from claimx.rulebook.models import RULE_FILE, Rule, RuleFile, SentenceRule
from claimx.text.sentences import boundary_rx

LANG = "pt"


class RuleError(ValueError):
    """A rule file that cannot be used; the message names file, rule and field."""


class _Loader(yaml.SafeLoader):
    """YAML with 1.2 booleans: in YAML 1.1 'no' (the Portuguese word em + o) would be false."""


_Loader.yaml_implicit_resolvers = {
    first: [(tag, rx) for tag, rx in resolvers if tag != "tag:yaml.org,2002:bool"]
    for first, resolvers in yaml.SafeLoader.yaml_implicit_resolvers.items()
}
_Loader.add_implicit_resolver("tag:yaml.org,2002:bool", re.compile(r"^(?:true|false)$"), list("tf"))


def default_rules_dir() -> Path:
    """The rule files shipped with the package."""
    return Path(str(resources.files("claimx.rules") / LANG))


def _describe(error: ValidationError, raw: dict[str, Any]) -> str:
    problems = []
    for err in error.errors():
        loc = list(err["loc"])
        if loc and loc[0] == raw.get("kind"):
            loc = loc[1:]  # the discriminator's tag
        where = ""
        if len(loc) >= 3 and loc[0] == "rules" and isinstance(loc[1], int):
            # loc is ("rules", index, kind-tag?, field...): name the rule by its id.
            rules = raw.get("rules") or []
            rule = rules[loc[1]] if loc[1] < len(rules) else {}
            rule_id = rule.get("id", f"#{loc[1]}") if isinstance(rule, dict) else f"#{loc[1]}"
            fields = [str(x) for x in loc[2:]]
            where = f"rule {rule_id!r}, field {'.'.join(fields) or '?'}"
        else:
            where = "field " + ".".join(str(x) for x in loc)
        problems.append(f"{where}: {err['msg']}")
    return "; ".join(problems)


def load_rule_file(path: Path) -> RuleFile:
    try:
        raw = yaml.load(path.read_text(encoding="utf-8"), Loader=_Loader)
    except (OSError, yaml.YAMLError) as exc:
        raise RuleError(f"{path}: cannot read rule file: {exc}") from None
    if not isinstance(raw, dict) or not raw.get("rules"):
        raise RuleError(f"{path}: a rule file needs a 'kind' and a non-empty list of 'rules'")
    try:
        return RULE_FILE.validate_python(raw)
    except ValidationError as exc:
        raise RuleError(f"{path}: {_describe(exc, raw)}") from None


class Rulebook:
    """All rule files of one language, keyed by file name; later directories override."""

    def __init__(self, files: dict[str, Path]) -> None:
        self.paths = dict(sorted(files.items()))
        self.files = {name: load_rule_file(path) for name, path in self.paths.items()}
        ids = [rule.id for rule in self.rules()]
        duplicates = sorted({i for i in ids if ids.count(i) > 1})
        if duplicates:
            raise RuleError(f"duplicate rule ids: {', '.join(duplicates)}")

    @classmethod
    def load(cls, extra_dirs: Iterable[Path | str] = ()) -> Rulebook:
        files = {p.name: p for p in default_rules_dir().glob("*.yaml")}
        for directory in extra_dirs:
            directory = Path(directory)
            if not directory.is_dir():
                raise RuleError(f"{directory}: not a directory of rule files")
            files.update({p.name: p for p in directory.glob("*.yaml")})
        return cls(files)

    def rules(self, kind: type[Rule] = Rule) -> list[Any]:
        return [r for f in self.files.values() for r in f.rules if isinstance(r, kind)]

    @cached_property
    def sentence_boundary(self) -> re.Pattern[str]:
        """Where sentences end, by the sentence rules' abbreviations: one regex for every
        component that cuts sentences (quantities, attribution)."""
        return boundary_rx(a for r in self.rules(SentenceRule) for a in r.abbreviations)

    @cached_property
    def digest(self) -> str:
        sha = hashlib.sha256()
        for name, path in self.paths.items():
            sha.update(name.encode() + b"\0" + path.read_bytes() + b"\0")
        return "sha256:" + sha.hexdigest()[:16]


@lru_cache(maxsize=8)
def cached_rulebook(extra_dirs: tuple[str, ...] = ()) -> Rulebook:
    """One Rulebook per set of directories, shared by all components of a pipeline."""
    return Rulebook.load(extra_dirs)
