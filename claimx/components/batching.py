"""What every claimx component shares: it runs over a batch of Docs before passing them on."""

from __future__ import annotations

from abc import ABC, abstractmethod
from collections.abc import Iterable, Iterator

from spacy.tokens import Doc
from spacy.util import minibatch


class BatchComponent(ABC):
    """``nlp.pipe`` calls ``pipe``: each component reads a whole batch of Docs in turn, so
    that its rules (and the tokenizer's tables) stay in the CPU caches for the batch, rather
    than each Doc going through every component before the next is tokenized."""

    @abstractmethod
    def __call__(self, doc: Doc) -> Doc: ...

    def pipe(self, docs: Iterable[Doc], batch_size: int = 16) -> Iterator[Doc]:
        for batch in minibatch(docs, size=batch_size):
            yield from [self(doc) for doc in batch]
