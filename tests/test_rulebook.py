from __future__ import annotations

from pathlib import Path

import pytest

from claimx.rulebook.loader import Rulebook, RuleError, load_rule_file

GOOD_RULE = """
kind: qualifiers
rules:
  - id: qualifier.test_beyond
    description: test
    relation: ">"
    phrases: [para lá de]
    examples:
      - text: "Vieram para lá de 300 pessoas."
        claims:
          - quantity: {text: para lá de 300, value: 300, relation: ">", low: 300}
            item: pessoas
"""


def write(tmp_path: Path, name: str, text: str) -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


@pytest.mark.parametrize(
    ("text", "fragments"),
    [
        (GOOD_RULE.replace("relation:", "relaton:"), ["qualifier.test_beyond", "relaton"]),
        (
            GOOD_RULE.replace('relation: ">"', 'relation: "!"'),
            ["qualifier.test_beyond", "relation"],
        ),
        (
            GOOD_RULE.replace("    examples:", "    examples: []\n    old:"),
            ["qualifier.test_beyond"],
        ),
        ("kind: qualifiers\nrules: []\n", ["non-empty list of 'rules'"]),
        ("kind: nonsense\nrules: [{id: x}]\n", ["kind"]),
        ("kind: [unclosed\n", ["cannot read"]),
    ],
)
def test_bad_rule_files_are_rejected_naming_file_rule_and_field(
    tmp_path: Path, text: str, fragments: list[str]
) -> None:
    path = write(tmp_path, "bad.yaml", text)
    with pytest.raises(RuleError) as error:
        load_rule_file(path)
    message = str(error.value)
    assert str(path) in message
    for fragment in fragments:
        assert fragment in message


def test_yaml_no_is_a_word_not_false(tmp_path: Path) -> None:
    path = write(tmp_path, "q.yaml", GOOD_RULE.replace("[para lá de]", "[no, para lá de]"))
    assert load_rule_file(path).rules[0].phrases[0] == "no"


def test_extra_rules_directory_adds_rules_and_changes_the_digest(tmp_path: Path) -> None:
    write(tmp_path, "extra_qualifiers.yaml", GOOD_RULE)
    base, extended = Rulebook.load(), Rulebook.load([tmp_path])
    assert "qualifier.test_beyond" in {r.id for r in extended.rules()}
    assert base.digest != extended.digest


def test_duplicate_rule_ids_are_rejected(tmp_path: Path) -> None:
    write(tmp_path, "one.yaml", GOOD_RULE)
    write(tmp_path, "two.yaml", GOOD_RULE)
    with pytest.raises(RuleError, match=r"duplicate rule ids: qualifier\.test_beyond"):
        Rulebook.load([tmp_path])


def test_missing_rules_directory_is_an_error(tmp_path: Path) -> None:
    with pytest.raises(RuleError, match="not a directory"):
        Rulebook.load([tmp_path / "nope"])
