"""From documents to ArticleExtraction records: NLP per language, then the extractors in order."""
from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from typing import Union

from spacy.tokens import Doc

from kg import nlp as nlp_loader
from kg.extract import entities, events, statements, time
from kg.records import ArticleExtraction, Document


@dataclass
class Failure:
    """An extractor failed on one document; the others go on."""

    document: Document
    error: Exception


def extract_doc(doc: Doc, document: Document) -> ArticleExtraction:
    """Run every extractor on one parsed article."""
    index, roles = entities.extract(doc, document)
    times = time.outside_names(time.extract(doc, document),
                               [(m.start, m.end) for m in index.mentions if m.label in ("ORG", "LOC")])
    stmts = statements.extract(doc, document, index, times)
    evts = events.extract(doc, document, index, times, stmts)
    statements.date_by_events(stmts, evts, doc.text, document.lang)
    publisher_key = index.lookup(document.publisher, document.lang, "ORG") if document.publisher else None
    if publisher_key and publisher_key in index.entities:
        index.entities[publisher_key].is_outlet = True  # whoever publishes the article is an outlet
    return ArticleExtraction(
        document=document,
        entities=list(index.entities.values()),
        roles=roles,
        times=times,
        statements=stmts,
        events=evts,
        sentences=[(s.start_char, s.end_char) for s in doc.sents],
        publisher_key=publisher_key,
    )


def process(documents: Iterable[Document], batch_size: int = 16) -> Iterator[Union[ArticleExtraction, Failure]]:
    """Parse documents with ``nlp.pipe`` in batches per language; yield one extraction (or Failure)
    per document, in input order. Documents must have ``lang`` set."""
    batch: list[Document] = []
    for document in documents:
        batch.append(document)
        if len(batch) >= batch_size:
            yield from _run_batch(batch, batch_size)
            batch = []
    if batch:
        yield from _run_batch(batch, batch_size)


NARROW_SPACES = str.maketrans({c: " " for c in "\u00a0\u2007\u2009\u202f"})


def plain_spaces(text: str) -> str:
    """No-break and thin spaces as plain ones (same length, so every offset holds): the tokenizer makes a
    token of a no-break space, which would stand between a preposition and its noun ("в\u00a0Москве"). A typographic
    apostrophe inside a word ("прем’єр", "з’їзд") is the plain one the pipelines know ("прем'єр"); a closing
    quotation mark after a word stays."""
    return _LETTER_APOSTROPHE.sub("'", text.translate(NARROW_SPACES))


_LETTER_APOSTROPHE = re.compile(r"(?<=[^\W\d_])[’ʼ](?=[^\W\d_])")


def _run_batch(batch: list[Document], batch_size: int) -> Iterator[Union[ArticleExtraction, Failure]]:
    by_lang: dict[str, list[int]] = {}
    for i, d in enumerate(batch):
        by_lang.setdefault(d.lang, []).append(i)
    results: dict[int, Union[ArticleExtraction, Failure]] = {}
    for lang, idxs in by_lang.items():
        nlp = nlp_loader.load(lang)
        texts = (plain_spaces(batch[i].text) for i in idxs)
        for i, doc in zip(idxs, nlp.pipe(texts, batch_size=batch_size)):
            try:
                results[i] = extract_doc(doc, batch[i])
            except Exception as exc:  # one bad document must not stop the others
                results[i] = Failure(batch[i], exc)
    for i in range(len(batch)):
        yield results[i]
