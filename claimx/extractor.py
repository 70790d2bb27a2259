"""The Python API: ``Extractor().extract(text)`` → :class:`claimx.schema.Article`."""

from __future__ import annotations

import hashlib
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any

from spacy.tokens import Doc

from claimx import __version__
from claimx.drafts import get_value, set_value, text_of
from claimx.engines.options import checked_published
from claimx.io.published import parse_date, publication_date
from claimx.io.reader import InputError, InputRecord, read_inputs
from claimx.pipeline import BLANK, lean_vocab, load, model_name
from claimx.rulebook.loader import cached_rulebook
from claimx.schema import Article, Claim, DocInfo, Provenance
from claimx.text.long_texts import paragraph_parts, shift_claims, too_long
from claimx.text.spaces import restore_texts, with_plain_spaces

Result = Article | InputError
BATCH_SIZE = 16
"""Docs per batch: each component reads a batch in turn (claimx.components.batching); 16, 32
and 64 measured alike, and a small batch holds fewer Docs in memory."""


class Extractor:
    """Loads the pipeline once; then extracts claims from texts, records or paths."""

    def __init__(
        self,
        model: str | None = None,
        rules_dirs: Iterable[str | Path] = (),
        published: str | None = None,
        include_text: bool = False,
    ) -> None:
        self.rules_dirs = tuple(str(d) for d in rules_dirs)
        self.published = checked_published(published)  # ValueError when it is not a date
        """Overrides every article's publication date (the CLI's --published)."""
        self.include_text = include_text
        """Each Article carries its text (``Article.text``; the CLI's --include-text)."""
        self.nlp = load(model, self.rules_dirs)
        if model_name(model) == BLANK:
            lean_vocab(self.nlp)  # its Docs stay inside: ~9% less CPU a corpus
        self.provenance = Provenance(
            pipeline=list(self.nlp.pipe_names),
            model=model_name(model),
            rules_digest=cached_rulebook(self.rules_dirs).digest,
        )

    def extract(
        self,
        text: str,
        doc_id: str = "doc",
        published: str | None = None,
        **fields: Any,
    ) -> Article:
        """Claims of one article. ``fields``: ``path``, ``title``, ``url``, ``meta``."""
        record = InputRecord(id=doc_id, text=text, date=published, **fields)
        return next(self.extract_records([record]))

    def extract_records(self, records: Iterable[InputRecord]) -> Iterator[Article]:
        """Articles in input order; streams (one batch of Docs in memory at a time). An
        article longer than spaCy takes is read in parts (:mod:`claimx.text.long_texts`)."""
        docs = (doc for r in records for doc in self._make_docs(r))
        claims: list[Claim] = []
        for doc in self.nlp.pipe(docs, batch_size=BATCH_SIZE):
            claims += self._claims(doc)
            if doc.user_data.get("claimx_last_part", True):
                yield self._article(doc, claims)
                claims = []

    def iter_results(self, paths: Iterable[str | Path]) -> Iterator[Result]:
        """An Article per input article, or an InputError per bad file or line, in order."""
        return self.results_of(read_inputs(paths))

    def results_of(self, items: Iterable[InputRecord | InputError]) -> Iterator[Result]:
        """``iter_results`` over inputs already read: an article that fails is an InputError."""
        pending: list[InputRecord] = []
        for item in items:
            if isinstance(item, InputRecord):
                pending.append(item)
                if len(pending) < BATCH_SIZE:
                    continue
            yield from self._safely(pending)
            pending = []
            if isinstance(item, InputError):
                yield item
        yield from self._safely(pending)

    def _safely(self, records: list[InputRecord]) -> Iterator[Result]:
        """A batch at once; if that fails, one by one: a bad article loses only itself."""
        try:
            yield from list(self.extract_records(records))
        except Exception:
            for record in records:
                try:
                    yield next(self.extract_records([record]))
                except Exception as exc:
                    where = record.path or record.id
                    yield InputError(
                        where, f"extraction failed: {type(exc).__name__}: {exc}", record.line
                    )

    def extract_paths(self, paths: Iterable[str | Path]) -> Iterator[Article]:
        """Articles from files and folders; bad inputs are skipped (see ``iter_results``)."""
        return (r for r in self.iter_results(paths) if isinstance(r, Article))

    def _make_docs(self, record: InputRecord) -> Iterator[Doc]:
        """One Doc, or for an article longer than spaCy takes, one per part of it."""
        published = published_of(record, self.published)
        if len(record.text) <= self.nlp.max_length:
            yield self._make_doc(record, record.text, published)
            return
        problem = too_long(record.text)
        if problem:
            raise ValueError(problem)
        parts = paragraph_parts(record.text)
        for start, end in parts:
            doc = self._make_doc(record, record.text[start:end], published, start)
            doc.user_data["claimx_last_part"] = end == len(record.text)
            yield doc

    def _make_doc(
        self, record: InputRecord, text: str, published: str | None, offset: int = 0
    ) -> Doc:
        plain = with_plain_spaces(text)  # the rules read plain spaces (claimx.text.spaces)
        doc = self.nlp.make_doc(plain)
        doc.user_data["claimx_text"] = plain  # what text_of(doc) would rebuild
        doc.user_data["claimx_original"] = text
        doc.user_data["claimx_offset"] = offset
        set_value(doc, "claimx_doc_id", record.id)
        set_value(doc, "claimx_body_start", max(0, record.body_start - offset))
        set_value(doc, "claimx_published", published)
        doc.user_data["claimx_record"] = record
        return doc

    @staticmethod
    def _claims(doc: Doc) -> list[Claim]:
        """The Doc's claims, with the texts and offsets of the article as given."""
        claims: list[Claim] = get_value(doc, "claims") or []
        original: str = doc.user_data.pop("claimx_original")
        if text_of(doc) is not original:  # the same object unless other spaces were made plain
            restore_texts(claims, original)
        shift_claims(claims, doc.user_data.pop("claimx_offset"), get_value(doc, "claimx_doc_id"))
        return claims

    def _article(self, doc: Doc, claims: list[Claim]) -> Article:
        record: InputRecord = doc.user_data.pop("claimx_record")
        return Article(
            claimx_version=__version__,
            doc=doc_info(record, get_value(doc, "claimx_published")),
            provenance=self.provenance,
            claims=claims,
            text=record.text if self.include_text else None,
        )


def published_of(record: InputRecord, override: str | None) -> str | None:
    """The article's publication date: ``override`` (the CLI's --published), else its own."""
    forced = parse_date(override) if override else None
    return forced or publication_date(record.text, record.date)


def doc_info(record: InputRecord, published: str | None) -> DocInfo:
    """What the output says about the input article (all but the claims and provenance)."""
    return DocInfo(
        id=record.id,
        path=record.path,
        title=record.title,
        published=published,
        url=record.url,
        sha256=hashlib.sha256(record.text.encode("utf-8")).hexdigest(),
        chars=len(record.text),
        meta=record.meta,
    )
