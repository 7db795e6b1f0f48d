"""Free-text resolution behind ``EntityIndex.lookup``: names of the article's entities in any
form, gazetteer names, demonyms (``французька`` -> France) and, with ``type="GOV"``, places and
seats of government used for their state (``у Парижі``, ``Кремль`` -> the country).
New entities are made only for organisations (a publisher named in metadata), never for people
or places.
"""
from __future__ import annotations

from typing import Optional

from kg.extract.entity_index import EntityIndex
from kg.extract.entity_keys import entity_from_entry
from kg.extract.names import normalize_person, normalize_phrase, slug, translit
from kg.gazetteer import Gazetteer, alias_tokens
from kg.records import Entity


def make_resolver(index: EntityIndex, gaz: Gazetteer):
    def resolve(text: str, lang: str, type: Optional[str]) -> Optional[Entity]:
        return resolve_text(index, gaz, text, lang, type)
    return resolve


def _article_entity(index: EntityIndex, text: str, lang: str, type: Optional[str]) -> Optional[Entity]:
    words = alias_tokens(text)
    if not words:
        return None
    target = translit(" ".join(words))
    forms = {target}
    if lang in ("uk", "ru"):
        pw, _ = normalize_person(words, lang)
        forms.add(translit(" ".join(pw)))
        forms.add(translit(" ".join(normalize_phrase(words, lang))))
    for ent in index.entities.values():
        if type not in (None, "GOV") and ent.type != type:
            continue
        # (labels split into words as the text is: "Сан-Мартіно" and "САН-МАРТІНО" compare alike)
        names = {translit(" ".join(alias_tokens(n))) for n in ent.alt_labels | set(ent.labels.values())}
        if names & forms:
            return ent
    if len(words) == 1 and type in (None, "PER"):
        for ent in index.entities.values():
            if ent.type != "PER":
                continue
            surn = {translit(n.split()[-1]) for n in ent.alt_labels | set(ent.labels.values()) if len(n.split()) >= 2}
            if surn & forms:
                return ent
    return None


def resolve_text(index: EntityIndex, gaz: Gazetteer, text: str, lang: str, type: Optional[str]) -> Optional[Entity]:
    """See module docstring: article entity, gazetteer entry, demonym, place-for-government."""
    text = (text or "").strip()
    if not text:
        return None
    want = None if type in (None, "GOV") else type
    gov = type == "GOV"
    words = alias_tokens(text)
    # drop leading prepositions of "у Парижі", "в Кремле"
    while len(words) > 1 and words[0].lower() in ("у", "в", "во", "на", "з", "із", "из", "in", "at"):
        words = words[1:]
    text = " ".join(words)
    entry = gaz.find(text, lang, want if not gov else None)
    if entry is not None:
        if gov:
            state = gaz.state_of(entry)
            if state is not None:
                return entity_from_entry(state, gaz)
            if entry.type == "ORG":
                return entity_from_entry(entry, gaz)
            return None
        return entity_from_entry(entry, gaz)
    ent = _article_entity(index, text, lang, want)
    if ent is not None:
        if gov and ent.type == "LOC" and ent.country_key:
            return index.get(ent.country_key) or ent
        return ent
    if want in (None, "LOC") or gov:
        for w in words:
            d = gaz.demonym(w, lang)
            if d is not None:
                return entity_from_entry(d, gaz)
    if want == "ORG" and words and (words[0][:1].isupper() or words[0][:1].isdigit()):  # ("24tund", "112 Україна")
        # an organisation named only in metadata (the publisher): a new entity of its own
        normed = normalize_phrase(words, lang)
        norm = " ".join(normed)
        return Entity(key=f"{want.lower()}:{slug(norm)}", type=want, name=norm, labels={lang: norm},
                      alt_labels={text, norm})
    return None
