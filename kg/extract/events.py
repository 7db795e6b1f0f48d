"""Events: typed happenings with participants, place, time and status.

STUB: issue 5 fills it in.
"""
from __future__ import annotations

from spacy.tokens import Doc

from kg.extract.entity_index import EntityIndex
from kg.records import Document, Event, Statement, TimeExpr


def extract(doc: Doc, document: Document, index: EntityIndex, times: list[TimeExpr],
            statements: list[Statement]) -> list[Event]:
    return []
