"""Cross-article linking against what the store already holds.

Within one article, a surname alone links to the full name (kg.extract.entities). An article that
names a person only by surname ("Коваль заявив…") cannot do that on its own; if the store already
holds exactly one person whose full name ends in that surname, the article's entity takes that
person's key, so both articles speak of one IRI. With no candidate, or several, the surname-only
key stays (two people who share a surname are never merged by guess).

Limitation: linking looks back only — an article with the full name ingested *after* surname-only
articles does not rewrite them.
"""
from __future__ import annotations

from dataclasses import replace

from kg import queries
from kg.extract.event_merge import event_key
from kg.records import ArticleExtraction

_PREFIX = "per:"


def _surname_only(key: str, wikidata) -> bool:
    return key.startswith(_PREFIX) and not wikidata and "-" not in key[len(_PREFIX):]


def link_to_store(ex: ArticleExtraction, store) -> dict[str, str]:
    """Rekey surname-only persons of ``ex`` to the one full-name person the store knows; returns old -> new."""
    mapping: dict[str, str] = {}
    existing = {e.key for e in ex.entities}
    q = None
    for ent in ex.entities:
        if ent.type != "PER" or not _surname_only(ent.key, ent.wikidata):
            continue
        q = q or queries.load("persons-by-surname")
        _, rows = queries.run(store, q, {"surname": ent.key[len(_PREFIX):]})
        keys = [str(r[0]) for r in rows]
        if len(keys) == 1 and keys[0] not in existing:
            mapping[ent.key] = keys[0]
    if mapping:
        rekey(ex, mapping)
    return mapping


def rekey(ex: ArticleExtraction, mapping: dict[str, str]) -> None:
    """Replace entity keys everywhere in one article's records."""
    def k(key):
        return mapping.get(key, key) if key else key

    for ent in ex.entities:
        ent.key = k(ent.key)
        for m in ent.mentions:
            m.entity_key = k(m.entity_key)
    ex.roles[:] = [replace(r, person_key=k(r.person_key), org_key=k(r.org_key)) for r in ex.roles]
    for st in ex.statements:
        st.speaker_key, st.via_key, st.addressee_key = k(st.speaker_key), k(st.via_key), k(st.addressee_key)
    for ev in ex.events:
        ev.participants = [k(p) for p in ev.participants]
        ev.place_key = k(ev.place_key)
        if ev.key:
            ev.key = event_key(ev)
    ex.publisher_key = k(ex.publisher_key)
