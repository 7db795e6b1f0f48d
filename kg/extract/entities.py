"""Entity mentions from the NLP pipeline, normalised and linked to canonical keys.

STUB: first working version; issue 6 deepens it (inflection, surname links, gazetteer, Wikidata).
"""
from __future__ import annotations

import re

from spacy.tokens import Doc

from kg.extract.entity_index import EntityIndex
from kg.records import Document, Entity, Mention, Role

LABEL_MAP = {"PER": "PER", "PERS": "PER", "PERSON": "PER", "ORG": "ORG", "ORGANIZATION": "ORG",
             "LOC": "LOC", "GPE": "LOC", "COUNTRY": "LOC", "CITY": "LOC"}


def _slug(text: str) -> str:
    return re.sub(r"[^\w]+", "-", text.lower()).strip("-")


def extract(doc: Doc, document: Document) -> tuple[EntityIndex, list[Role]]:
    index = EntityIndex(document.lang or doc.lang_)
    for ent in doc.ents:
        label = LABEL_MAP.get(ent.label_)
        if label is None:
            continue
        norm = " ".join(t.lemma_ or t.text for t in ent).strip()
        key = f"{label.lower()}:{_slug(norm)}"
        entity = index.add_entity(Entity(key=key, type=label, name=norm.title(),
                                         labels={index.lang: norm.title()}, alt_labels={ent.text}))
        sent = ent.sent
        index.add_mention(Mention(ent.start_char, ent.end_char, ent.text, label, norm,
                                  sentence=(sent.start_char, sent.end_char)), entity.key)
    return index, []
