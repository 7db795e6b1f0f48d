"""Time expressions: found in text, normalised with dateparser against the article's date.

STUB: issue 5 fills it in.
"""
from __future__ import annotations

from spacy.tokens import Doc

from kg.records import Document, TimeExpr


def extract(doc: Doc, document: Document) -> list[TimeExpr]:
    return []
