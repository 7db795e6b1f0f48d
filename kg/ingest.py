"""Ingesting: documents -> language -> NLP + extractors -> RDF -> store, with a report."""
from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from typing import Optional

from kg import documents as reader
from kg import langid
from kg.linking import link_to_store
from kg.pipeline import Failure, process
from kg.records import SUPPORTED_LANGS, ArticleExtraction, Document


@dataclass
class IngestReport:
    read: int = 0
    stored: int = 0
    skipped: list[tuple[str, str]] = field(default_factory=list)  # (source, reason): not an error
    failed: list[tuple[str, str]] = field(default_factory=list)  # (source, reason)
    entities: int = 0
    statements: int = 0
    events: int = 0
    articles: list[tuple[Document, str]] = field(default_factory=list)  # (document, article graph IRI)

    def summary(self, triples: int) -> str:
        lines = [f"documents read: {self.read}, stored: {self.stored}, skipped: {len(self.skipped)}, "
                 f"failed: {len(self.failed)}",
                 f"entities: {self.entities}, statements: {self.statements}, events: {self.events}, "
                 f"triples in store: {triples}"]
        return "\n".join(lines)


def assign_language(doc: Document, lang: Optional[str]) -> Optional[str]:
    """Set doc.lang (override > given > detected); return a skip reason or None."""
    if lang:
        doc.lang = lang
    if not doc.lang:
        doc.lang = langid.detect(doc.text)
        if doc.lang is None:
            return "no language could be identified (too little text)"
    if doc.lang not in SUPPORTED_LANGS:
        return f"unsupported language '{doc.lang}' (supported: {', '.join(SUPPORTED_LANGS)})"
    if not doc.published:  # a dateline opening the body ("КИЇВ, 4 лютого 2026 —") dates the article
        from kg.extract.time import dateline

        doc.published = dateline(doc)
    return None


def ingest_documents(paths: Iterable[str], store, *, lang: Optional[str] = None, published: Optional[str] = None,
                     publisher: Optional[str] = None, batch_size: int = 16, progress: bool = True,
                     echo: Callable[[str], None] = print) -> IngestReport:
    from kg import rdf_mapping

    report = IngestReport()
    docs: list[Document] = []
    for item in reader.read(paths, lang=lang, published=published, publisher=publisher):
        if isinstance(item, reader.ReadError):
            report.failed.append((item.source, item.reason))
            echo(f"error: {item}")
            continue
        report.read += 1
        reason = assign_language(item, lang)
        if reason:
            report.skipped.append((item.source, reason))
            echo(f"skipped: {item.source}: {reason}")
            continue
        docs.append(item)

    def store_one(result) -> None:
        if isinstance(result, Failure):
            report.failed.append((result.document.source, f"extraction failed: {result.error!r}"))
            echo(f"error: {result.document.source}: extraction failed: {result.error!r}")
            return
        try:
            link_to_store(result, store)
            graph = rdf_mapping.to_graph(result)
            iri = rdf_mapping.article_iri(result.document)
            store.replace_article(iri, graph)
        except Exception as exc:  # nothing of this article is written; the others go on
            report.failed.append((result.document.source, f"could not store: {exc!r}"))
            echo(f"error: {result.document.source}: could not store: {exc!r}")
            return
        report.stored += 1
        report.articles.append((result.document, iri))
        report.entities += len(result.entities)
        report.statements += len(result.statements)
        report.events += len(result.events)

    results = process(docs, batch_size=batch_size)
    if progress and len(docs) > 3:
        from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeRemainingColumn

        with Progress(TextColumn("ingesting"), BarColumn(), MofNCompleteColumn(), TimeRemainingColumn(),
                      transient=True) as bar:
            task = bar.add_task("ingest", total=len(docs))
            for result in results:
                store_one(result)
                bar.advance(task)
    else:
        for result in results:
            store_one(result)
    return report


def extractions(docs: list[Document], batch_size: int = 16) -> list[ArticleExtraction]:
    """Extraction records without a store (for evaluation and tests)."""
    return [r for r in process(docs, batch_size=batch_size) if not isinstance(r, Failure)]
