"""Rebuild the ``ptpt-news`` corpus (European-Portuguese news, ids ``ptnews-…``) from the two public
repositories it comes from, read from local git mirrors (bare git directories), never vendored.

The corpus is not kept in the project (the gold files name its articles by id, claimx reads the
text from the corpus: ``claimx.io.corpora``) nor in ``../shared`` (read-only here): this script
writes it to ``DIR/ptpt-news/articles.jsonl``, one JSON object a line,
``{"id", "text", "date", "source"}``, and a README with its provenance; point ``CLAIMX_CORPORA``
at ``DIR`` (``make corpora`` does both).

Sources, pinned to the commit the corpus was built from:

- Lusa (``ptnews-lusa-<n>``, undated, mixed topics): the Text2Story Lusa corpus (INESC TEC,
  https://rdm.inesctec.pt/dataset/cs-2023-018) as copied into github.com/hmosousa/gpt_struct_me
  (MIT licence, commit ``LUSA_COMMIT``), ``experiments/baselines/srl_pt/tmp/lusa_<n>.txt``: 96
  plain-text Lusa articles, title on the first line (``experiments/baselines/tefe/tmp`` holds the
  same files). The text is the file, unchanged; ``<n>`` is the number in the file name. An
  article whose text repeats an earlier one is dropped (``lusa_124`` repeats ``lusa_0``: the lower
  number is kept).
- Newspapers (``ptnews-fav-<hash>``, dated, crimes against women): the Feminicídio à Vista crawl
  of Arquivo.pt, github.com/paulafortuna/feminicidioAvista_dataset (no licence stated; its README
  describes the collection, commit ``FAV_COMMIT``), ``classified_news.tsv`` (tab-separated, one
  article a row). Kept: the rows with a ``news_site_date`` (the date the newspaper's page gives;
  only Jornal de Notícias, Diário de Notícias, Público, Expresso and Visão have one, Correio da
  Manhã and Sol have none). The text is ``news_site_title``, a blank line, ``news_site_text``,
  both unchanged; the date is ``news_site_date`` as ``dd/mm/yyyy``; the id is the first 10
  characters of ``arquivo_hash`` (the hash Arquivo.pt returned for the page); the source is
  ``search_newspaper``.

pt-PT only: Lusa is the Portuguese news agency and the newspapers are Portuguese; the English
documents of gpt_struct_me (TimeBank, ``srl_en``) are not read.
Length: an article is kept when its text is 600 to 6,000 characters long (Lusa: the whole file;
newspapers: ``news_site_text``, without the title). The first build's script was lost with
``../shared``; these rules were recovered from what survives of it: its counts (93 + 296), the
22 texts of ``gold/dev.jsonl``, which come out byte for byte, and dev10's seeded selection
(``scripts/select_test_articles.py``), which picks the same 22 from this corpus and would not
from a corpus with other members.

    .venv/bin/python scripts/ptpt_news.py --out ~/.cache/claimx/corpora [--mirror /work/.mirror]
"""

from __future__ import annotations

import argparse
import csv
import io
import json
import re
import subprocess
import sys
from collections.abc import Iterable, Iterator
from dataclasses import asdict, dataclass
from pathlib import Path

from claimx.io.writer import atomic_writer, write_text

LUSA_REPO = "hmosousa/gpt_struct_me"
LUSA_COMMIT = "49eb47cfba150294dc07a69db49c1b31d5b17288"
LUSA_DIR = "experiments/baselines/srl_pt/tmp"
FAV_REPO = "paulafortuna/feminicidioAvista_dataset"
FAV_COMMIT = "0b3b1d78fc91d448ce4305439dc320a4b0db0a6d"
FAV_FILE = "classified_news.tsv"
MIN_CHARS, MAX_CHARS = 600, 6000
FAV_ID_CHARS = 10

_LUSA_FILE = re.compile(r"(?:^|/)lusa_(\d+)\.txt$")
_SITE_DATE = re.compile(r"(\d{4})-(\d{2})-(\d{2})")


@dataclass(frozen=True)
class Article:
    id: str
    text: str
    date: str
    source: str


def long_enough(text: str) -> bool:
    """A text of 600 to 6,000 characters: the length window of the first build."""
    return MIN_CHARS <= len(text) <= MAX_CHARS


def lusa_number(path: str) -> int | None:
    """``…/lusa_111.txt`` → 111; None for any other file."""
    match = _LUSA_FILE.search(path)
    return int(match[1]) if match else None


def lusa_articles(files: dict[str, str]) -> list[Article]:
    """The Lusa articles among ``{path: text}``, by number; a repeated text keeps its lowest
    number."""
    numbered = sorted(
        (n, text) for path, text in files.items() if (n := lusa_number(path)) is not None
    )
    seen: set[str] = set()
    out = []
    for number, text in numbered:
        if text in seen or not long_enough(text):
            continue
        seen.add(text)
        out.append(Article(f"ptnews-lusa-{number}", text, "", "lusa"))
    return out


def fav_date(site_date: str) -> str:
    """``2019-06-19 12:45:00`` → ``19/06/2019``; empty when the page gave no date."""
    match = _SITE_DATE.match(site_date.strip())
    return f"{match[3]}/{match[2]}/{match[1]}" if match else ""


def fav_article(row: dict[str, str]) -> Article | None:
    """One row of ``classified_news.tsv`` as an article, or None when it is left out."""
    date, body = fav_date(row["news_site_date"]), row["news_site_text"]
    if not date or not long_enough(body):
        return None
    doc_id = "ptnews-fav-" + row["arquivo_hash"].strip().lower()[:FAV_ID_CHARS]
    text = f"{row['news_site_title']}\n\n{body}"
    return Article(doc_id, text, date, row["search_newspaper"])


def fav_articles(tsv: str) -> list[Article]:
    """The newspaper articles of the crawl's table, in its order; a repeated text is left out."""
    csv.field_size_limit(sys.maxsize)  # some article texts are longer than csv's default limit
    seen: set[str] = set()
    out = []
    for row in csv.DictReader(io.StringIO(tsv, newline=""), delimiter="\t"):
        article = fav_article(row)
        if article and article.text not in seen:
            seen.add(article.text)
            out.append(article)
    return out


def git_dir(mirror: Path, repo: str) -> Path:
    """A mirrored repository's git directory: ``MIRROR/owner+name/repo`` (bare, or a clone)."""
    folder = mirror / repo.replace("/", "+") / "repo"
    return folder / ".git" if (folder / ".git").is_dir() else folder


def run_git(git: Path, *args: str) -> bytes:
    """``git --git-dir=GIT ARGS``'s output; a missing mirror or commit ends the run with a message
    that says which, never a traceback."""
    try:
        done = subprocess.run(["git", f"--git-dir={git}", *args], check=True, capture_output=True)
    except FileNotFoundError:
        raise SystemExit("ptpt_news: git is not installed") from None
    except subprocess.CalledProcessError as exc:
        why = exc.stderr.decode("utf-8", "replace").strip().splitlines()[:1]
        raise SystemExit(
            f"ptpt_news: {git}: git {' '.join(args)} failed ({'; '.join(why) or exc.returncode});"
            " mirror the repository there (git clone --mirror) or pass --mirror"
        ) from None
    return done.stdout


def git_show(git: Path, commit: str, path: str) -> str:
    return run_git(git, "show", f"{commit}:{path}").decode("utf-8")


def git_files(git: Path, commit: str, folder: str) -> Iterator[str]:
    yield from run_git(git, "ls-tree", "--name-only", commit, folder + "/").decode().split()


def readme(lusa: int, fav: int) -> str:
    return f"""# ptpt-news

European-Portuguese news articles read by claimx by id (`ptnews-lusa-<n>`, `ptnews-fav-<hash>`),
built by claimx's `scripts/ptpt_news.py` (its docstring gives every conversion rule): {lusa} Lusa
articles and {fav} newspaper articles, {lusa + fav} in all. Do not edit: rebuild.

- `ptnews-lusa-<n>` (undated): the Text2Story Lusa corpus (INESC TEC,
  https://rdm.inesctec.pt/dataset/cs-2023-018) as copied into github.com/{LUSA_REPO}
  (commit `{LUSA_COMMIT}`),
  `{LUSA_DIR}/lusa_<n>.txt`. Terms as stated: the repository is under the MIT licence (Hugo
  Sousa, 2023); its README sends readers to INESC TEC for the corpus.
- `ptnews-fav-<hash>` (dated): Feminicídio à Vista, a crawl of Arquivo.pt (2001-2020),
  github.com/{FAV_REPO} (commit `{FAV_COMMIT}`),
  `{FAV_FILE}`. Terms as stated: none (no licence file; its README describes the collection,
  its newspapers and its columns).

Conversion: Lusa text = the file unchanged; newspaper text = `news_site_title`, a blank line,
`news_site_text` unchanged, date = `news_site_date` as dd/mm/yyyy, id = first {FAV_ID_CHARS}
characters of `arquivo_hash`, source = `search_newspaper`. Kept: newspaper rows with a site
date; a text (Lusa: the file; newspapers: `news_site_text`) of {MIN_CHARS} to {MAX_CHARS:,}
characters; the first of repeated texts.
"""


def build(mirror: Path) -> list[Article]:
    lusa_git, fav_git = git_dir(mirror, LUSA_REPO), git_dir(mirror, FAV_REPO)
    paths = git_files(lusa_git, LUSA_COMMIT, LUSA_DIR)
    files = {p: git_show(lusa_git, LUSA_COMMIT, p) for p in paths}
    return lusa_articles(files) + fav_articles(git_show(fav_git, FAV_COMMIT, FAV_FILE))


def write(articles: Iterable[Article], out: Path) -> tuple[int, int]:
    folder = out / "ptpt-news"
    counts = [0, 0]
    with atomic_writer(folder / "articles.jsonl") as handle:
        for article in articles:
            counts[article.id.startswith("ptnews-fav-")] += 1
            handle.write(json.dumps(asdict(article), ensure_ascii=False) + "\n")
    write_text(folder / "README.md", readme(*counts))
    return counts[0], counts[1]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--out", type=Path, required=True, help="writes OUT/ptpt-news/")
    parser.add_argument("--mirror", type=Path, default=Path("/work/.mirror"),
                        help="holds owner+name/repo git directories of both repositories")
    args = parser.parse_args()
    lusa, fav = write(build(args.mirror), args.out)
    print(f"{args.out / 'ptpt-news' / 'articles.jsonl'}: {lusa} Lusa + {fav} newspaper articles")


if __name__ == "__main__":
    main()
