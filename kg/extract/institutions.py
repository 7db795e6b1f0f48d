"""Institutions named by a common noun and the place or body they serve.

``прокуратура Запорізької області``, ``посольства Эквадора``, ``парламент Кубы``: a lower-case
institution noun right before a place name in the genitive is an organisation
of its own, not the place: it is what speaks in ``прокуратура Луганської області повідомила``.
The nouns are the organisation-class collectives of ``lexicons/<lang>/speaker_nouns.tsv`` (one
word list for speakers and for these names). The noun is put in the nominative, the rest stays as
written (``прокуратури Запорізької області`` -> ``прокуратура Запорізької області``).
States (``правительство``, ``уряд``) are not institutions here: they stand for the state.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from typing import Optional, Sequence

from kg.components.morphdict import parse
from kg.extract import speech_lexicon
from kg.extract.names import lemma_candidates
from kg.extract.roles import LEADING, titles
from kg.gazetteer import load as load_gazetteer, word_lists

_IN = {"в", "у", "во", "на"}  # ("посольство X на Кіпрі": islands take "на")


@dataclass
class Institution:
    w0: int  # word index of the noun
    w1: int  # word index after the name it governs
    words: list[str]  # normalised words: the noun in the nominative, then the name as written
    leadership: bool = False  # "руководство Парагвая": the place's own government acting, no body of its own


@lru_cache(maxsize=None)
def nouns(lang: str) -> frozenset[str]:
    return frozenset(n.words[0] for n in speech_lexicon.load(lang).speaker_nouns
                     if n.kind == "COLLECTIVE" and n.cls == "org" and len(n.words) == 1)


def _noun_list(name: str, lang: str) -> frozenset[str]:
    return word_lists(name).get(lang, frozenset())


def is_parliament_noun(word: str, lang: str) -> bool:
    """A noun of a parliament or one of its chambers ("палата", "собрание"; parliament_nouns.txt), in any form."""
    return bool(word) and bool(lemma_candidates(word.lower(), lang) & _noun_list("parliament_nouns.txt", lang))


def is_party_noun(word: str, lang: str) -> bool:
    """A noun of political parties and electoral alliances ("партія", "блок"; party_nouns.txt), in any form."""
    return bool(lemma_candidates(word, lang) & _noun_list("party_nouns.txt", lang))


def _nominative(word: str, lang: str) -> Optional[str]:
    """The institution noun in the nominative (same number), or None when ``word`` is not one."""
    for p in parse(lang, word.lower()):
        if p.tag.POS == "NOUN" and p.normal_form in nouns(lang):
            inf = p.inflect({"nomn", p.tag.number or "sing"})
            return (inf.word if inf is not None else p.normal_form)
    return None


def _genitive(word: str, lang: str) -> bool:
    """Can ``word`` be a genitive (or is it a word the dictionary does not decline: «ICU», Эквадора)?"""
    ps = parse(lang, word.lower())
    return not ps or any(str(p.tag.case) in ("gent", "gen2") or "Fixd" in p.tag.grammemes for p in ps)


def find(texts: Sequence[str], names: Sequence[tuple[int, int, str]], lang: str) -> list[Institution]:
    """``texts``: the article's words; ``names``: (first word, word after, label) of the names found.
    An institution noun directly before a place name whose first word can be genitive ("компанії СЄПЕК"
    is a company called СЄПЕК, not an institution of it)."""
    if lang not in ("uk", "ru"):
        return []
    starts = {}
    for w0, w1, label in names:
        if label == "LOC" and (w0 not in starts or starts[w0][0] < w1):
            starts[w0] = (w1, label)
    inside = {w for a, b, _l in names for w in range(a, b)}
    out = []
    for i, word in enumerate(texts):
        if i in inside or not word[:1].isalpha():
            continue
        if word[:1].isupper() and i > 0 and texts[i - 1][:1].isupper() and not (
                parse(lang, texts[i - 1].lower())[0].tag.POS == "PREP" and (i == 1 or not texts[i - 2][:1].isalnum())):
            continue  # part of a longer capitalised name (not after a sentence's opening preposition: "У Посольстві")
        nom = _nominative(word, lang)
        if nom is None or (i > 0 and texts[i - 1] in "-‐‑"):
            continue  # (not the second half of "пресс-служба")
        lemma = parse(lang, word.lower())[0].normal_form
        k = i + 1
        mission = _mission_of_a_nationality(texts, i, lemma, nom, starts, inside, lang)
        if mission is not None:
            out.append(mission)
            continue
        if lemma in _noun_list("field_nouns.txt", lang):
            # "министерство культуры X": up to two lower-case genitives (the office's field) before the place
            while k < min(i + 3, len(texts)) and k not in starts and k not in inside and texts[k][:1].islower() \
                    and texts[k].isalpha() and _genitive_word(texts[k], lang):
                k += 1
        if k not in starts or not _genitive(texts[k], lang):
            continue
        w1, _label = starts[k]
        if lemma in _noun_list("leadership_nouns.txt", lang):
            if k == i + 1:
                out.append(Institution(i, w1, [nom] + list(texts[i + 1:w1]), leadership=True))
            continue
        if lemma in _noun_list("mission_nouns.txt", lang) and w1 + 1 < len(texts) \
                and texts[w1].lower() in _IN and w1 + 1 in starts:
            w1 = starts[w1 + 1][0]  # "посольство X в Y": the embassy in that state
        a = i  # "в президентском секретариате X": a lower-case adjective agreeing with the noun is of the name
        cases = {str(p.tag.case) for p in parse(lang, word.lower()) if p.tag.POS == "NOUN"}
        while a > max(i - 2, 0) and a - 1 not in inside and texts[a - 1][:1].islower() and texts[a - 1].isalpha() \
                and parse(lang, texts[a - 1])[0].tag.POS == "ADJF" \
                and any(p.tag.POS == "ADJF" and str(p.tag.case) in cases for p in parse(lang, texts[a - 1])) \
                and not (a >= 2 and texts[a - 2][:1].isupper() and not any(
                    p.tag.POS in ("PREP", "CONJ", "PRCL") for p in parse(lang, texts[a - 2].lower())[:1])):
            # (not the end of "Соціал-демократична"; "В президентском …" opening a sentence is)
            a -= 1
        adjs = [_agreeing_nominative(texts[n], nom, lang).lower() for n in range(a, i)]
        out.append(Institution(a, w1, adjs + [nom] + list(texts[i + 1:w1])))
    return out


def _mission_of_a_nationality(texts: Sequence[str], i: int, lemma: str, nom: str, starts: dict, inside: set[int],
                              lang: str) -> Optional[Institution]:
    """"російське посольство в Данії", "в российском посольстве в Вене": a state's mission named by its
    nationality adjective and the place it is in; one organisation of its own, not the state."""
    if i == 0 or i - 1 in inside or lemma not in _noun_list("mission_nouns.txt", lang) \
            or i + 2 >= len(texts) or texts[i + 1].lower() not in _IN or i + 2 not in starts:
        return None
    adj = texts[i - 1]
    if load_gazetteer().demonym(adj, lang) is None or not any(p.tag.POS == "ADJF" for p in parse(lang, adj.lower())):
        return None
    w1 = starts[i + 2][0]
    return Institution(i - 1, w1, [_agreeing_nominative(adj, nom, lang), nom] + list(texts[i + 1:w1]))


def offices(texts: Sequence[str], taken: set[int], lang: str) -> list[Institution]:
    """"в аппарате эстонского премьера": the office (a noun of ``office_nouns.txt``) of a head of state or
    government named by a nationality adjective and a title in the genitive; no place after the title (that is
    ``find``'s institution of a place). Words in ``taken`` (names already found) are not crossed."""
    if lang not in ("uk", "ru"):
        return []
    out = []
    for i, word in enumerate(texts):
        if i in taken or not word.islower() or not word.isalpha():
            continue
        nom = _nominative(word, lang)
        if nom is None or parse(lang, word)[0].normal_form not in _noun_list("office_nouns.txt", lang):
            continue
        k = i + 1
        if not (k < len(texts) and k not in taken and texts[k].islower() and _genitive_word(texts[k], lang)
                and any(p.tag.POS == "ADJF" for p in parse(lang, texts[k]))):
            continue  # (the office of a head no adjective places, "секретаріат прем'єр-міністра", would be one
            # entity in every article: left to the speaker stage)
        k += 1  # "эстонского"
        if k >= len(texts) or k in taken or not texts[k].islower():
            continue
        if _head_in_genitive(texts[k], lang):
            end = k + 1
        elif k + 1 < len(texts) and texts[k + 1].islower() and _head_in_genitive(f"{texts[k]}-{texts[k + 1]}", lang):
            end = k + 2  # "прем'єр-міністра", its halves two words here
        else:
            continue
        if end < len(texts) and texts[end][:1].isupper():
            continue  # "секретаріату прем'єр-міністра Естонії", "… премьера X Y": a place or a name goes on
        out.append(Institution(i, end, [nom] + list(texts[i + 1:end])))
    return out


def _head_in_genitive(title: str, lang: str) -> bool:
    """A title of a head of state or government (titles.txt) in the genitive."""
    cats = titles(lang).single
    return any(p.tag.POS == "NOUN" and str(p.tag.case) == "gent" and cats.get(p.normal_form) in LEADING
               for p in parse(lang, title))


def _genitive_word(word: str, lang: str) -> bool:
    """A lower-case noun or adjective the dictionary knows in the genitive ("юстиции", "закордонних")."""
    return any(str(p.tag.case) in ("gent", "gen2") and p.tag.POS in ("NOUN", "ADJF") for p in parse(lang, word.lower()))


@dataclass
class Installation:
    w0: int  # word index of the noun
    w1: int  # word index after the name
    words: list[str]  # the noun in the nominative, then the name as written


def installations(texts: Sequence[str], barrier: str, lang: str) -> list[Installation]:
    """"аэродрому Липки", "аеродром «Озерне»", "палаці Шенбрунн": an installation or building noun and the name
    right after it (capitalised words, or a quoted name: ``barrier`` is the quote mark's word) are one place.
    A building noun (``venue_nouns.txt``) also makes one place with capitalised adjectives before it
    ("у Зимовому палаці" -> "Зимовий палац") or, written with a capital itself, with the capitalised words
    after it ("во Дворце Мира")."""
    if lang not in ("uk", "ru"):
        return []  # the noun forms come from the uk/ru dictionaries
    nouns = _noun_list("installation_nouns.txt", lang)
    venues = _noun_list("venue_nouns.txt", lang)
    heads = nouns | venues
    out = []
    i = 0
    while i < len(texts) - 1:
        word = texts[i]
        ps = [p for p in parse(lang, word.lower()) if p.normal_form in heads] if heads else []
        if not ps or (word[:1].isupper() and ps[0].normal_form not in venues):
            i += 1
            continue
        inf = ps[0].inflect({"nomn", "sing"})
        head = inf.word if inf else ps[0].normal_form
        k = i + 2 if texts[i + 1] == barrier else i + 1
        e = k
        while e < min(k + 3, len(texts)) and texts[e][:1].isupper() and texts[e] != barrier:
            e += 1
        quoted = k == i + 2 and e < len(texts) and texts[e] == barrier
        before = i > 0 and _capitalised_adjective(texts[i - 1], lang)
        subject = not quoted and e < len(texts) and any(p.tag.POS == "VERB" for p in parse(lang, texts[e].lower())[:1])
        if subject and not before and e - k >= 2 and ps[0].normal_form in venues:
            e, subject = k + 1, False  # "у палаці Шенбрунн Коваля прийняв …": the building's name, then a person
        if e > k and (k == i + 1 or quoted) and not (ps[0].normal_form in venues and (before or subject)):
            # ("У Зимовому палаці Коваль зустрівся …": the name after the building is the subject)
            out.append(Installation(i, e + 1 if quoted else e, [head[:1].upper() + head[1:] if word[:1].isupper()
                                                                else head] + list(texts[k:e])))
            i = e
            continue
        if ps[0].normal_form in venues:
            a = i
            while a > max(i - 2, 0) and _capitalised_adjective(texts[a - 1], lang):
                a -= 1
            if a < i:
                adjs = [_agreeing_nominative(texts[n], head, lang) for n in range(a, i)]
                out.append(Installation(a, i + 1, adjs + [head]))
        i += 1
    return out


_PLACE_ADJECTIVE = re.compile(r"(?:ськ|цьк|зьк|ск|цк)")


def plants(texts: Sequence[str], lang: str) -> list[Installation]:
    """"Криворізьку теплову електростанцію", "Кременчуцький НПЗ": a capitalised adjective, at most two lower-case
    adjectives and a plant noun (``plant_nouns.txt``) are one named installation, its words in the nominative."""
    if lang not in ("uk", "ru"):
        return []
    nouns = _noun_list("plant_nouns.txt", lang)
    out = []
    for i, word in enumerate(texts):
        if not _capitalised_adjective(word, lang) or word.isupper() or not _PLACE_ADJECTIVE.search(word.lower()):
            continue  # (a place's adjective: "Криворізька", not "Это" or "Нова")
        k = i + 1
        while k < min(i + 3, len(texts)) and texts[k][:1].islower() \
                and any(p.tag.POS == "ADJF" for p in parse(lang, texts[k])[:2]):
            k += 1
        if k >= len(texts):
            continue
        noun = texts[k]
        if noun.isupper() and noun.lower() in nouns:  # an acronym ("НПЗ"), indeclinable
            head = noun
        else:
            ps = [p for p in parse(lang, noun.lower()) if p.normal_form in nouns and p.tag.POS == "NOUN"] \
                if noun[:1].islower() else []
            if not ps:
                continue
            inf = ps[0].inflect({"nomn", "sing"})
            head = inf.word if inf else ps[0].normal_form
        if head.isupper():  # an acronym has no gender: the adjectives as written when they are nominative
            adjs = [texts[n] if any(p.tag.case == "nomn" for p in parse(lang, texts[n].lower()) if p.tag.POS == "ADJF")
                    else _agreeing_nominative(texts[n], "станція" if lang == "uk" else "станция", lang)
                    if head[-1] in "СЦ" else _agreeing_nominative(texts[n], "завод", lang) for n in range(i, k)]
        else:
            adjs = [_agreeing_nominative(texts[n], head, lang) for n in range(i, k)]
        out.append(Installation(i, k + 1, [adjs[0]] + [a.lower() for a in adjs[1:]] + [head]))
    return out


def _capitalised_adjective(word: str, lang: str) -> bool:
    """"Зимовому" before "палаці": a capitalised word the dictionary knows as an adjective."""
    return word[:1].isupper() and any(p.tag.POS == "ADJF" for p in parse(lang, word.lower()))


def _agreeing_nominative(adj: str, noun: str, lang: str) -> str:
    """A capitalised adjective in the nominative of its noun's gender ("Зимовому" + "палац" -> "Зимовий")."""
    gender = next((str(p.tag.gender) for p in parse(lang, noun) if p.tag.POS == "NOUN" and p.tag.gender), None)
    for p in parse(lang, adj.lower()):
        if p.tag.POS == "ADJF":
            word = p.normal_form
            if gender not in (None, "masc"):
                base = next((q for q in parse(lang, word) if q.tag.POS == "ADJF"), None)
                inf = (base.inflect({"nomn", "sing", gender}) or base.inflect({"nomn", gender})) if base is not None else None
                word = inf.word if inf is not None else word
            return word[:1].upper() + word[1:]
    return adj


def is_region(ent, lang: str) -> bool:
    """The entity is a region: one of its names ends in a region noun (data/gazetteer/region_nouns.txt; "Х-ська
    область", "Y-ский край", "Z Oblast"), no town."""
    nouns = word_lists("region_nouns.txt").get(lang, frozenset()) | {"oblast", "область"}
    names = (ent.name, ent.labels.get(lang), *getattr(ent, "alt_labels", ()))
    return any(n.split() and n.split()[-1].lower() in nouns for n in names if n)


def is_building(name: str, lang: str) -> bool:
    """A place named with an installation or building noun ("аеродром Липки", "Зимовий палац")."""
    if lang not in ("uk", "ru"):
        return False
    nouns = _noun_list("installation_nouns.txt", lang) | _noun_list("venue_nouns.txt", lang)
    return any(p.normal_form in nouns for w in name.split() for p in parse(lang, w.lower())[:2])
