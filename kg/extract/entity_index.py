"""The entities of one article and their mentions, for the extractors that come after.

Built by ``kg.extract.entities.extract``; used by the statement and event extractors to find
which entity a span of text refers to, and to add resolved mentions (pronouns, role nouns,
metonyms) that point to an existing entity.

API (stable; other extractors rely on it):
    index.entities                 dict key -> Entity
    index.mentions                 list[Mention] sorted by start
    index.at(start, end)           Entity whose mention overlaps [start, end) most, or None
    index.mentions_in(start, end)  mentions inside [start, end)
    index.before(offset, types)    mentions ending before offset, nearest first
    index.add_mention(mention, key)  attach a resolved mention to an entity
    index.lookup(text, lang, type=None)  key of an entity named by free text (name, capital,
                                   demonym, acronym...) among this article's entities or the
                                   gazetteer, creating the Entity in the index if needed; or None.
                                   type: PER | ORG | LOC restrict the answer; None = any; "GOV" =
                                   the state a place/seat of government/demonym stands for
                                   ("у Парижі", "Кремль", "французька сторона" -> the country).
    index.persons(country_key=None)  PER entities (of that country when given), in order of
                                   first mention
    index.roles                    roles found in the article (set by the entity extractor)
"""
from __future__ import annotations

from bisect import insort
from typing import Callable, Iterable, Optional

from kg.records import Entity, Mention


class EntityIndex:
    def __init__(self, lang: str, resolver: Optional[Callable[[str, str, Optional[str]], Optional[Entity]]] = None):
        self.lang = lang
        self.entities: dict[str, Entity] = {}
        self.mentions: list[Mention] = []
        self._resolver = resolver  # free text -> Entity (gazetteer / normaliser), set by the entity extractor
        self.roles: list = []  # kg.records.Role of this article
        self.party_of: dict[str, str] = {}  # a party leader's key -> his party's ("партия X во главе с Y")

    def set_resolver(self, resolver: Optional[Callable[[str, str, Optional[str]], Optional[Entity]]]) -> None:
        self._resolver = resolver

    # -- building -------------------------------------------------------------------------
    def add_entity(self, entity: Entity) -> Entity:
        existing = self.entities.get(entity.key)
        if existing is None:
            self.entities[entity.key] = entity
            return entity
        existing.alt_labels |= entity.alt_labels
        for lang, label in entity.labels.items():
            existing.labels.setdefault(lang, label)
        existing.wikidata = existing.wikidata or entity.wikidata
        existing.gender = existing.gender or entity.gender
        existing.country_key = existing.country_key or entity.country_key
        existing.is_outlet = existing.is_outlet or entity.is_outlet
        return existing

    def add_mention(self, mention: Mention, key: str) -> None:
        mention.entity_key = key
        ent = self.entities[key]
        if mention not in ent.mentions:
            ent.mentions.append(mention)
        insort(self.mentions, mention, key=lambda m: (m.start, m.end))

    # -- reading --------------------------------------------------------------------------
    def get(self, key: Optional[str]) -> Optional[Entity]:
        return self.entities.get(key) if key else None

    def mentions_in(self, start: int, end: int) -> list[Mention]:
        return [m for m in self.mentions if m.start >= start and m.end <= end]

    def at(self, start: int, end: int) -> Optional[Entity]:
        best, best_overlap = None, 0
        for m in self.mentions:
            if m.start >= end:
                break
            overlap = min(end, m.end) - max(start, m.start)
            if overlap > best_overlap and m.entity_key:
                best, best_overlap = m, overlap
        return self.entities.get(best.entity_key) if best else None

    def before(self, offset: int, types: Iterable[str] = ("PER", "ORG", "LOC")) -> list[Mention]:
        types = set(types)
        out = []
        for m in self.mentions:
            if m.end > offset:
                break
            ent = self.entities.get(m.entity_key or "")
            if ent is not None and ent.type in types:
                out.append(m)
        out.reverse()
        return out

    def persons(self, country_key: Optional[str] = None) -> list[Entity]:
        first: dict[str, int] = {}
        for m in self.mentions:
            if m.entity_key and m.entity_key not in first:
                first[m.entity_key] = m.start
        out = [e for e in self.entities.values() if e.type == "PER"
               and (country_key is None or e.country_key == country_key)]
        return sorted(out, key=lambda e: first.get(e.key, 1 << 30))

    def lookup(self, text: str, lang: Optional[str] = None, type: Optional[str] = None) -> Optional[str]:
        ent = self.peek(text, lang, type)
        return self.add_entity(ent).key if ent is not None else None

    def peek(self, text: str, lang: Optional[str] = None, type: Optional[str] = None) -> Optional[Entity]:
        """The entity a name resolves to, without adding it to the article's index."""
        if self._resolver is None:
            return None
        return self._resolver(text, lang or self.lang, type)
