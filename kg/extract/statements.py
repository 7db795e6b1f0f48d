"""Statements: direct and indirect speech with speaker, cue, via, addressee and time.

STUB: direct quotes with the nearest named speaker; issue 4 deepens it.
"""
from __future__ import annotations

import re

from spacy.tokens import Doc

from kg.extract.entity_index import EntityIndex
from kg.records import Document, Statement, TimeExpr

QUOTE = re.compile(r"[«\"“„]([^«»\"“”„]{10,}?)[»\"”“]")


def extract(doc: Doc, document: Document, index: EntityIndex, times: list[TimeExpr]) -> list[Statement]:
    out = []
    for m in QUOTE.finditer(doc.text):
        start, end = m.span(1)
        speakers = [x for x in index.before(len(doc.text), types=("PER",))]
        near = min(speakers, key=lambda x: abs(x.start - end), default=None)
        out.append(Statement(content=m.group(1), start=start, end=end, kind="direct", cue="",
                             speaker_key=near.entity_key if near else None,
                             speaker_text=near.text if near else None,
                             speaker_span=(near.start, near.end) if near else None,
                             lang=document.lang))
    return out
