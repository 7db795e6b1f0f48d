"""Canonical keys and name forms of entities (shared by the entity extractor and the lookup).

* gazetteer entries -> ``entity_from_entry`` (key ``wd:<Q>`` or ``per:/org:/loc:<id>``);
* persons -> ``person_key``: ``per:<first name canon>-<romanised surname>``, patronymic left out;
* organisations -> keyed on ``core_name`` (the quoted own name, or without a legal form).
"""
from __future__ import annotations

import re

from kg import gazetteer as gazetteer_mod
from kg.extract.names import is_cyrillic, morph, person_gender, slug
from kg.gazetteer import GazEntry, Gazetteer
from kg.records import Entity


def entity_from_entry(entry: GazEntry, gaz: Gazetteer) -> Entity:
    country = gaz.country_entry(entry.country)
    return Entity(key=entry.key, type=entry.type,
                  name=entry.labels.get("en") or next(iter(entry.labels.values())),
                  labels=dict(entry.labels), alt_labels=set(),
                  wikidata=entry.wikidata, is_outlet=entry.outlet,
                  country_key=country.key if country is not None and country.key != entry.key else None,
                  gender=_gazetteer_gender(entry) if entry.type == "PER" else None)


def _gazetteer_gender(entry: GazEntry):
    for lang in ("uk", "ru"):
        label = entry.labels.get(lang)
        if label:
            g = person_gender(label.split(), lang)
            if g:
                return g
    return None


def person_key(words: list[str], gaz: Gazetteer) -> str:
    """``per:<first>-<surname>`` (patronymic dropped) or ``per:<surname>`` for one word."""
    words = [w for w in words if w]
    if len(words) == 1:
        return "per:" + slug(words[0])
    first = gaz.first_name_canon(words[0]) or slug(words[0])
    middle = [w for w in words[1:-1] if not is_patronymic(w, strict=False)]
    return "per:" + "-".join([first] + [slug(w) for w in middle] + [slug(words[-1])])


def is_patronymic(word: str, strict: bool = True) -> bool:
    """Вікторович, Владимировна (by the dictionary's Patr tag; surnames like Янукович are not;
    ``strict``: not when the word can also be a surname, as Абрамович)."""
    w = word.lower()
    if not is_cyrillic(w):
        return False
    for lang in ("uk", "ru"):
        m = morph(lang)
        ps = m.parse(w)
        patr = any("Patr" in p.tag.grammemes for p in ps)
        surn = any("Surn" in p.tag.grammemes for p in ps)
        if patr and not (strict and surn):
            return True
        if surn or m.word_is_known(w):
            return False
    return w.endswith(("йович", "івна", "ївна", "овна", "евна"))


_INFLECTED_ACRONYM = re.compile(r"^([A-ZА-ЯЁІЇЄҐ]{2,})(?:а|у|ом|ем|е|і|ові|ы|и)$")


def name_words(text: str) -> list[str]:
    """Words of a name as written (hyphenated words kept whole), quotes and stray punctuation off."""
    out = []
    for w in text.split():
        w = w.strip("«»„“”\"'()[],;:")
        m = _INFLECTED_ACRONYM.match(w)
        if m:
            w = m.group(1)  # МИДа -> МИД
        if w and any(ch.isalnum() for ch in w):
            out.append(w)
    return out


def _load_legal_forms() -> set[str]:
    path = gazetteer_mod.DATA / "legal_forms.txt"
    if not path.exists():
        return set()
    return {line.strip().lower() for line in path.read_text(encoding="utf-8").splitlines()
            if line.strip() and not line.startswith("#")}


LEGAL_FORMS = _load_legal_forms()


def _load_common_acronyms() -> frozenset[str]:
    path = gazetteer_mod.DATA / "common_acronyms.txt"
    if not path.exists():
        return frozenset()
    return frozenset(line.strip() for line in path.read_text(encoding="utf-8").splitlines()
                     if line.strip() and not line.startswith("#"))


COMMON_ACRONYMS = _load_common_acronyms()  # БПЛА, ПВО, ДТП: common nouns written in capitals


def core_name(surface: str, norm: str) -> str:
    """An organisation's own name: the quoted part (``ТОВ «Айнам»`` -> ``Айнам``) or the name
    without a leading legal form (``ПАТ Укртранснафта`` -> ``Укртранснафта``)."""
    m = re.search(r"[«„“\"]([^»“”\"]+)[»“”\"]?", surface)
    if m and m.group(1).strip() and m.start() > 0:
        return m.group(1).strip()
    ws = norm.split()
    if len(ws) > 1 and ws[0].lower().strip(".") in LEGAL_FORMS:
        return " ".join(ws[1:])
    return norm
