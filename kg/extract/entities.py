"""Entity mentions of one article, normalised to the nominative and linked to canonical keys.

Sources of mentions: the pipeline's NER (``doc.ents``: PER/ORG/LOC and their aliases) and the
gazetteer (``kg.gazetteer``: countries, capitals, frequent news entities, matched through
lemmas so any case form hits). Then, within the article:

* person names are put in the nominative (``kg.extract.names.normalize_person``), organisations
  and multiword names by their head word (``normalize_phrase``);
* a surname alone links to the full name it shares (nearest one before, else any in the
  article), an acronym to the expansion whose initials it spells;
* ``Сергій та Олександр Буряки`` gives two persons; ``Ф. Мбазаа`` links to the full name with
  that initial; a short organisation name to the one full name it begins (``МИД`` -> ``МИД
  России``); ``ТОВ «Айнам»`` is keyed on its own name (``Айнам``);
* without a trained NER (English today) capitalised names come from ``kg.extract.name_finder``;
* ``Entity.gender`` comes from first-name morphology, ``is_outlet`` from the gazetteer or an
  outlet noun before the name (``видання Reuters``), ``country_key`` from the gazetteer or a
  title (``kg.extract.roles``).

Keys (deterministic, the same in every article):
* gazetteer entries: ``wd:<Qid>`` (or ``per:/org:/loc:<id>`` for entries without one);
* other persons: ``per:<first>-<surname>`` — first name through the uk/ru/en first-name table
  (Дмитро/Дмитрий -> dmitry), surname by the shared uk/ru romanisation (Шмигаль/Шмыгаль -> shmygal);
  patronymics are left out; two people with one surname and different first names stay apart;
* a surname with no full name anywhere in the article (and not a unique gazetteer surname):
  ``per:<surname>`` — it cannot be told apart from namesakes, so it does not merge with
  ``per:<first>-<surname>`` of other articles (known limitation);
* other organisations/places: ``org:`` / ``loc:`` + romanised nominative name.

``EntityIndex.lookup(text, lang, type)`` resolves free text: names of this article's entities in
any form, gazetteer names, demonyms (``французька`` -> France) and — with ``type="GOV"`` — places
and seats of government used for the state (``у Парижі``, ``Кремль`` -> the country).
"""
from __future__ import annotations

import logging
from functools import lru_cache
import os
import re
from dataclasses import dataclass, field, replace
from typing import Optional

from spacy.tokens import Doc

from kg import gazetteer as gazetteer_mod
from kg.extract import institutions, outlets, quoted_orgs
from kg.extract.speech_lexicon import DASHES, parses
from kg.extract.morph import adjective_cases, parses as morph_parses, word_cases
from kg.extract import roles as roles_mod
from kg.extract.doc_cache import doc_text
from kg.extract.event_lexicon import lexicon as event_lexicon
from kg.extract.entity_index import EntityIndex
from kg.extract.entity_keys import (COMMON_ACRONYMS, LEGAL_FORMS, core_name, entity_from_entry, is_patronymic, name_words,
                                    person_key)
from kg.extract.entity_lookup import make_resolver
from kg.extract.name_finder import find_names, name_heads
from kg.extract.time import spans as time_spans
from kg.extract.names import (SON_OF, SON_OF_OPENING, family_name_first, is_cyrillic, lemma_candidates, morph,
                              name_particles, normalize_person, normalize_phrase, person_gender, slug, translit)
from kg.gazetteer import GazEntry, GazMatch, Gazetteer, word_lists
from kg.records import Document, Entity, Mention, Role

log = logging.getLogger(__name__)

LABEL_MAP = {"PER": "PER", "PERS": "PER", "PERSON": "PER", "ORG": "ORG", "ORGANIZATION": "ORG",
             "LOC": "LOC", "GPE": "LOC", "COUNTRY": "LOC", "CITY": "LOC", "STATE_OR_PROVINCE": "LOC",
             "FAC": "LOC", "NORP": None}

_WORD = re.compile(r"[^\s\-‐‑–—\"«»“”„()]+")
_BARRIER = "\x00"
_OUTLET_NOUNS_FILE = "outlet_nouns.txt"
_CONJ = {"і", "й", "та", "и", "and", "а"}
_PLACE_PREPS = {"в", "у", "во", "на"}
_FUNCTION_WORDS = {"і", "й", "та", "и", "в", "у", "з", "при", "по", "на", "of", "the", "and", "for", "de", "da", "von", "der"}


@dataclass
class _Word:
    text: str
    start: int
    end: int
    tok: int  # index of the spaCy token


@dataclass
class _Cand:
    start: int  # char offsets
    end: int
    w0: int  # word range
    w1: int
    label: str
    entry: Optional[GazEntry] = None
    norm: str = ""
    key: Optional[str] = None
    gender: Optional[str] = None
    words: list[str] = field(default_factory=list)
    outlet: bool = False  # a quoted name told to or read in (kg.extract.outlets)
    same_as: Optional["_Cand"] = None  # another occurrence of this one-word name (normalised alike)


_HYPHENS = frozenset("-‐‑")  # a bare hyphen inside a compound name ("Даунінг-стріт", "Мюллер-Гросс")


def _words(doc: Doc) -> list[_Word]:
    out: list[_Word] = []
    for t in doc:
        pieces = list(_WORD.finditer(t.text))
        if not pieces:
            if t.text in _HYPHENS and t.i > 0 and not doc[t.i - 1].whitespace_ and not t.whitespace_:
                continue  # hyphen inside a compound name: Даунінг-стріт
            out.append(_Word(_BARRIER, t.idx, t.idx + len(t.text), t.i))
            continue
        for m in pieces:
            text = m.group().rstrip(".,:;!?") if len(m.group()) > 1 and not re.search(r"\.\w", m.group()) else m.group()
            if not text:
                continue
            out.append(_Word(text, t.idx + m.start(), t.idx + m.start() + len(text), t.i))
    return out


def _load_outlet_nouns(name: str = _OUTLET_NOUNS_FILE) -> dict[str, frozenset[str]]:
    return gazetteer_mod.word_lists(name)


_OUTLET_NOUNS = _load_outlet_nouns()
_PLACE_NOUNS = _load_outlet_nouns("place_nouns.txt")  # same format: lang<TAB>noun
_REGION_NOUNS = _load_outlet_nouns("region_nouns.txt")
_OCCASION_NOUNS = _load_outlet_nouns("occasion_nouns.txt")
_SITTING_NOUNS = _load_outlet_nouns("sitting_nouns.txt")
_CAPITAL_NOUNS = _load_outlet_nouns("capital_nouns.txt")
_TOWN_PREPS = _load_outlet_nouns("place_preps.txt")
_IN = {"в", "у", "во", "in"}
_INNER_CAPITALS = re.compile(r"[a-zа-яёіїєґ][A-ZА-ЯЁІЇЄҐ]{2,}")


@lru_cache(maxsize=None)
def _place_and_settlement_nouns(lang: str) -> frozenset[str]:
    return frozenset(_PLACE_NOUNS.get(lang, set())) | word_lists("settlement_nouns.txt").get(lang, frozenset())


def _after_place_noun(word: str, lang: str) -> bool:
    nouns = _place_and_settlement_nouns(lang)
    if not nouns or not word[:1].islower():
        return False
    return bool((lemma_candidates(word, lang) if lang in ("uk", "ru") else {word.lower()}) & nouns)


def _in_spans(start: int, end: int, spans) -> bool:
    return any(s <= start and end <= e for s, e in spans)


def sentence_table(doc: Doc) -> list:
    """Per token: the Span of its sentence (``token.sent`` is slow on long documents)."""
    table = doc.user_data.get("_newskg_sents")
    if table is None or len(table) != len(doc):
        table = [None] * len(doc)
        for sent in doc.sents:
            for i in range(sent.start, sent.end):
                table[i] = sent
        doc.user_data["_newskg_sents"] = table
    return table


def _sentence_initial(doc: Doc, tok_i: int) -> bool:
    sent = sentence_table(doc)[tok_i]
    for t in sent:
        if t.is_punct or t.is_space:
            continue
        return t.i == tok_i
    return False


def _quoted(doc: Doc, w0: _Word, w1: _Word) -> bool:
    before = doc[w0.tok - 1].text if w0.tok > 0 else ""
    after = doc[w1.tok + 1].text if w1.tok + 1 < len(doc) else ""
    return before in "\"«“„'" and after in "\"»”“'"


def _outlet_context(doc: Doc, tok_i: int, lang: str) -> bool:
    for j in (tok_i - 1, tok_i - 2):
        if j < 0:
            return False
        t = doc[j]
        if t.is_punct and t.text in "\"«“„'":
            continue
        return _outlet_noun(t.text, lang)
    return False


def _outlet_noun(word: str, lang: str) -> bool:
    nouns = _OUTLET_NOUNS.get(lang, set())
    return bool(lemma_candidates(word, lang) & nouns) if lang in ("uk", "ru") else word.lower() in nouns


def _names_a_person(surface: list[str], cands: list[_Cand], text: str, gaz: Gazetteer, lang: str) -> bool:
    """A name after an outlet noun is the outlet ("агентство Анадолу") unless it is more than a surname
    or the surname of someone the article or the gazetteer names ("цитує видання Макрона")."""
    if len(surface) != 1:
        return True
    word = translit(surface[0])
    for c in cands:
        ws = name_words(text[c.start:c.end])
        if c.label == "PER" and len(ws) >= 2 and _same_surname(translit(ws[-1]), word):
            return True
    return _a_gazetteer_surname(surface[0], lang, gaz)


def _display(words: list[str]) -> str:
    return " ".join(words)


def extract(doc: Doc, document: Document) -> tuple[EntityIndex, list[Role]]:
    lang = document.lang or doc.lang_
    gaz = gazetteer_mod.load()
    index = EntityIndex(lang)
    text = document.text if document.text is not None else doc.text  # doc.text is rebuilt per call
    words = _words(doc)
    skip = list(document.header_spans or [])

    # ---- 1. candidates from NER and the gazetteer ---------------------------------------
    def word_range(start: int, end: int) -> tuple[int, int]:
        idx = [i for i, w in enumerate(words) if w.start >= start and w.end <= end and w.text != _BARRIER]
        return (idx[0], idx[-1] + 1) if idx else (-1, -1)

    cands: list[_Cand] = []
    for ent in doc.ents:
        label = LABEL_MAP.get(ent.label_.upper())
        if label is None:
            continue
        w0, w1 = word_range(ent.start_char, ent.end_char)
        while w0 < w1 and not any(ch.isalnum() for ch in words[w1 - 1].text):
            w1 -= 1  # "Туском." — the NER took the full stop along
        while w0 < w1 and not any(ch.isalnum() for ch in words[w0].text):
            w0 += 1
        if w0 < 0 or w0 >= w1:
            continue
        for w0, w1 in _pieces_between_commas(words, w0, w1):  # "у Рівному, Коваль наголосив": two names, not one
            end = words[w1 - 1].end
            span_text = text[words[w0].start:end]
            if _unbalanced_quote(span_text) and end < len(text) and text[end] in _CLOSING:
                end += 1  # ТОВ «Айнам» — NER often stops before the closing quote
            cands.append(_Cand(words[w0].start, end, w0, w1, label))

    cands = _repair_name_spans(doc, cands, words, lang, gaz)
    has_ner = doc.has_annotation("ENT_IOB")
    if not has_ner:
        # no trained NER for this language: capitalised-name rules (kg.extract.name_finder)
        for start, end, label in find_names(doc, lang):
            w0, w1 = word_range(start, end)
            if w0 >= 0:
                cands.append(_Cand(words[w0].start, words[w1 - 1].end, w0, w1, label))

    gms = []
    foreign_bodies: set[tuple[int, int]] = set()  # another state's body named by its adjective
    all_matches = _matches_across_dashes(gaz, words, text, lang)
    for n, m in enumerate(all_matches):
        w0, w1 = words[m.start], words[m.end - 1]
        state = _another_state_after(m, all_matches[n + 1] if n + 1 < len(all_matches) else None, words)
        adj = _another_states_adjective(m, words, gaz, lang)
        if adj is not None and state is None:  # "португальського Міністерства внутрішніх справ": Portugal's
            body = _Cand(words[adj].start, w1.end, adj, m.end, "ORG")
            cands = [c for c in cands if not (body.start <= c.start and c.end <= body.end and c.label != "LOC")]
            cands.append(body)
            foreign_bodies.add((body.start, body.end))
            continue
        if state is not None:  # "Міністерство юстиції Словенії": that state's ministry, not ours
            body = _Cand(w0.start, words[state.end - 1].end, m.start, state.end, "ORG")
            cands = [c for c in cands if not (body.start <= c.start and c.end <= body.end and c.label != "LOC")]
            cands.append(body)  # (the recogniser's shorter pieces of it give way)
            continue
        region = _unknown_region_after(m, all_matches, cands, words, lang)
        if region is not None:  # "Центральна виборча комісія Задунайщини": that region's own commission
            body = _Cand(w0.start, region.end, m.start, region.w1, "ORG")
            cands = [c for c in cands if not (body.start <= c.start and c.end <= body.end and c.label != "LOC")]
            cands.append(body)
            continue
        if _located_in_another_state(m, all_matches[n + 1] if n + 1 < len(all_matches) else None, words, lang):
            continue  # "ЦВК у Сеулі": another state's body of that name, not the curated one
        if m.entry.ambiguous and m.end - m.start == 1 and not _quoted(doc, w0, w1):
            if _sentence_initial(doc, w0.tok) and not _outlet_context(doc, w0.tok, lang) and not any(
                    e.entry.key == m.entry.key and e.end - e.start > 1 for e in all_matches[:n]):
                continue  # (after its full name, "Верховна Рада … Рада та Конгрес уклали" is that body)
        if m.end - m.start == 1 and _sentence_initial(doc, w0.tok) and _not_a_noun(w0.text, lang):
            continue  # "Мали місце…" at a sentence start is a verb, not Mali
        if m.end - m.start == 1 and m.entry.type == "ORG" and w0.start > 0 and text[w0.start - 1] in "«„“\"" \
                and m.end < len(words) and words[m.end].text[:1].islower() and words[m.end].text.isalpha():
            continue  # "«Альянс надежды»": the first word of a quoted name, not the body of that word
        if m.end - m.start == 1 and m.entry.type == "ORG" and _plural_of_a_singular_name(w0.text, m.entry.names, lang):
            continue  # "Кабмины двух государств": governments, not the one body named "Кабмин"
        if m.end - m.start == 1 and words[m.start].text.lower() in LEGAL_FORMS:
            continue  # КП, АТ: a legal form before a company name, not an outlet's initials
        if m.end - m.start == 1 and m.entry.type == "LOC" and _name_continues(words, m.end, lang):
            continue  # Софії Київської: the place name is part of a longer name
        if m.end - m.start == 1 and m.entry.type == "ORG" and not w0.text.isupper() and any(
                c.label == "PER" and c.w0 <= m.start - 2 and m.start <= c.w1 and w0.start - words[m.start - 1].end == 1
                and all(words[k].text[:1].isupper() and not words[k].text.isupper() for k in (m.start - 2, m.start - 1))
                for c in cands):
            continue  # "Анной Лаурой Кастро Вагнер": a double surname's end, not the body of that one word
        gms.append(_Cand(w0.start, w1.end, m.start, m.end, m.entry.type, entry=m.entry))

    if has_ner and lang in ("uk", "ru"):
        gms.extend(_towns(doc, words, cands, gms, gaz, lang))
        cands.extend(_titled_names_missed(words, cands, gms, lang))
        cands.extend(_titled_mononyms_missed(words, cands, gms, lang))
        cands.extend(_coordinated_names_missed(words, cands, gms, lang))
        cands = _parties_by_adjectives_missed(doc, words, cands, gms, lang)
        cands.extend(_visited_names_missed(doc, words, cands, gms, lang))
        cands.extend(_settlements_missed(doc, words, cands, gms, lang))
        cands.extend(_regions_missed(words, cands, gms, lang))
        cands.extend(_chambers_missed(words, cands, gms, lang))
        cands = _single_word_bodies(doc, words, cands, gms, lang)
        cands.extend(_ministries_missed(doc, words, cands, gms, lang))
        cands = _bodies_by_adjectives_missed(doc, words, cands, gms, lang)
        cands = _water_bodies(words, cands, gms, lang)
        cands = _particle_names(text, words, cands, gms, lang)
    merged: list[_Cand] = []
    cands = [part for c in cands for part in _split_org_person(c, words, lang, gaz)]
    cands = [part for c in cands for part in _split_place_person(c, cands, gms, words, lang)]
    cands = [part for c in cands for part in _person_before_a_place(c, words, lang)]
    cands = [part for c in cands for part in _split_two_bodies(c, words, lang)]
    cands = [part for c in cands for part in _split_before_known_body(c, words, gms, lang)]
    cands = [part for c in cands for part in _split_chamber_of_parliament(c, words, lang)]
    cands = _with_particle_tails(cands, words, text, lang)
    cands = [_with_coordinated_field(_with_remit_after(_with_name_adjectives_before(
        _with_institution_head(c, words, lang), words, text, lang), words, text, lang), words, lang) for c in cands]
    cands = _named_after_kind(cands, words, lang)
    cands = _capitalised_head_before_body(doc, cands, words, lang, gaz)
    cands = [c for c in cands if not _opening_adjective_alone(doc, c, words, lang)]
    cands = [_with_state_after(_with_state_finished(c, gms, gaz), words, gms, gaz, lang) for c in cands]
    cands = cands + [a for c in cands if c.label != "PER" and words[c.w0].text[:1].islower()
                     and (c.start, c.end) not in foreign_bodies for a in _areas_inside(c, words, gms, lang)]
    # ("администрации [Кольского района] [Мурманской области]": the places inside a body's lower-case span)
    for c in cands:
        if c.label in ("LOC", "ORG") and c.w1 - c.w0 == 1 and c.entry is None \
                and _known_persons_surname(words[c.w0].text, lang, gaz) \
                and not any(g.w0 == c.w0 and g.w1 == c.w1 for g in gms):
            c.label = "PER"  # a known person's surname the recogniser took for a place or a body
        if c.label in ("PER", "ORG") and c.w1 - c.w0 == 1 and c.entry is None and lang in ("uk", "ru") \
                and not _known_persons_surname(words[c.w0].text, lang, gaz) \
                and not _sentence_initial(doc, words[c.w0].tok) and _object_of_a_visit(doc, words, c.w0, lang):
            c.label = "LOC"  # "посетит Х", "відвідає базу Х": the place visited
        if c.label == "PER" and c.w1 - c.w0 == 1 and c.entry is None and lang in ("uk", "ru") \
                and _region_name_ending(words[c.w0].text, lang) and not _known_persons_surname(words[c.w0].text, lang, gaz):
            c.label = "LOC"  # "Брянщина", "Полтавщину": a region's one-word name, no person
        if c.label == "PER" and (c.w1 - c.w0 == 1 or " " not in text[c.start:c.end]) and c.entry is None \
                and lang in ("uk", "ru") and c.w0 > 0 and words[c.w0 - 1].text.islower() and lemma_candidates(words[c.w0 - 1].text, lang) \
                & (word_lists("settlement_nouns.txt").get(lang, frozenset()) | word_lists("site_nouns.txt").get(lang, frozenset())) \
                and not _known_persons_surname(words[c.w0].text, lang, gaz):
            c.label = "LOC"  # "в промзоне Наманве", "у селі Х", "інфраструктуру Х": the settlement's name, no person
        if c.label == "LOC" and c.entry is None and c.w1 - c.w0 == 2 and _given_name_and_surname(words, c, gaz, lang, text) \
                and not any(g.w0 < c.w1 and c.w0 < g.w1 for g in gms):
            c.label = "PER"  # "Олексій Мороз" typed as a place: a given name and a surname
        if c.label in ("LOC", "ORG") and c.entry is None and 3 <= c.w1 - c.w0 <= 4 \
                and _particle_surname(text, words, c.w1 - 1, lang) \
                and all(words[k].text[:1].isupper() for k in range(c.w0, c.w1 - 2)):
            c.label = "PER"  # "Халіда аль-Мансурі" typed as a body: a given name and a surname with its particle
        if c.label == "PER" and c.entry is None and c.w1 - c.w0 >= 3 and c.w0 >= 1 \
                and _title_word(words[c.w0 - 1].text, lang) and gaz.first_name_canon(words[c.w0].text) is None \
                and gaz.first_name_canon(words[c.w0 + 1].text) is not None:
            # "Міський голова [Бара] Іван Мельник": the town of the title ran into the name
            c = _Cand(words[c.w0 + 1].start, c.end, c.w0 + 1, c.w1, "PER")
        if c.label == "PER" and c.entry is None and (q := text.find("«", c.start, c.end)) > c.start \
                and text[c.start:q].strip():
            cut = max(w for w in range(c.w0, c.w1) if words[w].start < q and words[w].text != "«")
            c = _Cand(c.start, words[cut].end, c.w0, cut + 1, "PER")  # "партія [Мадяра «Тиса»]": the name, then the party's
        if c.label == "PER" and c.entry is None and c.start > 0 and text[c.start - 1] in "«„" \
                and text[c.end:c.end + 1] in ("»", "“"):
            c.label = "ORG"  # "фестиваль «Х Y»": a name in quote marks is a festival's or a body's, never a person's
        if c.w1 - c.w0 == 2 and c.entry is None and lang in ("uk", "ru") and _community_noun(words[c.w0 + 1].text, lang) \
                and words[c.w0].text[:1].isupper() and adjective_cases(lang, words[c.w0].text.lower()):
            town = _town_of_the_community(words[c.w0].text, lang, gaz)
            c = _Cand(c.start, c.end, c.w0, c.w1, "LOC", entry=town)  # "Болградська громада": a place, the town's
        c = _cut_at_conjunction(c, words, lang)
        if c is not None:
            c = _cut_at_colon(c, words, text)
        if c is not None:
            c = _party_named_by_adjectives(c, words, lang)
        if c is not None and c.label != "PER" and not _regional_government(c, words, lang):
            c = _cut_before_region(c, words, lang, gms)
            c = _cut_before_area_named(c, words, gms, lang)
            c = _cut_before_venue(c, words, gms, lang)
            c = _cut_sitting_noun(c, words, lang)
        if c is not None:
            c = _trim_lowercase_tail(c, words, lang, text)
        if c is None or (c.label != "PER" and _not_a_name(words[c.w0:c.w1], lang)):
            continue
        if c.label == "PER" and c.entry is None and c.w1 - c.w0 >= 3 and lang in ("uk", "ru") \
                and _sentence_initial(doc, words[c.w0].tok) and gaz.first_name_canon(words[c.w0].text) is None \
                and len(words[c.w0].text) >= 4 and _common_noun_only(words[c.w0].text, lang) \
                and all(w.text[:1].isupper() for w in words[c.w0 + 1:c.w1]) \
                and "Gen" in word_cases(lang, words[c.w0 + 1].text) and "Nom" not in word_cases(lang, words[c.w0 + 1].text):
            c = _Cand(words[c.w0 + 1].start, c.end, c.w0 + 1, c.w1, "PER")  # "[Блок] Анвара Ібрагіма": a common noun
            # opening the sentence, its genitive the name (not "Коваль Іван": a surname, then a nominative given name)
        if c.label == "PER" and c.entry is None and any(ch.isdigit() for ch in text[c.start:c.end]):
            continue  # "Т-72", "Су-34": a model's designation, no person's name
        if c.label == "PER" and c.entry is None and _nationality_and_title(words[c.w0:c.w1], gaz, lang):
            continue  # "[Мьянманский министр]", "[Мьянманский]": a nationality adjective (and a title), no person
        if c.label == "ORG" and _states_running_on(c, words, gms, lang):
            continue  # "з Польщею та Литвою спільне будівництво мосту": the states are found by the gazetteer
        if c.entry is None and c.label != "PER" and _sentence_initial(doc, words[c.w0].tok) \
                and not _quoted(doc, words[c.w0], words[c.w1 - 1]) and _adjective_and_common_nouns(words[c.w0:c.w1], lang) \
                and gaz.demonym(words[c.w0].text, lang) is not None:
            continue  # "Російські ударні безпілотники …", "Іракські міста" opening a sentence: no name
        if c.entry is None and _ordinal_and_common_nouns(words[c.w0:c.w1], lang) and not (
                c.w1 - c.w0 >= 3 and lemma_candidates(words[c.w1 - 1].text, lang)
                & word_lists("body_nouns.txt").get(lang, frozenset())):
            # (but "Пятый кассационный военный суд": an ordinal, adjectives and a court are a body's name)
            continue  # "Первый саммит …" opening a sentence: an ordinal and a common noun, no name
        if c.label == "ORG" and _places_paired(c, gms, text):
            continue  # "саммит «Россия — Африка»": two places paired by a dash name the meeting's sides, no body
        if c.w1 - c.w0 == 1 and _common_name(words[c.w0].text, lang):
            continue  # "атака БПЛА", "средства ПВО", "ракетами «Калібр»": common nouns written like names
        if c.entry is None and _model_after_hardware_noun(words, c, lang, text):
            continue  # "винищувачів Gripen", "ракети Taurus": a weapon's model, no organisation or person
        if c.label != "PER" and c.w1 - c.w0 == 1 and _common_word_at_start(doc, words[c.w0], lang) \
                and not any(g.start == c.start and g.end == c.end for g in gms):
            continue  # "Совет", "Посольство" opening a sentence: a common noun, not a name
        while c.label != "PER" and c.w1 - c.w0 > 1 and (_title_word(words[c.w0].text, lang) or (
                c.w1 - c.w0 > 2 and _not_a_noun(words[c.w0].text, lang) and _title_word(words[c.w0 + 1].text, lang))):
            c = _Cand(words[c.w0 + 1].start, c.end, c.w0 + 1, c.w1, c.label)  # "Речниця МЗС", "Генеральний секретар …"
        if c.label == "PER" and c.entry is None and c.w1 - c.w0 == 1 and _title_word(words[c.w0].text, lang) \
                and re.search(r"(?<!\w)" + re.escape(words[c.w0].text.lower()) + r"(?!\w)", text):
            continue  # "Аким подчеркнул …" after "аким Костанайской области": the title, no one's name
        if c.label != "PER" and c.entry is None and _title_word(words[c.w1 - 1].text, lang) and all(
                _not_a_noun(words[k].text, lang) for k in range(c.w0, c.w1 - 1)) \
                and not any(g.start == c.start and g.end == c.end for g in gms):
            continue  # "Генеральний секретар" opening a sentence: a title, no name
        k = c.w0 + 1 if c.w1 - c.w0 > 2 and gaz.demonym(words[c.w0].text, lang) is not None else c.w0
        if c.w1 - k > 1 and words[k + 1].text[:1].isupper() and _outlet_noun(words[k].text, lang):
            c = _Cand(words[k + 1].start, c.end, k + 1, c.w1, "ORG")  # "[(Японська) телекомпанія] Daily Courier"
        if c.label == "ORG" and c.w1 - c.w0 == 2 and gaz.demonym(words[c.w0].text, lang) is not None \
                and words[c.w0 + 1].text[:1].islower() and (c.start == 0 or text[c.start - 1] not in "«\"„“'"):
            continue  # "польська делегація", "українська сторона": a nationality and a common noun
        if c.label != "PER" and c.w1 - c.w0 > 1 and (c.start, c.end) not in foreign_bodies and (
                _people_noun(words[c.w0].text, lang, gaz) or (
                _group_noun(words[c.w0].text, lang) and _sentence_initial(doc, words[c.w0].tok))) \
                and words[c.w0 + 1].text[:1].isupper():
            c = _Cand(words[c.w0 + 1].start, c.end, c.w0 + 1, c.w1, c.label)  # "Россиянам МИД"
        if c.label == "ORG" and words[c.w0].text[:1].islower() and (c.start, c.end) not in foreign_bodies:
            k = next((k for k in range(c.w0 + 1, c.w1 - 1) if words[k].text[:1].isupper()), None)
            if k is not None and institutions._nominative(words[k].text, lang) is not None and not any(
                    g.w0 <= k < g.w1 for g in gms) and not any(
                    words[x].text in _REMIT_PREPS.get(lang, ()) for x in range(k + 1, c.w1)):
                # (not "комітету Ради з питань …": the remit is the lower-case body's, which is named so)
                c = _Cand(words[k].start, c.end, k, c.w1, "ORG")  # "[пресс-службе] Министерства энергетики": the body
        if c.label != "PER" and _regional_government(c, words, lang):
            c = _Cand(c.start, c.end, c.w0, c.w1, "ORG")  # "в правительстве Тверской области": the region's government
        elif c.label != "PER" and words[c.w0].text[:1].islower() and not any(
                g.start == c.start and g.end == c.end for g in gms) and (c.start, c.end) not in foreign_bodies:
            continue  # "правительство Грузии", "центре Тбилиси": the gazetteer name inside stays
        if c.label == "ORG" and lang in ("uk", "ru") and (end := _coordinated_adjectives_after(c, words, gms, lang)):
            c = _Cand(c.start, words[end - 1].end, c.w0, end, "ORG")  # "Министерство морского [и речного транспорта]"
        if c.w1 - c.w0 >= 2 and words[c.w0].text[:1].isascii() and words[c.w0].text[:1].isalpha() and (cut := next(
                (k for k in range(c.w0 + 1, c.w1) if is_cyrillic(words[k].text) and words[k].text.islower()), None)):
            c = _Cand(c.start, words[cut - 1].end, c.w0, cut, c.label)  # "[Blue Horizon] береговой охраной"
        if c.label == "PER" and c.entry is None and all(words[k].text.islower() for k in range(c.w0, c.w1)):
            continue  # "3 фев" in a dateline: a lower-case word is no one's name
        if c.label == "PER" and c.w1 - c.w0 == 1 and _INNER_CAPITALS.search(words[c.w0].text):
            c = _Cand(c.start, c.end, c.w0, c.w1, "ORG", norm=words[c.w0].text, words=[words[c.w0].text])
            # "ГрадИНФО", "ЖурДом": an agency's short name as written, no person
        if c.label == "PER":
            while c.w1 - c.w0 > 1 and words[c.w0].text[:1].islower() and len(words[c.w0].text) > 3 \
                    and words[c.w0 + 1].text[:1].isupper():
                c = _Cand(words[c.w0 + 1].start, c.end, c.w0 + 1, c.w1, c.label)  # "спецпосланник Ян Коваль"
            while c.w1 - c.w0 > 1 and words[c.w0].text[:1].isupper() and words[c.w0 + 1].text[:1].isupper() \
                    and _title_word(words[c.w0].text, lang):
                c = _Cand(words[c.w0 + 1].start, c.end, c.w0 + 1, c.w1, c.label)  # title written with a capital
            c = _trim_foreign_edges(c, gms, words)
            while c is not None and c.w1 - c.w0 > 1 and words[c.w0].text.isupper() and len(words[c.w0].text) > 1:
                c = _Cand(words[c.w0 + 1].start, c.end, c.w0 + 1, c.w1, c.label)  # "ICU Гонтарєва"
            if c is None:
                continue
        crossing = next((g for g in gms if g.label == "PER" and c.w0 < g.w0 < c.w1 < g.w1), None)
        if c.label != "PER" and crossing is not None and all(any(g.label == "LOC" and g.w0 <= k < g.w1 for g in gms)
                                                             for k in range(c.w0, crossing.w0)):
            continue  # "[Китаю Ван] І": a known place, then a known person's name the recogniser cut: the two stay
        inside = [g for g in gms if g.start >= c.start and g.end <= c.end]
        if len(inside) >= 2 and c.entry is None and c.label == "LOC" and all(g.label == "LOC" for g in inside) \
                and all(any(g.w0 <= k < g.w1 for g in inside) for k in range(c.w0, c.w1)):
            continue  # "[Сербії Дунаєм]": known places side by side, run together by the recogniser (an outlet's name
            # with a place, "BBC Europe", is one)
        if c.label != "PER" and any(g.label == "PER" and c.w0 < g.w0 and g.w1 < c.w1 for g in inside):
            continue  # "[МЗС X Ван І. Коваль]/ORG": a known person's name inside runs two names together
        head = max((g.w1 for g in inside if g.start == c.start and g.w1 < c.w1), default=None)
        if c.label != "PER" and head is not None and lang in ("uk", "ru") \
                and all(words[k].text[:1].islower() and words[k].text.isalpha() for k in range(head, c.w1)) \
                and (not word_cases(lang, words[head - 1].text.lower()) & word_cases(lang, words[head].text.lower())
                     or _event_noun(words[head].text, lang)):  # ("в Вене консультации": an event noun is no name's)
            # "Москве рабочее совещание": a known name and common words in another case after it; the
            # name stays (a company "<Name> нефть" agrees with it: one name)
            continue
        covering = [g for g in gms if g.start <= c.start and g.end >= c.end]
        if covering:
            continue  # the gazetteer name is at least as long: it wins
        if any(g.start == c.start and g.end == c.end for g in inside):
            continue
        partial = [g for g in gms if g.start < c.end and g.end > c.start and g not in inside]
        if any(g.end - g.start >= c.end - c.start for g in partial):
            continue  # crossing spans: the longer one wins
        for g in partial:
            gms.remove(g)
        if c.label == "PER":
            for g in inside:
                gms.remove(g)  # Софія in a person's name is not the city
        elif c.label in ("LOC", "ORG") and lang in ("uk", "ru"):
            for g in list(inside):  # "Западной Африки", "Центральної Європи": a region, no mention of the continent
                # (a state's name in a party's is: "«Единая Латвия»"; a town's in a quoted name is not: "«Суспільне Рівне»")
                if g.label == "LOC" and c.label == "ORG" and not getattr(g.entry, "alpha2", None) \
                        and _quoted(doc, words[c.w0], words[c.w1 - 1]):
                    gms.remove(g)
                elif g.label == "LOC" and g.end == c.end and g.w0 > c.w0 and not getattr(g.entry, "alpha2", None) \
                        and not _quoted(doc, words[c.w0], words[c.w1 - 1]) and all(
                        adjective_cases(lang, words[k].text.lower()) or text[words[k].end] in _HYPHENS
                        for k in range(c.w0, g.w0)):
                    gms.remove(g)
                    c.label = "LOC"  # (typed as a body by the recogniser: adjectives and a place are a place)
                elif g.label == "LOC" and c.label == "ORG" and g.w0 == c.w0 and g.w1 == g.w0 + 1 < c.w1 \
                        and not getattr(g.entry, "alpha2", None) and words[g.w1].text.islower() \
                        and adjective_cases(lang, words[g.w0].text.lower()) & adjective_cases(lang, words[g.w1].text.lower()):
                    gms.remove(g)  # "Новосибирский государственный университет": the town's adjective, no mention of it
        # nested gazetteer names inside an ORG/LOC span (ООН in Детский фонд ООН) stay as mentions
        merged.append(c)
    merged.extend(gms)
    for c in [c for c in merged if c.label == "PER" and c.w1 < len(words) and _regnal_number(words[c.w1].text)
              and words[c.w1].start - words[c.w1 - 1].end == 1 and words[c.w1 - 1].text[:1].isupper()]:
        # "Фредерік X", "Карл III": a monarch's number ends his name (not the network X, not a list's numeral)
        merged = [o for o in merged if not (o is not c and o.w0 == c.w1 and o.w1 == c.w1 + 1)]
        c.end, c.w1, c.norm, c.words = words[c.w1].end, c.w1 + 1, "", []
    # organisations nested in a gazetteer name stay mentions too (ООН in Генеральна Асамблея ООН), and
    # so do states in a known organisation's name (РФ in Міноборони РФ); other places inside do not
    for g in [c for c in merged if c.entry is not None and c.w1 - c.w0 >= 2]:
        for m in _matches_across_dashes(gaz, words[g.w0 + 1:g.w1], text, lang):
            if m.entry.type == "ORG" and m.start == 0 and g.w0 + 1 + m.end == g.w1 \
                    and adjective_cases(lang, words[g.w0].text.lower()):
                continue  # "португальського [Міністерства внутрішніх справ]": the body's own name after its adjective
            if m.entry.key != g.entry.key and (m.entry.type == "ORG" or (
                    g.entry.type == "ORG" and m.entry.type == "LOC" and m.entry.alpha2)):
                w0, w1 = g.w0 + 1 + m.start, g.w0 + m.end
                merged.append(_Cand(words[w0].start, words[w1].end, w0, w1 + 1, m.entry.type, entry=m.entry))

    # quoted outlet names the NER missed: "розповів «Нашим грошам»", "в интервью «Коммерсанту»"
    for q in outlets.find(text, lang):
        over = [c for c in merged if c.start < q.end and q.start < c.end]
        if any(not (q.start <= c.start and c.end <= q.end) or c.entry is not None or c.outlet
               or ((c.start, c.end) == (q.start, q.end) and (c.label == "ORG" or not q.after_noun)) for c in over):
            continue  # ("газета The Sydney Morning Herald": the recogniser's shorter span inside, or a person, gives way)
        w0, w1 = word_range(q.start, q.end)
        if w0 >= 0:
            merged = [c for c in merged if c not in over]
            merged.append(_Cand(words[w0].start, words[w1 - 1].end, w0, w1, "ORG", norm=_display(q.words),
                                words=q.words, outlet=True))

    # "партия «Свобода и солидарность»": the whole quoted name after an organisation noun, not a word of it
    for q in quoted_orgs.find(text, lang):
        if any(c.start <= q.start and q.end <= c.end and (c.entry is not None or c.outlet or (
                c.start == q.start and c.end == q.end)) for c in merged):
            continue  # a curated or outlet name as long, or the recogniser's own span
        w0, w1 = word_range(q.start, q.end)
        if w0 < 0:
            continue
        if w0 >= 2 and _outlet_noun(words[w0 - 2].text, lang) and any(
                c.entry is not None and c.start == q.start and c.label == "ORG" for c in merged):
            continue  # "видання «Суспільне Суми»": a known outlet's regional edition is that outlet
        merged = [c for c in merged if not (c.start < q.end and q.start < c.end)]
        merged.append(_Cand(words[w0].start, words[w1 - 1].end, w0, w1, "ORG", norm=_display(q.words), words=q.words))

    # "аеродром Липки": the installation, not the town or a person of that name
    for inst in institutions.installations([w.text for w in words], _BARRIER, lang):
        if any(c.entry is not None and c.w0 < inst.w1 and inst.w0 < c.w1 and c.w1 - c.w0 >= inst.w1 - inst.w0
               for c in merged):
            continue  # a curated name as long wins ("Єлисейський палац" stands for the French presidency)
        person = next((c for c in merged if c.label == "PER" and inst.w0 + 1 < c.w0 < inst.w1 <= c.w1
                       and words[inst.w0 + 1].text != _BARRIER), None)
        if person is not None:  # "во Дворце Республики [Алексей Петренко]": the name ends before the person
            inst = institutions.Installation(inst.w0, person.w0, inst.words[:person.w0 - inst.w0])
        merged = [_Cand(words[inst.w1].start, c.end, inst.w1, c.w1, "PER")
                  if c.label == "PER" and inst.w0 < c.w0 < inst.w1 < c.w1 and c.entry is None else c
                  for c in merged]  # "палаці [Шенбрунн Коваля]": the person after the building's name
        merged = [c for c in merged if not (c.label == "PER" and c.w0 == inst.w1 and lang in ("uk", "ru") and not any(
            w.text[:1].isupper() for w in words[c.w0:c.w1]))]  # ("палаці [Х король]": a title, no name)
        merged = [c for c in merged if not ((c.label != "LOC" and inst.w0 <= c.w0 and c.w1 <= inst.w1)
                                            or (c.w0 < inst.w1 and inst.w0 < c.w1 and not (
                                                inst.w0 <= c.w0 and c.w1 <= inst.w1)))]  # a name across it
        norm = _display(inst.words)
        merged.append(_Cand(words[inst.w0].start, words[inst.w1 - 1].end, inst.w0, inst.w1, "LOC",
                            norm=norm, words=inst.words, key=f"loc:{slug(norm)}"))
    # "Криворізьку теплову електростанцію": the plant, not a person or the town
    for inst in institutions.plants([w.text for w in words], lang):
        if any(c.w0 < inst.w1 and inst.w0 < c.w1 and ((c.entry is not None and not (
                c.label == "LOC" and inst.w0 <= c.w0 and c.w1 < inst.w1)) or c.w1 - c.w0 >= inst.w1 - inst.w0)
               for c in merged):
            continue  # the recogniser's or a curated name as long wins (a town read in the plant's adjective does not:
            # "Рівненська АЕС")
        merged = [c for c in merged if not (c.w0 < inst.w1 and inst.w0 < c.w1)]
        merged.append(_Cand(words[inst.w0].start, words[inst.w1 - 1].end, inst.w0, inst.w1, "ORG",
                            norm=_display(inst.words), words=inst.words))
    for c in merged:
        if c.label == "LOC" and c.w1 - c.w0 >= 2 and lang in ("uk", "ru") and words[c.w0].text[:1].isupper() \
                and institutions._nominative(words[c.w0].text, lang) is not None and any(
                    m.start == 0 and m.end == c.w1 - c.w0 - 1 and getattr(m.entry, "alpha2", None)
                    for m in gaz.matches([w.text for w in words[c.w0 + 1:c.w1]], lang)):
            # "[Посольстві Росії]" taken for a place: the institution noun opens no name of the state after it
            c.start, c.w0, c.entry, c.norm, c.key, c.words = words[c.w0 + 1].start, c.w0 + 1, None, "", None, []
    # "прокуратура Запорізької області", "посольства Эквадора": an institution of that place
    for inst in institutions.find([w.text for w in words], [(c.w0, c.w1, c.label) for c in merged], lang):
        if inst.leadership:  # "с руководством Парагвая": a mention of the place itself
            place = next((o for o in merged if o.w0 == inst.w0 + 1 and o.w1 == inst.w1), None)
            if place is not None:
                place.start, place.w0 = words[inst.w0].start, inst.w0
            continue
        c = _Cand(words[inst.w0].start, words[inst.w1 - 1].end, inst.w0, inst.w1, "ORG",
                  norm=_display(inst.words), words=inst.words)
        named = _with_name_adjectives_before(c, words, text, lang)  # "Народна партія Австрії": a name
        if named is not c:
            c = _Cand(named.start, named.end, named.w0, named.w1, "ORG")
            merged[:] = [o for o in merged if not (c.w0 <= o.w0 and o.w1 <= inst.w0)]  # (the adjectives' own spans)
        merged.append(c)

    # "в аппарате эстонского премьера": the office of a head of state or government, named by title
    covered = {k for c in merged for k in range(c.w0, c.w1)}
    for inst in institutions.offices([w.text for w in words], covered, lang):
        merged.append(_Cand(words[inst.w0].start, words[inst.w1 - 1].end, inst.w0, inst.w1, "ORG",
                            norm=_display(inst.words), words=inst.words))

    # surnames of gazetteer persons (Шольцу, Зеленським) the NER missed are mentions too: of persons the
    # article names in full, else only a word that is nothing but a surname (not one that is also an adjective)
    taken = set()
    named = {c.entry.key for c in merged if c.entry is not None and c.entry.type == "PER"}
    for c in merged:
        taken.update(range(c.w0, c.w1))
    for i, w in enumerate(words):
        if i in taken or w.text == _BARRIER or not w.text[:1].isupper() or len(w.text) < 3:
            continue
        if w.text.isupper() or not _distinctive_surname(w.text, lang, strict=True):
            continue
        if i + 1 < len(words) and words[i + 1].text[:1].isupper() and words[i + 1].start - w.end <= 1:
            continue  # part of a longer capitalised name (Тихий океан is lowercase; Тихий Дон is not a person)
        for cand_form in _word_forms(w.text, lang):
            e = gaz.person_by_surname(cand_form)
            if e is not None and (not has_ner or e.key in named or _only_a_surname(w.text, lang) or (
                    e.head and e.labels.get(lang, "").split()[-1:] == [w.text])):
                # (a leader's surname in the nominative, as the gazetteer writes it: "Зеленський" opening a paragraph)
                merged.append(_Cand(w.start, w.end, i, i + 1, "PER"))
                taken.add(i)
                break

    # surnames of persons the article names in full, where the NER missed them ("Коваль заявил …")
    full_surnames = {translit(words[c.w1 - 1].text) for c in merged if c.label == "PER" and c.w1 - c.w0 >= 2}
    # a surname written exactly as in the full name (an undeclined foreign one: "Ганною Лис" … "Лис") even when
    # it is short or also a common word's form, away from a sentence start
    as_written = {words[c.w1 - 1].text for c in merged if c.label == "PER" and (
        c.w1 - c.w0 >= 2 or (is_cyrillic(words[c.w0].text) and _name_only(words[c.w0].text, lang)))}
    # (one Cyrillic name alone: "Сугирто", not a common word; a Latin one may be an outlet the recogniser took for a person)
    # the given name of a name with "son of" in it, by which its bearer is called ("король Абдалла")
    as_written |= {words[c.w0].text for c in merged if c.label == "PER" and c.w1 - c.w0 >= 3 and any(
        words[k].text.lower() in SON_OF | SON_OF_OPENING for k in range(c.w0 + 1, c.w1 - 1))}
    # a surname that is also a first name elsewhere ("Марко Мирон" … "Мирон заявив") is his, unless the article
    # has someone of that first name
    first_names = {translit(words[c.w0].text) for c in merged if c.label == "PER" and c.w1 - c.w0 >= 2}
    # the first part of a compound surname closing a full name ("Анна Мюллер-Гросс" … "Мюллер-Гросс сказала")
    hyphen_heads = {words[h].text for c in merged if c.label == "PER" and c.w1 - c.w0 >= 2
                    for h in [_hyphen_run(text, words, c.w1 - 1)[0]] if c.w0 < h < c.w1 - 1}
    particles = name_particles(lang) if lang in ("uk", "ru") else frozenset()
    for i, w in enumerate(words if full_surnames or as_written else []):
        if i in taken or w.text == _BARRIER or not w.text[:1].isupper() or len(w.text) < 3 or w.text.isupper():
            continue
        if i + 1 < len(words) and words[i + 1].text[:1].isupper() and words[i + 1].start - w.end <= 1:
            continue
        t = translit(w.text)
        h0 = _hyphen_run(text, words, i)[0]
        if h0 < i and words[h0].text in hyphen_heads and not any(k in taken for k in range(h0, i)):
            merged.append(_Cand(words[h0].start, w.end, h0, i + 1, "PER"))  # "Мюллер-Гросс" again, at a sentence start
            taken.update(range(h0, i + 1))
            continue
        if (w.text in as_written and (not _sentence_initial(doc, w.tok) or _name_only(w.text, lang)
                                      or _clause_goes_on(doc, w.tok))) or (len(w.text) >= 4 and any(
                _same_surname(f, t) for f in full_surnames) and (_distinctive_surname(w.text, lang) or not any(
                    _same_surname(g, t) for g in first_names))):
            p0 = i - 1 if i > 0 and i - 1 not in taken and (words[i - 1].text in particles or (
                words[i - 1].text.lower() in particles and _sentence_initial(doc, words[i - 1].tok))) \
                and text[words[i - 1].end:w.start] in _HYPHENS else i  # "аль-Бусаиди": the article goes with it
            # (capitalised opening a sentence: "Аль-Бусаиди заявил")
            merged.append(_Cand(words[p0].start, w.end, p0, i + 1, "PER"))
            taken.update(range(p0, i + 1))

    if has_ner:
        merged.extend(_same_word_again(doc, words, merged, taken, lang))
        merged.extend(_surname_opening_a_sentence(doc, words, merged, taken, lang))
        merged.extend(_person_the_ner_took_for_a_body(doc, words, merged, taken, lang))
        merged.extend(_members_for_their_party(words, merged, taken, lang))
        merged.extend(_quoted_name_again(doc, words, merged, taken))
        _latin_name_again(words, merged)
    merged.extend(_demonym_capital(words, merged, taken, gaz, lang))

    merged = [c for c in merged if not _in_spans(c.start, c.end, skip)]
    merged.sort(key=lambda c: c.start)
    merged = [_latin_outlet_name(_latin_name_after_common_words(c, words, text, lang), words, text, lang) for c in merged]
    merged = _latin_names_run_on(merged, words, text, lang)
    latin_names = [c for c in merged if c.label == "ORG" and all(_latin(words[k].text) or words[k].text in _HYPHENS
                                                             for k in range(c.w0, c.w1))]
    merged = [c for c in merged if not any(o is not c and o.w0 <= c.w0 and c.w1 <= o.w1 and o.w1 - o.w0 > c.w1 - c.w0
                                           for o in latin_names)]  # ("Monaco" inside "Monaco-Matin")
    merged = _names_opened_by_the(merged, words, text, lang)
    _persons_named_alike(merged, text)

    merged = [_drop_glued_word(c, words, lang) for c in merged]
    merged = [_region_taken_for_a_person(c, words, lang) for c in merged]
    merged = [_without_opening_epithet(doc, c, words, merged, lang) for c in merged]
    merged = _split_coordinated_persons(text, merged, lang)
    merged = _split_two_surnames(text, merged, lang, gaz)
    merged = _split_coordinated_adjectives(text, merged, lang)
    _sources_of_figures(merged, words, lang)
    _surnames_the_ner_mistyped(merged, words, text)

    # ---- 2. normalise ---------------------------------------------------------------------
    for c in merged:
        if c.words:  # set by a coordination split: only the gazetteer look-up is left
            e = gaz.find(c.norm, lang, c.label)
            if e is None and c.label == "PER":
                e = gaz.person_by_name(c.norm)
            if e is not None:
                c.entry, c.key = e, e.key
            continue
        surface = name_words(text[c.start:c.end])
        if not surface:
            surface = [words[i].text for i in range(c.w0, c.w1) if words[i].text != _BARRIER]
        if c.entry is not None:
            c.words = surface
            if c.label == "PER":
                c.words, c.gender = normalize_person(surface, lang)
            else:
                c.words = _phrase_norm(doc, words, c, surface, lang)
            c.norm = _display(c.words)
            c.key = c.entry.key
            continue
        outlet = _outlet_context(doc, words[c.w0].tok, lang) and (
            c.label == "LOC" or (c.label == "PER" and not _names_a_person(surface, merged, text, gaz, lang)))
        if outlet and c.label in ("PER", "LOC"):
            c.label = "ORG"  # "агентство Анадолу", "газета Гардиан": the outlet noun says what it is
        elif c.label == "PER" and c.w0 > 0 and _after_place_noun(words[c.w0 - 1].text, lang) \
                and not (c.w0 > 1 and words[c.w0 - 2].text[:1].isupper()) \
                and not _names_a_person(surface, merged, text, gaz, lang):
            # "во дворце Монтевиль": a landmark, not a person ("У Кришталевому палаці Коваль" is a person)
            c.label = "LOC"
        if c.label == "PER":
            c.words, c.gender = normalize_person(surface, lang, _title_cases(words, c.w0, lang))
        elif outlet:
            c.words = surface  # a name in apposition to its outlet noun stays as written
        else:
            c.words = _phrase_norm(doc, words, c, surface, lang)
        c.norm = _display(c.words)
        e = gaz.find(c.norm, lang, c.label) or gaz.find(" ".join(surface), lang, c.label)
        if e is None and c.label == "ORG":
            core = core_name(text[c.start:c.end], c.norm)
            if core != c.norm:
                e = gaz.find(core, lang, "ORG")  # НАК «Нафтогаз України» is Naftogaz
        if e is None and c.label == "PER" and len(c.words) >= 2:
            e = gaz.person_by_name(c.norm)
        if e is not None and e.type == "ORG" and e.country and c.w1 < len(words) and any(
                _located_in_another_state(GazMatch(e, c.w0, c.w1), m, words, lang) for m in all_matches
                if m.start == c.w1 + 1):
            e = None  # "ЦВК у Сеулі": that state's own commission, not the curated one
        if e is not None:
            c.entry, c.key = e, e.key

    for c in merged:
        if c.same_as is not None and c.same_as in merged:  # "в Жовтанцях" is the "Жовтанці" found before
            c.words, c.norm, c.entry, c.key = c.same_as.words, c.same_as.norm, c.same_as.entry, c.same_as.key

    for c in merged:
        state = c.entry
        _capital_of_the_country(c, words, gaz, lang)
        if c.entry is state or lang not in ("uk", "ru"):
            continue
        # "в столицу Республики X Y": the name after the phrase is the capital itself, the state stays the state
        after = next((o for o in merged if o.w0 == c.w1 and o.w1 == c.w1 + 1 and o.label in ("PER", "ORG", "LOC")
                      and o.entry is None), None)
        if after is not None and words[after.w0].start - words[c.w1 - 1].end == 1 \
                and not _a_known_personal_name(words[after.w0].text, lang):
            after.label, after.entry, after.key = "LOC", c.entry, c.entry.key
            c.start, c.w0, c.entry, c.key = words[c.w0 + 1].start, c.w0 + 1, state, state.key

    # ---- 3. persons: full names, then surnames -------------------------------------------
    full: list[_Cand] = [c for c in merged if c.label == "PER" and len(c.words) >= 2
                         and not is_patronymic(c.words[-1]) and not _is_initial(c.words[0])
                         and not _particle_first(c.words[0], particles)]
    full = [c for c in full if not _given_name_and_patronymic_of_another(c, full, gaz, lang)]
    for c in full:
        if c.key is None:
            c.key = person_key(c.words, gaz)
    _merge_close_full_names(full, gaz, text)
    for c in merged:  # "Хуан Пабло" after "Хуан Пабло Гора": the given names of one person named in full
        if c.label == "PER" and c.entry is None and len(c.words) >= 2:
            n = len(c.words)
            longer = {f.key: f for f in full if len(f.words) > n and f.key != c.key
                      and [translit(w.lower()) for w in f.words[:n]] == [translit(w.lower()) for w in c.words]}
            if len(longer) == 1:
                f = next(iter(longer.values()))
                c.key, c.entry, c.gender = f.key, f.entry, c.gender or f.gender
    for c in merged:  # "Віктор Андрійович": first name + patronymic of a person named in full
        if c.label == "PER" and len(c.words) == 2 and c.key is None \
                and (is_patronymic(c.words[-1]) or _patronymic_in(c.words[-1], lang)):
            canon = gaz.first_name_canon(c.words[0]) or slug(c.words[0])
            hits = [f for f in full if (gaz.first_name_canon(f.words[0]) or slug(f.words[0])) == canon]
            if len({h.key for h in hits}) == 1:
                c.key, c.entry, c.gender = hits[0].key, hits[0].entry, hits[0].gender
            else:
                c.key = person_key(c.words, gaz)
    for c in merged:  # "домовилися з Мареком": a one-word place or body the NER made of a named person's first name
        if c.label in ("LOC", "ORG") and c.entry is None and c.key is None and len(c.words) == 1 \
                and _link_given_name(c, full, lang, gaz) is not None:
            c.label = "PER"
    for c in merged:
        if c.label == "PER" and c.entry is not None and len(c.words) == 1:
            # "X-а" after "Олег X": the namesake the article names in full, not the curated one
            target = _link_surname(c, full, lang, text[c.start:c.end])
            if target is not None and target.key != c.key and (target.entry is None or target.entry.key != c.entry.key):
                c.key, c.entry, c.gender = target.key, target.entry, c.gender or target.gender
            continue
        if c.label != "PER" or c.entry is not None:
            continue
        if len(c.words) == 2 and c.words[0].lower() in SON_OF:
            # "Бен Рашид" opening a sentence after "Мухаммед бен Рашид": that person, not a given name Ben
            tail = [translit(w.lower()) for w in c.words]
            same = [f for f in full if f is not c and len(f.words) > 2
                    and [translit(w.lower()) for w in f.words[-2:]] == tail]
            if len({f.key for f in same}) == 1:
                c.key, c.entry, c.gender = same[0].key, same[0].entry, c.gender or same[0].gender
                continue
        if len(c.words) > 1 and not all(_is_initial(w) or _particle_first(w, particles) for w in c.words[:-1]):
            continue  # full names are keyed above; "Ф. Мбазаа" is a surname with an initial, "Улд Бейбакар" one
            # with a particle
        target = _link_surname(c, full, lang, text[c.start:c.end]) or _link_given_name(c, full, lang, gaz) \
            or (_link_given_name(c, full, lang, gaz, known=True) if _inside_quotation(text, c.start) else None)
        if target is not None:
            c.key, c.entry = target.key, target.entry
            c.gender = c.gender or target.gender
            continue
        if c.key is None:
            e = None
            # (the written word too: the normaliser may read a surname in -а as another case of a stem in a consonant)
            written = text[c.start:c.end].split()[-1]
            forms = [f for w in dict.fromkeys((c.words[-1], written)) if _distinctive_surname(w, lang)
                     for f in _word_forms(w, lang)]
            for form in forms:
                e = gaz.person_by_surname(form)
                if e is not None:
                    break
            if e is not None:
                c.key, c.entry = e.key, e
            elif _common_word_at_start(doc, words[c.w0], lang):
                c.label = "DROP"  # a capitalised common noun the NER took for a name
            else:
                c.key = person_key(c.words, gaz)
    merged = [c for c in merged if c.label != "DROP"]

    # ---- 4. short forms (МИД <- МИД России), acronyms <-> expansions, other names --------------
    multi = [c for c in merged if c.label in ("ORG", "LOC") and len(c.words) >= 2]
    _expansion_before_acronym(merged, text)
    for c in merged:
        if c.key is None and (c.label == "ORG" or (c.label == "LOC" and c.entry is None and len(c.words) == 1)):
            longer = _longer_org(text, c, merged, lang)  # (a body's short name the NER took for a place)
            if longer is not None:
                c.key, c.entry, c.label = longer.key, longer.entry, "ORG"
    for c in merged:
        if c.key is None and c.label == "ORG" and len(c.words) == 1:
            body = _ministry_of_the_holder(doc, words, c, merged, gaz, lang) or _home_ministry(c, words, gaz, lang)
            if body is not None:  # "глава МИД Иван Петров": the ministry of the minister's state
                c.key, c.entry = body.key, body
    # an acronym its bracket tied to an expansion is that organisation wherever else it stands alone
    bracketed = {text[c.start:c.end]: c for c in merged if c.key is not None and c.entry is None
                 and len(c.words) == 1 and text[c.start:c.end].isupper()}
    for c in merged:
        if c.key is not None:
            continue
        tied = bracketed.get(text[c.start:c.end])
        if tied is not None and tied.label == c.label:
            c.key = tied.key
            continue
        if len(c.words) == 1 and c.words[0].isupper() and 2 <= len(c.words[0]) <= 6:
            acr = c.words[0].upper()
            exp = next((m for m in multi if _initials(m.words) == acr), None) or next(
                (m for m in multi if len(acr) >= 3 and _subsequence(acr, _initials(m.words))), None)
            if exp is None and len(acr) >= 3:
                # "ОВА" after "Полтавської обласної військової адміністрації": the acronym of the kind, the
                # place's adjective left out; only when one name of the article fits
                fits = {m.key or m.norm: m for m in multi if len(m.words) == len(acr) + 1
                        and _initials(m.words)[1:] == acr and m.start < c.start}
                exp = next(iter(fits.values())) if len(fits) == 1 else None
            if exp is None:
                # "ОВА" after "Одеської ОВА": the name it closes, the place's adjective left out (one such name only)
                ends = {m.key or m.norm: m for m in multi if m.label == "ORG" and m.words[-1] == c.words[0]
                        and m.start < c.start}
                exp = next(iter(ends.values())) if len(ends) == 1 else None
            if exp is not None:
                if exp.key is None:
                    exp.key = f"{exp.label.lower()}:{slug(exp.norm)}"
                c.key, c.entry, c.label = exp.key, exp.entry, exp.label
                continue
        c.key = f"{c.label.lower()}:{slug(core_name(text[c.start:c.end], c.norm))}"
    _merge_types(merged)
    merged = [c for c in merged if not _place_inside_a_quoted_name(c, merged, text, doc, words, lang)]
    _town_told_before(words, merged, text, lang)
    merged, party_of = _party_of_its_leader(doc, words, merged, lang)

    # ---- 5. entities and mentions ---------------------------------------------------------
    for c in merged:
        if c.entry is not None:
            ent = entity_from_entry(c.entry, gaz)
        else:
            ent = Entity(key=c.key, type=c.label, name=c.norm, labels={lang: c.norm})
        surface = text[c.start:c.end]
        ent.alt_labels |= {surface, c.norm}
        if c.entry is None and c.label == "ORG":
            core = core_name(surface, c.norm)
            if core != c.norm:
                ent.alt_labels.add(core)
        ent.labels.setdefault(lang, c.norm)
        if ent.type == "PER":
            ent.gender = ent.gender or c.gender or person_gender(c.words or (ent.labels.get(lang) or ent.name).split(), lang)
            # (gazetteer first; a curated person's gender from the label in the article's language)
        if ent.type == "ORG" and (c.outlet or _outlet_context(doc, words[c.w0].tok, lang)):
            ent.is_outlet = True
        if ent.type == "ORG" and not ent.country_key and c.entry is None and len(c.words) >= 2:
            # "Правительство Норвегии", "Посольство Чили": an institution of the state it ends with
            state = gaz.find(surface.split()[-1], lang, "LOC")
            if state is not None and state.alpha2:
                ent.country_key = state.key
        if ent.type == "ORG" and not ent.country_key and c.entry is None and c.w1 < len(words) \
                and words[c.w1].text.islower() and lemma_candidates(words[c.w1].text, lang) & roles_mod.state_nouns(lang):
            # "председатель Национального собрания страны": the body of the state the text named last
            ent.country_key = roles_mod.state_told_before(index, c.start, gaz)
        stored = index.add_entity(ent)
        _prefer_longer_label(stored, c, lang)
        sent = sentence_table(doc)[words[c.w0].tok]
        index.add_mention(Mention(c.start, c.end, surface, stored.type, c.norm,
                                  sentence=(sent.start_char, sent.end_char)), stored.key)

    index.set_resolver(make_resolver(index, gaz))
    index.party_of = {p: o for p, o in party_of.items() if p in index.entities and o in index.entities}
    try:
        roles = roles_mod.extract(doc, document, index)
    except Exception as exc:  # roles are an extra: never lose the article's entities over them
        log.warning("%s: role extraction failed: %s", document.source, exc)
        roles = []
    return index, roles


_OPENING = "«„“\"'"
_CLOSING = "»“”\"'"


def _another_state_after(m: GazMatch, nxt: Optional[GazMatch], words: list[_Word]) -> Optional[GazMatch]:
    """The match of a state right after a curated body of another state, named without its state (the
    Ukrainian ministry's bare name before "Словенії"), or None."""
    if nxt is None or m.entry.type != "ORG" or not m.entry.country or nxt.start != m.end:
        return None
    where = nxt.entry.alpha2 or (nxt.entry.country if nxt.entry.type == "LOC" else None)
    if not where or where == m.entry.country:
        return None  # (a place of the body's own state: "СБУ Київщини" is a branch of that body)
    if words[nxt.start].start - words[m.end - 1].end > 1:
        return None
    return nxt


def _unknown_region_after(m: GazMatch, matches: list[GazMatch], cands: list[_Cand], words: list[_Word],
                          lang: str) -> Optional[_Cand]:
    """The recogniser's one-word place, in the genitive, right after a curated body of a state named without its state,
    a place the gazetteer does not know (so of no known state): the body is that place's namesake."""
    if m.entry.type != "ORG" or not m.entry.country or m.end >= len(words) or any(x.start == m.end for x in matches):
        return None
    if words[m.end].start - words[m.end - 1].end > 1:
        return None
    c = next((c for c in cands if c.label == "LOC" and c.w0 == m.end and c.w1 == m.end + 1), None)
    if c is None or not words[m.end].text[:1].isupper() or (lang in ("uk", "ru") and "Gen" not in word_cases(
            lang, words[m.end].text)):
        return None
    return c


def _located_in_another_state(m: GazMatch, nxt: Optional[GazMatch], words: list[_Word], lang: str) -> bool:
    """A curated body of one state named right before "в/у" and a place of another state in the locative: a
    namesake there (not "марш колонны ВСУ в Брянскую область": where they went)."""
    if nxt is None or m.entry.type != "ORG" or not m.entry.country or nxt.start != m.end + 1 \
            or words[m.end].text.lower() not in ("в", "у", "во") or nxt.entry.type != "LOC" \
            or (lang in ("uk", "ru") and (cases := word_cases(lang, words[nxt.start].text)) and "Loc" not in cases
                and not {"Nom", "Gen", "Dat"} <= cases):  # (an indeclinable name reads as any case: "у Тбілісі")
        return False
    where = nxt.entry.alpha2 or nxt.entry.country
    return bool(where) and where != m.entry.country


def _another_states_adjective(m: GazMatch, words: list[_Word], gaz: Gazetteer, lang: str) -> Optional[int]:
    """The word position of another state's nationality adjective right before a curated body of a state
    named without its state ("португальського | Міністерства внутрішніх справ"), or None."""
    if m.entry.type != "ORG" or not m.entry.country or m.start == 0 or m.end - m.start < 2 or lang not in ("uk", "ru"):
        return None
    k = m.start - 1
    word = words[k].text
    if not word[:1].islower() or words[m.start].start - words[k].end > 1:
        return None
    state = gaz.demonym(word, lang)
    if state is None or state.alpha2 == m.entry.country or not adjective_cases(lang, word.lower()):
        return None
    return k


def _clause_goes_on(doc: Doc, tok_i: int) -> bool:
    """A word opening its sentence that a comma or a finite verb follows ("Шах, слова которого …", "Мир заявил"):
    the subject, not a common noun opening a phrase."""
    if tok_i + 1 >= len(doc):
        return False
    nxt = doc[tok_i + 1]
    return nxt.text == "," or (nxt.pos_ in ("VERB", "AUX") and "Fin" in nxt.morph.get("VerbForm"))


def _pieces_between_commas(words, w0: int, w1: int) -> list[tuple[int, int]]:
    """A recognised span that runs over a comma outside quotes is two names ("у Рівному, Коваль наголосив"): its pieces."""
    out, a, depth = [], w0, 0
    for k in range(w0, w1):
        t = words[k].text
        if t in "«„":
            depth += 1
        elif t == "»":
            depth = max(0, depth - 1)
        elif t in "\"“”":
            depth = 0 if depth else 1
        elif t == "," and depth == 0:
            if a < k:
                out.append((a, k))
            a = k + 1
    if a < w1:
        out.append((a, w1))
    return out


def _unbalanced_quote(text: str) -> bool:
    opens = sum(text.count(q) for q in "«„")
    closes = sum(text.count(q) for q in "»")
    straight = text.count('"')
    return opens > closes or straight % 2 == 1


def _towns(doc: Doc, words: list[_Word], cands: list[_Cand], gms: list[_Cand], gaz: Gazetteer,
           lang: str) -> list[_Cand]:
    """Towns of the GeoNames list the NER missed or typed as a person or organisation ("склади Ковеля і
    Калуша", "у Шепетівці"): a name that is also a personal name only after a place
    preposition, or where the article has the town already; never a word of a longer name, nor a surname
    the article gives with a first name."""
    preps = _TOWN_PREPS.get(lang, frozenset())
    taken = {k for g in gms for k in range(g.w0, g.w1)}
    surnames = {k for c in cands if c.label == "PER" and c.w1 - c.w0 >= 2
                for k in lemma_candidates(words[c.w1 - 1].text, lang)}
    found: list[tuple[GazMatch, Optional[_Cand], bool]] = []
    named = frozenset(g.entry.alpha2 for g in gms if g.entry is not None and g.entry.type == "LOC"
                      and gaz.is_state(g.entry.key) and g.entry.alpha2)  # the states the article names
    for m in gaz.city_matches([w.text for w in words], lang, named):
        inner = [g for g in gms if m.start <= g.w0 and g.w1 <= m.end]
        if m.end - m.start >= 2 and inner and all(g.w1 - g.w0 < m.end - m.start for g in inner) and all(
                _hyphen_between(words, k, doc.text) for k in range(m.start, m.end - 1)) \
                and not any(g.w0 < m.end and m.start < g.w1 for g in gms if g not in inner):
            for g in inner:  # "Эль-Кувейт": a town's hyphenated name holds the state's; the town it is
                gms.remove(g)
                taken.difference_update(range(g.w0, g.w1))
            for c in [c for c in cands if m.start <= c.w0 and c.w1 <= m.end and (c.w0, c.w1) != (m.start, m.end)]:
                cands.remove(c)  # (and the state's name the recogniser found inside it)
        if any(k in taken for k in range(m.start, m.end)):
            continue  # a curated name wins
        same = next((c for c in cands if c.w0 == m.start and c.w1 == m.end), None) or next(
            (c for c in cands if c.w0 == m.start and c.w1 > m.end and all(
                w.text.islower() and not lemma_candidates(w.text, lang) & _REGION_NOUNS.get(lang, frozenset())
                for w in words[m.end:c.w1])), None)  # ("[Сміла на] Черкащині": a word too many; not
        # "Забайкальском крае": a region named by its adjective)
        if same is None and m.end - m.start >= 2 and all(w.text[:1].isupper() for w in words[m.start:m.end]) \
                and any(c.w0 < m.end and m.start < c.w1 for c in cands) and all(
                m.start <= c.w0 and c.w1 <= m.end and c.label != "ORG" for c in cands if c.w0 < m.end and m.start < c.w1):
            same = next(c for c in cands if c.w0 < m.end and m.start < c.w1)  # "по [Горішніх] Плавнях": a piece of
            for c in [c for c in cands if c is not same and c.w0 < m.end and m.start < c.w1]:  # the town's name
                cands.remove(c)
        if same is None and any(c.w0 < m.end and m.start < c.w1 for c in cands):
            continue  # inside or across a longer name the NER found
        nxt = words[m.end].text if m.end < len(words) else ""
        if same is None and nxt[:1].isupper() and nxt != _BARRIER and words[m.end].start - words[m.end - 1].end <= 1:
            continue  # "Калуш Інвест": the start of a longer name
        if m.end - m.start == 1 and lemma_candidates(words[m.start].text, lang) & surnames:
            continue  # "Антон Чехов … Чехов": the person
        if m.end - m.start == 1 and (same is None or same.w1 > m.end) and nxt[:1].islower() and nxt.isalpha() \
                and adjective_cases(lang, words[m.start].text.lower()) & adjective_cases(lang, nxt.lower()):
            continue  # "в Новосибирском государственном университете": the town's adjective in a longer name
        if m.start > 0 and words[m.start - 1].text[:1].isupper() and words[m.start - 1].text != _BARRIER \
                and words[m.start].start - words[m.start - 1].end <= 1 and words[m.start - 1].text.lower() not in preps \
                and not (_sentence_initial(doc, words[m.start - 1].tok) and _is_function(words[m.start - 1].text, lang)):
            continue  # after a capitalised word: a surname after a first name (not "У Пирятині", "Окрім Ромнів"
            # opening a sentence)
        strong = m.start > 0 and (words[m.start - 1].text.lower() in preps or (
            m.end - m.start == 1 and (_object_of_a_visit(doc, words, m.start, lang)
                                      or _object_of_an_attack(doc, words, m.start, lang))))  # "відвідає Х": the town
        strong = strong or (m.start > 0 and words[m.start - 1].text.islower() and bool(
            lemma_candidates(words[m.start - 1].text, lang) & (word_lists("settlement_nouns.txt").get(lang, frozenset())
                                                              | word_lists("site_nouns.txt").get(lang, frozenset()))))
        # ("у місті Х", "портову інфраструктуру Х": the town's name after its noun)
        strong = strong or (m.end + 1 < len(words) and words[m.end].text.lower() in preps and any(
            g.w0 == m.end + 1 and g.label == "LOC" for g in gms))  # "Сміла на Черкащині": a town in its region
        plain = not m.common and (same is None or same.label != "ORG" or m.end - m.start >= 2) and not (
            same is None and _sentence_initial(doc, words[m.start].tok))  # ("Нову Каховку" tagged ORG: the town)
        found.append((m, same, strong or plain or (same is not None and same.label == "LOC")))
    sure = {m.entry.key for m, _same, ok in found if ok}
    out = []
    for m, same, ok in found:
        if ok or m.entry.key in sure:  # "удар по Конотопу … околиці Конотопа": the town again
            if same is not None:
                cands.remove(same)
            out.append(_Cand(words[m.start].start, words[m.end - 1].end, m.start, m.end, "LOC", entry=m.entry))
    return out


_PLACE_PARTICLES = word_lists("place_particles.txt")
_ELISION = re.compile(r"^(?:[dlDL]|[длДЛ])['’ʼ][A-ZÀ-ÝА-ЯІЇЄҐ]")


def _particle_tail(c: _Cand, words: list[_Word], text: str, particles: frozenset[str]) -> int:
    """Where a name goes on past the span: hyphen-joined lower-case particles and a capitalised part
    ("Каза|-де-ла-Валь", "Сеу|-д'Уржель", "Ростов|-на-Дону"), or an elided particle glued to a name after a
    space ("Diari | d'Andorra"). The end (exclusive) in words, or the span's own end."""
    k, end = c.w1, c.w1
    while k < len(words):
        gap = text[words[k - 1].end:words[k].start]
        w = words[k].text
        if gap in _HYPHENS and w.lower() in particles:
            k += 1
            continue
        if (gap in _HYPHENS and (w[:1].isupper() or _ELISION.match(w))) or (gap == " " and _ELISION.match(w)):
            end = k + 1
        break
    return end if end > c.w1 and all(text[words[n].end:words[n + 1].start] in _HYPHENS | {" "}
                                     for n in range(c.w1 - 1, end - 1)) else c.w1


def _with_particle_tails(cands: list[_Cand], words: list[_Word], text: str, lang: str) -> list[_Cand]:
    particles = (name_particles(lang) if lang in ("uk", "ru") else frozenset()) | _PLACE_PARTICLES.get(lang, frozenset())
    out = []
    for c in cands:
        end = _particle_tail(c, words, text, particles) if c.entry is None else c.w1
        if end > c.w1:
            c = _Cand(c.start, words[end - 1].end, c.w0, end, c.label)
        out.append(c)
    return [c for c in out if not any(o is not c and o.w0 <= c.w0 and c.w1 <= o.w1 and o.w1 - o.w0 > c.w1 - c.w0
                                      for o in out)]


def _matches_across_dashes(gaz: Gazetteer, words: list[_Word], text: str, lang: str) -> list[GazMatch]:
    """The gazetteer's names in the words, a dash between two capitalised words stepped over ("Папуа — Новая
    Гвинея" is one state's name; the words' indices stay the text's)."""
    keep = [n for n, w in enumerate(words) if not (
        w.text == _BARRIER and text[w.start:w.end] in ("—", "–") and 0 < n < len(words) - 1
        and words[n - 1].text[:1].isupper() and words[n + 1].text[:1].isupper())]
    if len(keep) == len(words):
        return gaz.matches([w.text for w in words], lang)
    out = gaz.matches([words[n].text for n in keep], lang)
    return [replace(m, start=keep[m.start], end=keep[m.end - 1] + 1) for m in out]


def _hyphen_between(words: list[_Word], k: int, text: str) -> bool:
    """Words k and k + 1 are joined by a hyphen alone ("Эль-Кувейт")."""
    return words[k + 1].start - words[k].end == 1 and text[words[k].end] in _HYPHENS


def _persons_named_alike(cands: list[_Cand], text: str) -> None:
    """A name of two or more capitalised words the recogniser took for a body or a place in one place (a
    title, often) and for a person elsewhere in the article, word for word, is the person's."""
    persons = {tuple(w.lower() for w in text[c.start:c.end].split()) for c in cands if c.label == "PER"}
    for c in cands:
        ws = text[c.start:c.end].split()
        if c.label != "PER" and c.entry is None and len(ws) >= 2 and all(w[:1].isupper() for w in ws) \
                and tuple(w.lower() for w in ws) in persons:
            c.label = "PER"


def _place_inside_a_quoted_name(c: _Cand, cands: list[_Cand], text: str, doc: Doc, words: list[_Word],
                                lang: str) -> bool:
    """A place inside an outlet's name written in quotes ("каналу «Країна 24»"): part of that name, no place told of
    (a party's name keeps its place: "«Єдина Латвія»" tells where it runs)."""
    if c.label != "LOC":
        return False
    return any(o is not c and o.label == "ORG" and o.start <= c.start and c.end <= o.end and (o.start, o.end) != (
        c.start, c.end) and o.start > 0 and text[o.start - 1] in "«\"“„" and o.end < len(text)
        and text[o.end] in "»\"”“" and (o.outlet or _outlet_context(doc, words[o.w0].tok, lang)) for o in cands)


def _merge_types(cands: list[_Cand]) -> None:
    """One unlinked name tagged ORG in one place and LOC in another is one entity (first type)."""
    first: dict[str, _Cand] = {}
    for c in cands:
        if c.entry is not None or c.label == "PER" or not c.key:
            continue
        tail = c.key.split(":", 1)[1]
        f = first.setdefault(tail, c)
        if f is not c and f.label != c.label:
            c.key, c.label = f.key, f.label
    for c in cands:  # ("Euroclear" alone taken for a person where it is a body elsewhere: the body)
        if c.entry is None and c.label == "PER" and c.key and len(c.words or ()) == 1 and _latin(c.words[0]) \
                and (f := first.get(c.key.split(":", 1)[1])) is not None and f.label == "ORG":
            c.key, c.label = f.key, f.label


def _town_told_before(words: list[_Word], cands: list[_Cand], text: str, lang: str) -> None:
    """"поблизу Тернової … У понеділок до Тернової приїде": a one-word name the NER took for a person once, written as a
    place of the article elsewhere and standing after a place preposition here, is that place; a one-word place
    written as a place the gazetteer knows elsewhere in the article is that one."""
    preps = _TOWN_PREPS.get(lang, frozenset())
    places: dict[str, _Cand] = {}
    for c in cands:  # (a place the gazetteer knows first)
        if c.label == "LOC" and c.key and c.w1 - c.w0 == 1 and (c.entry is not None or text[c.start:c.end] not in places):
            places[text[c.start:c.end]] = c
    for c in cands:
        place = places.get(text[c.start:c.end]) if c.w1 - c.w0 == 1 and c.entry is None else None
        if place is None or place is c:
            continue
        if c.label == "LOC" and place.entry is not None:
            c.key, c.entry, c.norm, c.words = place.key, place.entry, place.norm, list(place.words)
            continue  # ("Вороновиці" cut from a longer span: the town the gazetteer gives elsewhere)
        if c.label != "PER" or c.w0 == 0 or words[c.w0 - 1].text.lower() not in preps:
            continue
        c.label, c.key, c.entry, c.norm, c.words, c.gender = "LOC", place.key, place.entry, place.norm, list(place.words), None


def _not_a_noun(word: str, lang: str) -> bool:
    """The word's most likely reading is no noun (a verb, adjective...)."""
    if lang not in ("uk", "ru") or not is_cyrillic(word) or word.isupper():
        return False
    ps = morph(lang).parse(word.lower())
    return bool(ps) and ps[0].tag.POS not in ("NOUN", None)


def _foreign_given_name(word: str, lang: str) -> bool:
    """The dictionary knows the word as an indeclinable given name ("Мері", "Хосе"), whatever else it also reads."""
    return lang in ("uk", "ru") and any({"Name", "Fixd"} <= p.tag.grammemes for p in morph(lang).parse(word.lower())[:3])


def _title_word(word: str, lang: str) -> bool:
    """A role noun from the titles lexicon (речниця, глава): not part of an organisation's name."""
    lex = roles_mod.titles(lang)
    if word[:1].isupper() and lex.single.get(word.lower()) is None and _foreign_given_name(word, lang):
        return False  # "Мері": a foreign given name, not a form of "мер"
    cands = lemma_candidates(word, lang) if lang in ("uk", "ru") else {word.lower()}
    return any(lex.single.get(c) not in (None, "modifier") for c in cands)


def _people_noun(word: str, lang: str, gaz: Gazetteer) -> bool:
    """A demonym noun (россияне, українці) — not part of an organisation's name."""
    if lang not in ("uk", "ru") or gaz.demonym(word, lang) is None:
        return False
    return all(p.tag.POS == "NOUN" for p in morph(lang).parse(word.lower())[:2])


def _group_noun(word: str, lang: str) -> bool:
    """A noun for a group a body sends ("делегація"): written with a capital only as a sentence's first word."""
    if lang not in ("uk", "ru"):
        return False
    groups = _group_nouns(lang)
    return any(p.normal_form in groups for p in morph(lang).parse(word.lower())[:2])


@lru_cache(maxsize=None)
def _group_nouns(lang: str) -> frozenset[str]:
    """The one-word group and delegation nouns of the events lexicon."""
    return frozenset(seq[0] for kind in ("group", "delegation") for seq in event_lexicon(lang).words.get(kind, [])
                     if len(seq) == 1)


def _name_continues(words: list[_Word], i: int, lang: str) -> bool:
    """The word after a one-word place name is a capitalised adjective of the same name."""
    if i >= len(words) or lang not in ("uk", "ru"):
        return False
    w = words[i].text
    if not w[:1].isupper() or w.isupper() or words[i].start - words[i - 1].end > 1:
        return False
    ps = morph(lang).parse(w.lower())
    return bool(ps) and all(p.tag.POS in ("ADJF", "PRTF") for p in ps[:2])


_ADJECTIVE_ENDING = re.compile(r"[сцз]ь?к(ий|ый|ой|ая|ое|ие|ые|а|е|і|и|ого|ому|ую|у)$")


def _adjective_only(word: str, lang: str) -> bool:
    """The dictionary reads the word first as an adjective ("Шведська" opening a sentence), never as a name or place."""
    ps = morph(lang).parse(word.lower())
    return bool(ps) and ps[0].tag.POS == "ADJF" and not any(
        {"Name", "Surn", "Patr", "Geox", "Orgn"} & p.tag.grammemes for p in ps[:3])


def _common_noun_only(word: str, lang: str) -> bool:
    """The dictionary reads the word only as a common noun (no name, surname or place reading)."""
    ps = morph(lang).parse(word.lower())
    return bool(ps) and all(p.tag.POS == "NOUN" and not {"Name", "Surn", "Patr", "Geox", "Orgn"} & p.tag.grammemes
                            for p in ps[:3])


def _nationality_and_title(ws: list[_Word], gaz: Gazetteer, lang: str) -> bool:
    """A span that is a nationality adjective (``Мьянманский``), alone or before lower-case words."""
    if lang not in ("uk", "ru") or not ws or not ws[0].text[:1].isupper() \
            or not _ADJECTIVE_ENDING.search(ws[0].text.lower()) or gaz.demonym(ws[0].text, lang) is None:
        return False
    return all(w.text[:1].islower() for w in ws[1:])


def _not_a_name(ws: list[_Word], lang: str) -> bool:
    """NER spans that are no proper names: all lowercase (``европейские``, ``российского
    государства``), a lone adjective (``Российский`` at a sentence start) or a pronoun before
    lowercase words."""
    texts = [w.text for w in ws if w.text != _BARRIER]
    if not texts:
        return True
    if not any(t[:1].isupper() or t[:1].isdigit() for t in texts):
        return True
    if len(texts) == 1 and lang in ("uk", "ru") and is_cyrillic(texts[0]) and not texts[0].isupper():
        ps = morph(lang).parse(texts[0].lower())
        if ps and all(p.tag.POS in ("ADJF", "ADJS", "PRTF") for p in ps):
            return True
    if len(texts) > 1 and lang in ("uk", "ru") and is_cyrillic(texts[0]) and all(t[:1].islower() for t in texts[1:]):
        ps = morph(lang).parse(texts[0].lower())
        if ps and all(p.tag.POS == "NPRO" or "Apro" in p.tag.grammemes for p in ps):
            return True  # "Никаких решений" opening a sentence: a pronoun and common nouns
        words = [w for w in ws if w.text != _BARRIER]
        if ps and ps[0].is_known and all(p.tag.POS in ("ADVB", "PREP", "CONJ", "PRCL") for p in ps) \
                and words[1].tok == words[0].tok + 1:
            return True  # "Уночі російські": an adverb opening a sentence and an adjective (not a compound's first
            # half, "Національно-демократичний")
    return False


def _adjective_and_common_nouns(ws: list[_Word], lang: str) -> bool:
    """A plural adjective (by every reading) opening the span and only lower-case words after it, a noun among
    them."""
    texts = [w.text for w in ws if w.text != _BARRIER]
    if len(texts) < 2 or lang not in ("uk", "ru") or not is_cyrillic(texts[0]) \
            or not all(t[:1].islower() and t.isalpha() for t in texts[1:]):
        return False
    ps = morph(lang).parse(texts[0].lower())
    return bool(ps) and all(p.tag.POS in ("ADJF", "PRTF") for p in ps) and all(
        "plur" in p.tag.grammemes for p in ps) and any(
        any(p.tag.POS == "NOUN" for p in morph(lang).parse(t)) for t in texts[1:])


def _ordinal_and_common_nouns(ws: list[_Word], lang: str) -> bool:
    """An ordinal opening the span ("Первый", "Другий") and only lower-case words after it."""
    texts = [w.text for w in ws if w.text != _BARRIER]
    if len(texts) < 2 or lang not in ("uk", "ru") or not is_cyrillic(texts[0]) \
            or not all(t[:1].islower() for t in texts[1:]):
        return False
    ps = morph(lang).parse(texts[0].lower())
    return bool(ps) and all("Anum" in p.tag.grammemes for p in ps)


def _trim_lowercase_tail(c: _Cand, words: list[_Word], lang: str, text: str) -> Optional[_Cand]:
    """``Посольство РФ в``, ``Большая восьмерка во``: a span running on into a lowercase
    preposition/conjunction loses it; ``Грузинская мечта — демократическая`` is cut at the dash."""
    w1 = c.w1
    for i in range(c.w0 + 1, c.w1):
        if words[i].text == _BARRIER and text[words[i].start:words[i].end] in ("—", "–") \
                and i + 1 < c.w1 and words[i + 1].text[:1].islower():
            w1 = i
            break
        if c.label != "PER" and words[i].text == _BARRIER and text[words[i].start:words[i].end] in ("«", "„", "“", '"') \
                and i + 1 < c.w1 and words[i + 1].text[:1].islower():
            w1 = i  # "[РФС «готовий] чекати»": a quotation of lower-case words opening after the name is no part of it
            break
    # "[Граца навесні 2029 року]": a lowercase word and a year after a name are a time, not the name
    cut = next((i for i in range(c.w0 + 1, w1 - 1) if words[i].text[:1].islower() and words[i].text.isalpha()
                and re.fullmatch(r"(1[89]|20)\d\d", words[i + 1].text)), None)
    if cut is None and lang in ("uk", "ru", "en") and c.w1 - c.w0 > 2:
        # "[агентства наступного тижня]": lower-case words closing the span that begin a time expression
        base = words[c.w0 + 1].start
        cut = next((i for s, e in time_spans(text[base:c.end + 40], lang) if base + e >= c.end
                    for i in range(c.w0 + 1, w1) if words[i].start == base + s and words[i].text[:1].islower()), None)
    if cut is None and c.label in ("ORG", "LOC"):
        # "[Комітет … з питань бюджету схвалив проєкт]": a finite verb ends the name, with what follows it
        cut = next((i for i in range(c.w0 + 1, w1) if words[i].text[:1].islower() and (
            _verb_only(words[i].text, lang) or _adverb_only(words[i].text, lang))), None)  # ("[Фонд раніше] наполягав")
    if cut is not None:
        w1 = cut
    if c.label == "ORG" and w1 - c.w0 > 2 and lang in ("uk", "ru") and words[w1 - 1].text.islower() \
            and lemma_candidates(words[w1 - 1].text, lang) & word_lists("state_nouns.txt").get(lang, frozenset()) \
            and "Gen" in word_cases(lang, words[w1 - 1].text) \
            and any(words[k].text in _REMIT_PREPS.get(lang, ()) for k in range(c.w0 + 1, w1 - 1)):
        w1 -= 1  # "[Національна рада з питань … радіомовлення] країни": whose body it is, not its name (a
        # ministry keeps it: "Міністерство оборони республіки" is the republic's)
    while w1 - c.w0 > 1 and words[w1 - 1].text[:1].islower() and (
            words[w1 - 1].text.lower() in _FUNCTION_WORDS or _is_function(words[w1 - 1].text, lang)
            or (c.label in ("PER", "ORG") and _verb_only(words[w1 - 1].text, lang))):  # "X опроверг": the verb after the name
        w1 -= 1
    w0 = c.w0
    before = text[:words[w0].start].rstrip()
    mid_sentence = c.label == "PER" and (before[-1:].isalnum() or before[-1:] == ",")
    while w1 - w0 > 1 and _verb_only(words[w0].text, lang) and not mid_sentence and not any(
            _glued_syllable(words, x) for x in range(w0 + 2, w1)):  # (not "Лай Цін-де": an East Asian name; not a
        # person's name after a word of its sentence: "и Сунь Ели")
        w0 += 1  # "«Спасибі Норвегії»": a verb opening the quote before the name
    if w0 != c.w0:
        return _Cand(words[w0].start, words[w1 - 1].end, w0, w1, c.label)
    if c.label == "ORG" and w1 - c.w0 > 3 and words[w1 - 1].text[:1].islower() and words[w1 - 1].text.isalpha() \
            and words[w1 - 2].text.lower() in _PLACE_PREPS:
        w1 -= 2  # "інспекції в місті": a place at the end is where, not part of the name
    if w1 == c.w1:
        return c
    return _Cand(words[c.w0].start, words[w1 - 1].end, c.w0, w1, c.label)


def _adverb_only(word: str, lang: str) -> bool:
    """The dictionary reads the word first as an adverb it knows, and never as a noun ("раніше", "вчера")."""
    if lang not in ("uk", "ru"):
        return False
    ps = morph_parses(lang, word.lower())
    return bool(ps) and ps[0][1] == "ADVB" and ps[0][3] and not any(pos == "NOUN" for _nf, pos, _g, _k in ps)


def _verb_only(word: str, lang: str) -> bool:
    """Every dictionary reading of the word is a finite verb."""
    if lang not in ("uk", "ru"):
        return False
    ps = morph_parses(lang, word.lower())
    return bool(ps) and all(pos == "VERB" for _nf, pos, _g, _k in ps)


@lru_cache(maxsize=None)
def _visit_verbs(lang: str) -> frozenset[str]:
    """Verbs of visiting that take the place as their object ("посетить", "відвідати"; the events lexicon's
    Visit verbs not marked weak, which take a preposition)."""
    return frozenset(t.lemmas[0] for t in event_lexicon(lang).triggers
                     if t.type == "Visit" and t.verb and not t.weak and not t.invite and len(t.lemmas) == 1)


@lru_cache(maxsize=None)
def _event_nouns(lang: str) -> frozenset[str]:
    """The one-word event nouns of the events lexicon ("консультации", "переговори", "візит")."""
    return frozenset(t.lemmas[0] for t in event_lexicon(lang).triggers if not t.verb and len(t.lemmas) == 1)


def _event_noun(word: str, lang: str) -> bool:
    return bool(lemma_candidates(word, lang) & _event_nouns(lang)) or word.lower() in _event_nouns(lang)


@lru_cache(maxsize=None)
def _attack_verbs(lang: str) -> frozenset[str]:
    """Verbs of attacking whose object is what was hit ("атакували", "обстреляли"; the events lexicon's strong
    one-word Attack verbs)."""
    return frozenset(t.lemmas[0] for t in event_lexicon(lang).triggers
                     if t.type == "Attack" and t.verb and t.strong and len(t.lemmas) == 1)


def _object_of_an_attack(doc: Doc, words: list[_Word], k: int, lang: str) -> bool:
    """Word k is right after an attack verb ("обстріляли Ізмаїл"): what was hit, a town even where its name is
    also a personal name."""
    if k == 0 or words[k - 1].text == _BARRIER:
        return False
    w = words[k - 1]
    tok = doc[w.tok] if w.tok < len(doc) else None
    verbs = _attack_verbs(lang)
    return (tok is not None and tok.lemma_.lower() in verbs) or (
        lang in ("uk", "ru") and bool(lemma_candidates(w.text, lang) & verbs))


def _object_of_a_visit(doc: Doc, words: list[_Word], k: int, lang: str) -> bool:
    """Word k is what a visit verb's object names, right after the verb or after the lower-case words of a
    kind of site ("посетит Х", "відвідає базу Х"): a place, not a person or a body."""
    verbs = _visit_verbs(lang)
    j = k - 1
    while j >= 0 and k - j <= 4 and words[j].text != _BARRIER:
        w = words[j]
        tok = doc[w.tok] if w.tok < len(doc) else None
        if (tok is not None and tok.lemma_.lower() in verbs) or (
                lang in ("uk", "ru") and lemma_candidates(w.text, lang) & verbs):
            return j < k - 1 or not _a_known_personal_name(words[k].text, lang)
        if not w.text.isalpha() or not w.text.islower() or _is_function(w.text, lang) or _title_word(w.text, lang):
            return False
        j -= 1
    return False


def _settlements_missed(doc: Doc, words: list[_Word], cands: list[_Cand], gms: list[_Cand], lang: str) -> list[_Cand]:
    """"поедет в город Тамале", "до провінції Сіємреап": a capitalised word right after a settlement or region noun
    (data files) that no name covers is the place's name."""
    nouns = word_lists("settlement_nouns.txt").get(lang, frozenset()) | word_lists("region_nouns.txt").get(lang, frozenset())
    covered = {k for c in list(cands) + list(gms) for k in range(c.w0, c.w1)}
    out = []
    for k in range(1, len(words)):
        w, prev = words[k], words[k - 1]
        if k in covered or not _capitalised_name(w.text) or not prev.text.islower() or not lemma_candidates(prev.text, lang) & nouns \
                or doc_text(doc)[prev.end:w.start] != " ":
            continue
        out.append(_Cand(w.start, w.end, k, k + 1, "LOC"))
    return out


def _regions_missed(words: list[_Word], cands: list[_Cand], gms: list[_Cand], lang: str) -> list[_Cand]:
    """"Делегация [Новосибирской области] прибыла", "жителі [Лубенського району]": a capitalised adjective and a
    lower-case region noun (data file) right after it, agreeing in case, name a region even where the recogniser
    missed them."""
    taken = {k for c in list(cands) + list(gms) for k in range(c.w0, c.w1)}
    out = []
    for k in range(len(words) - 1):
        w, nxt = words[k], words[k + 1]
        if k in taken or (k + 1) in taken or not w.text.isalpha() or nxt.start - w.end != 1 or not nxt.text.isalpha() \
                or not _capitalised_word_and_area_noun(words, k, lang):
            continue
        adj = adjective_cases(lang, w.text.lower())
        noun = {c for _nf, pos, _g, _k in morph_parses(lang, nxt.text) if pos == "NOUN" for c in word_cases(lang, nxt.text)}
        if adj & noun:
            out.append(_Cand(w.start, nxt.end, k, k + 2, "LOC"))
    return out


def _chambers_missed(words: list[_Word], cands: list[_Cand], gms: list[_Cand], lang: str) -> list[_Cand]:
    """"у Палаті громад", "Палата представителей": a capitalised chamber noun (data file) and the plural genitive
    noun right after it name a parliament's chamber, even where the recogniser missed it."""
    nouns = word_lists("chamber_nouns.txt").get(lang, frozenset())
    taken = {k for c in list(cands) + list(gms) for k in range(c.w0, c.w1)}
    out = []
    for k in range(len(words) - 1):
        w, nxt = words[k], words[k + 1]
        if k in taken or (k + 1) in taken or not w.text[:1].isupper() or not w.text[1:].islower() \
                or not lemma_candidates(w.text.lower(), lang) & nouns or nxt.start - w.end != 1 \
                or not nxt.text.isalpha() or not nxt.text.islower() or adjective_cases(lang, nxt.text) \
                or not any(pos == "NOUN" and "plur" in g and "gent" in g for _nf, pos, g, _k in morph_parses(lang, nxt.text)):
            continue
        out.append(_Cand(w.start, nxt.end, k, k + 2, "ORG"))
    return out


def _single_word_bodies(doc: Doc, words: list[_Word], cands: list[_Cand], gms: list[_Cand], lang: str) -> list[_Cand]:
    """"у Сенаті", "членами Президії": a capitalised body noun (data file) alone inside a sentence names an
    organisation; the recogniser's place or person of that one word is retyped, a word it missed is added."""
    nouns = word_lists("single_body_nouns.txt").get(lang, frozenset())
    taken = {k for c in list(cands) + list(gms) for k in range(c.w0, c.w1)}
    out = list(cands)
    for k, w in enumerate(words):
        if not (w.text[:1].isupper() and w.text[1:].islower() and w.text.isalpha()) \
                or _sentence_initial(doc, w.tok) or _after_opening_quote(doc, w.tok) \
                or not lemma_candidates(w.text.lower(), lang) & nouns:
            continue
        same = [n for n, c in enumerate(out) if c.w0 == k and c.w1 == k + 1 and c.entry is None]
        if same:
            c = out[same[0]]
            out[same[0]] = _Cand(c.start, c.end, c.w0, c.w1, "ORG")
        elif k not in taken:
            out.append(_Cand(w.start, w.end, k, k + 1, "ORG"))
    return out


def _ministries_missed(doc: Doc, words: list[_Word], cands: list[_Cand], gms: list[_Cand], lang: str) -> list[_Cand]:
    """"Міністерство енергетики назвало …", "у Фонді державного майна": a capitalised institution noun of
    field_nouns.txt and the lower-case genitives of its field name a body, even where the recogniser missed it or
    took only a part of it (its fields joined by a conjunction are taken up later). Opening a sentence, only a
    ministry or an administration ("Фонд оплати праці зріс": a common noun there). A body the recogniser named by
    a capitalised adjective and such a noun goes on through those genitives too ("у Федеральній службі виконання
    покарань")."""
    nouns = word_lists("field_nouns.txt").get(lang, frozenset())
    initial_ok = word_lists("field_nouns_initial.txt").get(lang, frozenset())
    part = {id(c) for c in cands if c.entry is None and c.label == "ORG"}
    # ("в [Адміністрації] річкових причалів Молдови", "[Інституту вивчення] війни": the recogniser's part is replaced)
    taken = {k for c in list(cands) + list(gms) if id(c) not in part for k in range(c.w0, c.w1)}
    out, gone = [], set()

    def field_end(e: int) -> int:
        k0 = e
        while e < min(k0 + 3, len(words)) and e not in taken and words[e].text.isalpha() and words[e].text.islower() \
                and words[e].start - words[e - 1].end == 1 and "Gen" in word_cases(lang, words[e].text.lower()):
            e += 1
        while e > k0 and not ("Gen" in word_cases(lang, words[e - 1].text.lower())
                              - adjective_cases(lang, words[e - 1].text.lower())):
            e -= 1  # the field ends in a genitive noun ("енергетики", "закордонних справ")
        return e

    for k in range(len(words) - 1):
        w = words[k]
        if k in taken or not w.text[:1].isupper() or not w.text[1:].islower():
            continue
        lemmas = lemma_candidates(w.text.lower(), lang)
        if not lemmas & nouns:
            continue
        if k + 1 < len(words) and not lemmas & initial_ok and _sentence_initial(doc, w.tok):
            continue
        e = field_end(k + 1)
        if e == k + 1:
            continue
        inner = [c for c in cands if id(c) in part and k <= c.w0 and c.w1 <= e]
        out.append(_Cand(w.start, words[e - 1].end, k, e, "ORG"))
        gone |= {id(c) for c in inner}
    for c in cands:
        if id(c) not in part or id(c) in gone or words[c.w1 - 1].text[:1].isupper() \
                or not lemma_candidates(words[c.w1 - 1].text.lower(), lang) & nouns or c.w1 in taken:
            continue
        e = field_end(c.w1)  # "Федеральній службі" + "виконання покарань"
        if e > c.w1:
            out.append(_Cand(c.start, words[e - 1].end, c.w0, e, "ORG"))
            gone.add(id(c))
    cands[:] = [c for c in cands if id(c) not in gone]
    return out


def _bodies_by_adjectives_missed(doc: Doc, words: list[_Word], cands: list[_Cand], gms: list[_Cand],
                                 lang: str) -> list[_Cand]:
    """"за даними Вищого виборчого суду", "Конституционный суд страны": a capitalised adjective, up to three
    lower-case adjectives and an institution noun of body_nouns.txt, all sharing a case, name a body, even where the
    recogniser missed it or took the adjective alone (that candidate is replaced); opening a sentence, only with a
    lower-case adjective too ("Національна виборча комісія", not "Новий суд")."""
    nouns = word_lists("body_nouns.txt").get(lang, frozenset())
    lone = {c.w0: c for c in cands if c.w1 == c.w0 + 1 and c.entry is None}
    headless = {id(c) for c in cands if c.entry is None and words[c.w0].text[:1].islower()}
    # ("Пятый [кассационный военный суд]": the recogniser's span without the capitalised adjective)
    taken = {k for c in list(cands) + list(gms) if c is not lone.get(c.w0) and id(c) not in headless
             for k in range(c.w0, c.w1)}
    out = []
    for k in range(len(words) - 1):
        w = words[k]
        if k in taken or not w.text[:1].isupper() or not w.text[1:].islower():
            continue
        shared = adjective_cases(lang, w.text.lower())
        parses = morph_parses(lang, w.text.lower())
        surname_too = any(pos == "NOUN" and "Surn" in g for _nf, pos, g, _k in parses)
        if not shared or any(pos != "ADJF" and not (pos == "NOUN" and "Surn" in g) for _nf, pos, g, _k in parses):
            continue
        e = k + 1
        while e < min(k + 4, len(words)) and e not in taken and words[e].text.isalpha() and words[e].text.islower() \
                and words[e].start - words[e - 1].end == 1 and shared & adjective_cases(lang, words[e].text):
            shared &= adjective_cases(lang, words[e].text)
            e += 1
        if e >= len(words) or e in taken or not words[e].text.isalpha() or not words[e].text.islower() \
                or words[e].start - words[e - 1].end != 1 or not lemma_candidates(words[e].text, lang) & nouns:
            continue
        noun_cases = {c for _nf, pos, g, _k in morph_parses(lang, words[e].text) if pos == "NOUN"
                      for c in word_cases(lang, words[e].text)}
        if not shared & noun_cases or (e == k + 1 and _sentence_initial(doc, w.tok)):
            continue  # ("Новий суд …" opening a sentence: one adjective there may be any word)
        if surname_too and e == k + 1:
            continue  # ("Волинська" is also a woman's surname: with a lower-case adjective after it, a body's
            # name, "очолив Рівненську обласну державну адміністрацію"; alone before the noun, maybe her "рада")
        out.append(_Cand(w.start, words[e].end, k, e + 1, "ORG"))
    replaced = {id(lone[c.w0]) for c in out if c.w0 in lone} | {
        id(c) for c in cands if id(c) in headless and any(o.w0 < c.w0 and c.w1 <= o.w1 for o in out)}
    return [c for c in cands if id(c) not in replaced] + out


def _water_bodies(words: list[_Word], cands: list[_Cand], gms: list[_Cand], lang: str) -> list[_Cand]:
    """"Червоного моря", "Андаманского моря", "Дністровського лиману": a capitalised adjective and a water body's noun
    (data file) right after it, agreeing with it, name that sea or estuary (the recogniser misses it or takes the
    adjective alone for a place); such a span replaces a candidate of the adjective alone."""
    nouns = word_lists("water_nouns.txt").get(lang, frozenset())
    if not nouns:
        return cands
    taken = {k for c in list(gms) for k in range(c.w0, c.w1)}
    out = list(cands)
    for k in range(len(words) - 1):
        w, nxt = words[k], words[k + 1]
        if k in taken or not w.text[:1].isupper() or not w.text[1:].islower() or nxt.start - w.end != 1 \
                or not nxt.text.islower() or not lemma_candidates(nxt.text, lang) & nouns \
                or not adjective_cases(lang, w.text.lower()) & set(word_cases(lang, nxt.text)):
            continue
        out = [c for c in out if not (c.w0 <= k < c.w1 and c.w1 <= k + 2)]
        if not any(c.w0 <= k < c.w1 for c in out):
            out.append(_Cand(w.start, nxt.end, k, k + 2, "LOC"))
    return out


def _visited_names_missed(doc: Doc, words: list[_Word], cands: list[_Cand], gms: list[_Cand], lang: str) -> list[_Cand]:
    """"посетит Х, второй по величине порт": a capitalised word right after a visit verb that the recogniser and the lists
    left out is the place visited (not a known given name or surname, not opening the sentence, no acronym)."""
    taken = {k for c in list(cands) + list(gms) for k in range(c.w0, c.w1)}
    verbs = _visit_verbs(lang)
    out = []
    for k in range(1, len(words)):
        w, v = words[k], words[k - 1]
        if k in taken or not is_cyrillic(w.text) or not w.text[:1].isupper() or w.text.isupper() \
                or not w.text.isalpha() or _sentence_initial(doc, w.tok) or w.start - v.end != 1 \
                or not lemma_candidates(v.text.lower(), lang) & verbs or _a_known_personal_name(w.text, lang) \
                or (k + 1 < len(words) and words[k + 1].text[:1].isupper() and words[k + 1].start - w.end <= 1):
            continue
        out.append(_Cand(w.start, w.end, k, k + 1, "LOC"))
    return out


def _a_known_personal_name(word: str, lang: str) -> bool:
    """A word the dictionary knows, and reads as a surname or a given name ("Петрова")."""
    m = morph(lang)
    return is_cyrillic(word) and m.word_is_known(word.lower()) and any(
        {"Surn", "Name"} & p.tag.grammemes for p in m.parse(word.lower())[:3])


_AND_WORDS = frozenset({"и", "і", "й", "та"})


def _coordinated_adjectives_after(c, words: list, gms: list, lang: str) -> Optional[int]:
    """A body's name the recogniser cut after its head and a lower-case adjective that a conjunction joins to more
    adjectives and their noun ("Министерство морского | и речного транспорта Литвы"): where the whole name ends
    (past the state named right after it), else None."""
    last = words[c.w1 - 1].text
    if c.w1 - c.w0 != 2 or c.w1 + 2 >= len(words) or not last.isalpha() or not last.islower() or not adjective_cases(lang, last) \
            or words[c.w1].text.lower() not in _AND_WORDS:
        return None
    k = c.w1 + 1
    while k < len(words) and words[k].text.isalpha() and words[k].text.islower() and adjective_cases(lang, words[k].text):
        k += 1
    if k == c.w1 + 1 or k >= len(words) or not words[k].text.isalpha() or not words[k].text.islower() \
            or not any(pos == "NOUN" for _nf, pos, _g, _k in morph_parses(lang, words[k].text)):
        return None
    state = next((g for g in gms if g.w0 == k + 1 and g.label == "LOC"), None)
    return state.w1 if state is not None else k + 1


def _plural_of_a_singular_name(word: str, names: set[str], lang: str) -> bool:
    """The word is only a plural form ("Кабмины") of a one-word name the gazetteer writes in the singular
    ("Кабмин"): not that name."""
    if lang not in ("uk", "ru") or word.isupper():
        return False
    ps = morph(lang).parse(word.lower())
    if not ps or not all(p.tag.POS == "NOUN" and p.tag.number == "plur" for p in ps):
        return False
    lemmas = {p.normal_form for p in ps}
    return any(" " not in n and n.lower() in lemmas and n.lower() != word.lower() for n in names)


def _is_function(word: str, lang: str) -> bool:
    if lang not in ("uk", "ru"):
        return word.lower() in {"in", "at", "on", "of", "for", "and", "to", "by", "with"}
    ps = morph(lang).parse(word.lower())
    return bool(ps) and (ps[0].tag.POS in ("PREP", "CONJ", "PRCL") or (
        ps[0].tag.POS == "ADVB" and all(p.tag.POS in ("ADVB", "PRCL", "CONJ") for p in ps[:3])))  # "вчора ввечері"


def _states_running_on(c: _Cand, words: list[_Word], gms: list[_Cand], lang: str) -> bool:
    """An organisation span that opens with a state's name (a gazetteer place) and runs on into lower-case
    common words ("Польщею та Литвою спільне будівництво мосту") is the NER's overreach."""
    first = next((g for g in gms if g.w0 == c.w0 and g.label == "LOC" and g.w1 < c.w1), None)
    if first is None or first.entry is None or not first.entry.alpha2:
        return False
    states = {k for g in gms if g.label == "LOC" and g.entry is not None and g.entry.alpha2 and c.w0 <= g.w0
              and g.w1 <= c.w1 for k in range(g.w0, g.w1)}
    if all(k in states or words[k].text.lower() in _CONJ or words[k].text == "," for k in range(c.w0, c.w1)):
        return True  # "Латвія й Туреччина": states joined, each found by the gazetteer
    return any(w.text[:1].islower() and w.text.isalpha() and w.text.lower() not in _FUNCTION_WORDS
               and not _is_function(w.text, lang) for w in words[first.w1:c.w1])


def _places_paired(c: _Cand, gms: list[_Cand], text: str) -> bool:
    """A span that is two or more gazetteer places and the dashes between them ("Россия — Африка")."""
    places = sorted((g for g in gms if g.label == "LOC" and c.start <= g.start and g.end <= c.end),
                    key=lambda g: g.start)
    if len(places) < 2 or places[0].start != c.start or places[-1].end != c.end:
        return False
    return all(text[a.end:b.start].strip(" \u00a0") in ("—", "–", "-") for a, b in zip(places, places[1:]))


def _genitive_nouns(a: str, b: str, lang: str) -> bool:
    """Two words both readable as genitive nouns ("охорони та відтворення"): coordinated parts of one name."""
    if lang not in ("uk", "ru"):
        return False

    def gen(w: str) -> bool:
        return any(pos == "NOUN" and "gent" in g for _nf, pos, g, _k in morph_parses(lang, w.lower()))
    return gen(a) and gen(b)


def _cut_at_colon(c: _Cand, words: list[_Word], text: str) -> Optional[_Cand]:
    """"з головою МЗС Хорватії [Радманом: Загреб]": a name never runs over a colon; the part before it stays."""
    k = next((k for k in range(c.w0 + 1, c.w1) if ":" in text[words[k - 1].end:words[k].start + 1]), None)
    if k is None:
        return c
    return replace(c, end=words[k - 1].end, w1=k)  # (the colon after a word, or a word of its own)


def _latin(word: str) -> bool:
    return word[:1].isascii() and word[:1].isalpha()


_LATIN_ARTICLES = frozenset({"la", "le", "les", "il", "el", "los", "las", "der", "die", "das", "de", "the"})


def _latin_name_after_common_words(c: _Cand, words: list[_Word], text: str, lang: str) -> _Cand:
    """"[шведского концерна] Norvalt Energy": lower-case Cyrillic words the recogniser took into a Latin name are
    its description, not the name; the noun before the name says its type (a thing: a body; a place noun: a place)."""
    if lang not in ("uk", "ru"):
        return c
    first = words[c.w0].text
    known = bool(ps := morph_parses(lang, first.lower())) and ps[0][3]  # (not "Тупоу VI": a name it does not know)
    opening = known and first[:1].isupper() and first[1:].islower() and (_common_noun_only(first, lang) or (
        c.w0 + 1 < c.w1 and words[c.w0 + 1].text.islower() and _adjective_only(first, lang)))
    # ("Депозитарий Clearstream" opening a sentence: a common noun, capitalised only there)
    if lang not in ("uk", "ru") or c.entry is not None or not (first[:1].islower() or opening) \
            or not is_cyrillic(first):
        return c
    m = next((k for k in range(c.w0, c.w1) if _latin(words[k].text) and words[k].text[:1].isupper()), None)
    if m is None or not all((words[j].text.islower() or (j == c.w0 and opening)) and is_cyrillic(words[j].text)
                            for j in range(c.w0, m)) \
            or not all(_latin(words[j].text) or words[j].text in _HYPHENS or words[j].text.isdigit()
                       for j in range(m, c.w1)):
        return c
    nouns = [p for p in morph_parses(lang, words[m - 1].text.lower()) if p[1] == "NOUN"]
    if not nouns:
        return c
    if lemma_candidates(words[m - 1].text, lang) & _place_and_settlement_nouns(lang):
        label = "LOC"
    elif all("inan" in p[2] for p in nouns):
        label = "ORG"
    else:
        label = c.label
    name = text[words[m].start:c.end]
    return replace(c, start=words[m].start, w0=m, label=label, entry=None, key=None, norm=name, words=name.split())


def _latin_outlet_name(c: _Cand, words: list[_Word], text: str, lang: str) -> _Cand:
    """"портал [Info] 24 Online": after an outlet noun, a Latin name runs on over capitalised Latin words and
    numbers between them (one space apart) that the recogniser left out; a lower-case article opening the
    name is the name's ("газета [la] Stampa")."""
    if c.w0 >= 2 and words[c.w0 - 1].text.lower() in _LATIN_ARTICLES and _outlet_noun(words[c.w0 - 2].text, lang) \
            and words[c.w0].start - words[c.w0 - 1].end == 1 and all(_latin(w.text) for w in words[c.w0:c.w1]):
        name = text[words[c.w0 - 1].start:c.end]
        c = replace(c, start=words[c.w0 - 1].start, w0=c.w0 - 1, label="ORG", entry=None, key=None, norm=name,
                    words=name.split())
    if c.w0 == 0 or not _outlet_noun(words[c.w0 - 1].text, lang) or not all(_latin(w.text) for w in words[c.w0:c.w1]):
        return c
    k = c.w1
    while k < len(words):
        if k + 1 < len(words) and text[words[k - 1].end:words[k + 1].start] in _HYPHENS \
                and _latin(words[k + 1].text) and words[k + 1].text[:1].isupper():
            k += 2  # "газета Monaco-|Matin": a hyphen joins the name's words (a place named in it is no place)
            continue
        if text[words[k - 1].end:words[k].start] in _HYPHENS and _latin(words[k].text) and words[k].text[:1].isupper():
            k += 1  # (the hyphen glued to both words is no word of its own: "Post-|Courier")
            continue
        if not (words[k].start - words[k - 1].end == 1 and text[words[k - 1].end] == " " and (
                (_latin(words[k].text) and words[k].text[:1].isupper()) or _ELISION.match(words[k].text) or (
                words[k].text.isdigit() and k + 1 < len(words) and _latin(words[k + 1].text)
                and words[k + 1].text[:1].isupper() and words[k + 1].start - words[k].end == 1))):
            break
        k += 1
    if k == c.w1:  # the name as found: after an outlet noun, the outlet ("газета Monaco-Matin", not the place)
        return c if c.label == "ORG" else replace(c, label="ORG", entry=None, key=None)
    name = text[c.start:words[k - 1].end]
    return replace(c, end=words[k - 1].end, w1=k, label="ORG", entry=None, key=None, norm=name, words=name.split())


def _latin_names_run_on(merged: list[_Cand], words: list[_Word], text: str, lang: str) -> list[_Cand]:
    """"компании [Nordic] Tin Holdings": in Cyrillic text, a name in Latin letters runs on over the
    capitalised Latin words right after it (one space apart) that the recogniser left out; the run is one name."""
    if lang not in ("uk", "ru"):
        return merged
    taken = {k for c in merged for k in range(c.w0, c.w1)}
    out, absorbed = [], set()
    for c in merged:
        if id(c) in absorbed:
            continue
        if c.entry is None and all(_latin(words[k].text) for k in range(c.w0, c.w1)):
            k = c.w1
            while k < len(words) and k not in taken and ((
                    _latin(words[k].text) and words[k].text[:1].isupper() and text[words[k - 1].end:words[k].start] == " ")
                    or (words[k].text in _LATIN_POSSESSIVES and words[k].start == words[k - 1].end)):
                k += 1  # ("Lloyd's List": the possessive ending glued to the word is the name's)
                if words[k - 1].text in _LATIN_POSSESSIVES and k < len(words) and k in taken \
                        and _latin(words[k].text) and words[k].text[:1].isupper() \
                        and text[words[k - 1].end:words[k].start] == " ":
                    absorbed.update(id(o) for o in merged if o.w0 == k and o.w1 == k + 1 and o.entry is None)
                    k += 1  # (and the word after it the recogniser took alone: "List")
            if k > c.w1:
                name = text[c.start:words[k - 1].end]
                c = replace(c, end=words[k - 1].end, w1=k, entry=None, key=None, norm=name, words=name.split())
        out.append(c)
    out = _latin_names_linked(out, words, text)
    taken = {k for c in out for k in range(c.w0, c.w1)}
    out = [_latin_name_opened_before(c, words, text, taken) for c in out]
    longer = [c for c in out if c.w1 - c.w0 >= 2 and c.entry is None and c.label in ("ORG", "LOC")
              and all(_latin(words[k].text) for k in range(c.w0, c.w1))]
    for c in out:  # "з Dassault … Dassault Aviation": the first word alone is that name (also where it was taken
        # for another occurrence of the one word the longer name now holds)
        if c.w1 - c.w0 == 1 and c.entry is None and _latin(words[c.w0].text) and (
                c.same_as is None or not any(o is c.same_as for o in out)):
            firsts = {tuple(w.text for w in words[o.w0:o.w1]): o for o in longer if words[o.w0].text == words[c.w0].text}
            if len(firsts) == 1:
                c.same_as = next(iter(firsts.values()))
                c.label = c.same_as.label
    return out


_LATIN_POSSESSIVES = frozenset({"'s", "’s"})

_LATIN_LINKS = frozenset({"dello", "della", "delle", "degli", "del", "di", "da", "de", "des", "du", "van", "von",
                          "der", "of", "y", "e"})


def _latin_names_linked(cands: list[_Cand], words: list[_Word], text: str) -> list[_Cand]:
    """"[El Diario] de la [Tarde]": two Latin names with only link words between them (one space apart) are one."""
    out: list[_Cand] = []
    for c in sorted(cands, key=lambda c: c.w0):
        p = out[-1] if out else None
        if p is not None and p.entry is None and c.entry is None and p.w1 < c.w0 \
                and all(words[k].text in _LATIN_LINKS | _LATIN_ARTICLES for k in range(p.w1, c.w0)) \
                and all(_latin(words[k].text) for k in range(p.w0, c.w1)) \
                and all(text[words[k - 1].end:words[k].start] == " " for k in range(p.w1, c.w0 + 1)):
            name = text[p.start:c.end]
            out[-1] = replace(p, end=c.end, w1=c.w1, key=None, norm=name, words=name.split(),
                              label="ORG" if "ORG" in (p.label, c.label) else p.label)
            continue
        out.append(c)
    return out


def _latin_name_opened_before(c: _Cand, words: list[_Word], text: str, taken: set[int]) -> _Cand:
    """"іспанська El Diario de la [Tarde]": a Latin name runs back over the Latin words right before it (one space
    apart) that the recogniser left out, capitalised ones and the links between them, to a capitalised word; opened
    by an article ("La", "Il", "The"), it is a title, not a person."""
    if c.entry is not None or not all(_latin(words[k].text) for k in range(c.w0, c.w1)):
        return c
    k = c.w0
    while k > 0 and (k - 1) not in taken and _latin(words[k - 1].text) and text[words[k - 1].end:words[k].start] == " " \
            and (words[k - 1].text[:1].isupper() or words[k - 1].text in _LATIN_LINKS):
        k -= 1
    while k < c.w0 and not words[k].text[:1].isupper():
        k += 1
    if k == c.w0 or (not any(words[x].text in _LATIN_LINKS for x in range(k, c.w0))
                     and words[k].text.lower() not in _LATIN_ARTICLES):
        return c  # (two capitalised Latin words before a name are left to the recogniser: a person's given names)
    name = text[words[k].start:c.end]
    label = "ORG" if c.label == "PER" and words[k].text.lower() in _LATIN_ARTICLES else c.label
    return replace(c, start=words[k].start, w0=k, label=label, entry=None, key=None, norm=name, words=name.split())


def _names_opened_by_the(merged: list[_Cand], words: list[_Word], text: str, lang: str) -> list[_Cand]:
    """"кенийская The Standard Times": in a Cyrillic text, "The" and the capitalised Latin words after it (one space
    apart) are one name, a body or an outlet, whatever the recogniser made of its parts ("Standard", "Times")."""
    if lang not in ("uk", "ru"):
        return merged
    out = list(merged)
    for i, w in enumerate(words[:-1]):
        if w.text != "The" or (i > 0 and _latin(words[i - 1].text) and words[i].start - words[i - 1].end <= 1):
            continue
        k = i + 1
        while k < len(words) and text[words[k - 1].end:words[k].start] == " " and _latin(words[k].text) \
                and words[k].text[:1].isupper():
            k += 1
        if k - i < 2:
            continue
        inside = [c for c in out if i <= c.w0 and c.w1 <= k]
        if any(c.w0 < i < c.w1 or c.w0 < k < c.w1 for c in out):
            continue  # a name that runs across its edge
        out = [c for c in out if c not in inside]
        out.append(_Cand(w.start, words[k - 1].end, i, k, "ORG"))
    out.sort(key=lambda c: c.start)
    return out


def _split_two_bodies(c: _Cand, words: list[_Word], lang: str) -> list[_Cand]:
    """"[Российский экспортный центр и Управление портов Танзании]": a conjunction before a capitalised
    institution noun joins two bodies the recogniser ran together."""
    if c.label != "ORG" or c.entry is not None or lang not in ("uk", "ru"):
        return [c]
    for i in range(c.w0 + 1, c.w1 - 1):
        nxt = words[i + 1].text
        if words[i].text in _CONJ and nxt[:1].isupper() and nxt[1:2].islower() \
                and institutions._nominative(nxt, lang) is not None:
            # the second body's genitive complement the recogniser left out ("Управление | портов Танзании")
            k = c.w1
            while k < min(c.w1 + 2, len(words) - 1) and words[k].text.isalpha() and words[k].text.islower() \
                    and words[k].start - words[k - 1].end == 1 and institutions._genitive(words[k].text, lang):
                k += 1
            end = k + 1 if k > c.w1 and words[k].text[:1].isupper() and words[k].start - words[k - 1].end == 1 \
                and institutions._genitive(words[k].text, lang) else c.w1
            return [_Cand(c.start, words[i - 1].end, c.w0, i, "ORG"),
                    _Cand(words[i + 1].start, words[end - 1].end, i + 1, end, "ORG")]
    return [c]


def _split_before_known_body(c: _Cand, words: list[_Word], gms: list[_Cand], lang: str) -> list[_Cand]:
    """"Ще раніше по [Саках Сили оборони] вдарили": one capitalised word run together with a body the gazetteer
    knows right after it are two names (the object fronted before the subject)."""
    if c.label == "PER" or c.entry is not None or c.w1 - c.w0 < 3 or lang not in ("uk", "ru") \
            or institutions._nominative(words[c.w0].text, lang) is not None:
        return [c]  # ("[Комиссии Африканского союза]": a body's head noun and its genitive are one name)
    body = next((g for g in gms if g.label == "ORG" and g.entry is not None and g.w0 == c.w0 + 1 and g.w1 == c.w1), None)
    if body is None or words[body.w0].text.isupper() or "Nom" not in word_cases(lang, words[body.w0].text.lower()):
        return [c]  # ("[Генштабу ЗС РФ]": a body in the genitive is whose the first word is)
    return [_Cand(c.start, words[c.w0].end, c.w0, c.w0 + 1, c.label),
            _Cand(words[body.w0].start, c.end, body.w0, body.w1, "ORG", entry=body.entry)]


def _split_chamber_of_parliament(c: _Cand, words: list[_Word], lang: str) -> list[_Cand]:
    """"[Палаты депутатов Национального конгресса]": a chamber (data file) and the parliament it belongs to,
    run together by the recogniser, are two bodies."""
    if c.label != "ORG" or c.entry is not None or lang not in ("uk", "ru") or c.w1 - c.w0 < 4:
        return [c]
    nouns = word_lists("chamber_nouns.txt").get(lang, frozenset())
    first, second, third = words[c.w0].text, words[c.w0 + 1].text, words[c.w0 + 2].text
    if not lemma_candidates(first.lower(), lang) & nouns or not second.islower() or not third[:1].isupper() \
            or not any(institutions.is_parliament_noun(words[k].text, lang) for k in range(c.w0 + 2, c.w1)):
        return [c]
    return [_Cand(c.start, words[c.w0 + 1].end, c.w0, c.w0 + 2, "ORG"),
            _Cand(words[c.w0 + 2].start, c.end, c.w0 + 2, c.w1, "ORG")]


def _cut_at_conjunction(c: _Cand, words: list[_Word], lang: str = "") -> Optional[_Cand]:
    """An ORG/LOC span running on over ``і колишній президент``: cut before the conjunction (not between
    two genitive nouns of one name: ``служби охорони та відтворення лісів``)."""
    for i in range(c.w0 + 1, c.w1 - 1):
        if words[i].text.lower() in _CONJ and words[i + 1].text[:1].islower() \
                and not _genitive_nouns(words[i - 1].text, words[i + 1].text, lang) \
                and not (i + 2 < c.w1 and _genitive_nouns(words[i - 1].text, words[i + 2].text, lang)
                         and "Gen" in adjective_cases(lang, words[i + 1].text.lower())):
            if i == c.w0:
                return None
            return _Cand(words[c.w0].start, words[i - 1].end, c.w0, i, c.label)
    return c


def _areas_inside(c: _Cand, words: list[_Word], gms: list[_Cand], lang: str) -> list[_Cand]:
    """"администрации [Кольского района] [Мурманской области]": inside a span opened by a lower-case noun,
    a capitalised adjective with an area noun (data file) after it names a place."""
    out = []
    for k in range(c.w0 + 1, c.w1 - 1):
        a = words[k].text
        if lang in ("uk", "ru") and _capitalised_word_and_area_noun(words, k, lang) and not any(g.w0 <= k < g.w1 for g in gms) \
                and any(p.tag.POS == "ADJF" for p in morph(lang).parse(a.lower())[:2]):
            out.append(_Cand(words[k].start, words[k + 1].end, k, k + 2, "LOC"))
    return out


def _capitalised_word_and_area_noun(words: list[_Word], k: int, lang: str) -> bool:
    """Word k is capitalised (the rest lower case) and a lower-case region or area noun (data file) follows it."""
    a, n = words[k].text, words[k + 1].text
    return a[:1].isupper() and a[1:].islower() and n.islower() and bool(lemma_candidates(n, lang) & _REGION_NOUNS.get(lang, set()))


def _cut_before_region(c: _Cand, words: list[_Word], lang: str, gms: list[_Cand] = ()) -> _Cand:
    """A non-person span running on over ``у Черкаській області`` ("Умань у Черкаській області") or over a
    region the gazetteer knows ("Сміла на Черкащині"): the town is the name, a place; its region is another
    one. Not an office named with its region."""
    nouns = _REGION_NOUNS.get(lang, set())
    for i in range(c.w0 + 1, min(c.w1 - 1, c.w0 + 3)):  # a town's name has a word or two
        if any(w.text.isupper() and len(w.text) > 1 for w in words[c.w0:i]):
            break  # "ГУ СБУ в Київській області": an office of the region
        if not words[i + 1].text[:1].isupper():
            continue
        region = next((g for g in gms if g.w0 == i + 1 and g.w1 == c.w1 and g.label == "LOC"
                       and g.entry is not None and not g.entry.alpha2), None)
        if words[i].text.lower() in _IN and any(
                (lemma_candidates(w.text, lang) if lang in ("uk", "ru") else {w.text.lower()}) & nouns
                for w in words[i + 2:c.w1]) or (region is not None and words[i].text.lower() in _IN | _ON):
            return _Cand(words[c.w0].start, words[i - 1].end, c.w0, i, "LOC")
    if lang in ("uk", "ru") and c.w1 - c.w0 == 3 and words[c.w0 + 1].text[:1].isupper() \
            and words[c.w0 + 1].text[1:].islower() and words[c.w1 - 1].text.islower() \
            and lemma_candidates(words[c.w1 - 1].text, lang) & nouns \
            and any(p.tag.POS == "ADJF" and p.tag.case == "gent" for p in morph(lang).parse(words[c.w0 + 1].text.lower())):
        # "Вороновиці Вінницького району": a town and, in the genitive, the district it lies in
        return _Cand(words[c.w0].start, words[c.w0].end, c.w0, c.w0 + 1, "LOC")
    return c


_ON = {"на"}  # "на Черкащині", "на Волыни": the preposition of a region's colloquial name


def _cut_before_area_named(c: _Cand, words: list[_Word], gms: list[_Cand], lang: str) -> _Cand:
    """A body's span running on over an area noun in its own, nominative form and the name after it (a word or two,
    or a place the gazetteer knows): "представляет в [Сенате штат Айдахо]" is the chamber, then the object "штат
    Айдахо"; a body of the area names it in the genitive ("Верховний суд штату Техас") and stays whole."""
    nouns = _REGION_NOUNS.get(lang, set())
    for i in range(c.w0 + 1, c.w1 - 1):
        if words[i].text in nouns and all(w.text[:1].isupper() for w in words[i + 1:c.w1]) and (c.w1 - i <= 3 or any(
                g.w0 == i + 1 and g.label == "LOC" and g.entry is not None for g in gms)):
            return _Cand(words[c.w0].start, words[i - 1].end, c.w0, i, c.label)
    return c


_INTERNATIONAL = word_lists("international_adjectives.txt")


def _cut_before_venue(c: _Cand, words: list[_Word], gms: list[_Cand], lang: str) -> _Cand:
    """An occasion's span running on over its known place ("[Інвестиційного форуму в Мюнхені]/ORG"):
    the occasion ends before the preposition; the place stays a place of its own."""
    nouns = _OCCASION_NOUNS.get(lang, set())
    for i in range(c.w0 + 1, c.w1 - 1):
        if words[i].text.lower() not in _IN:
            continue
        place = next((g for g in gms if g.w0 == i + 1 and g.w1 == c.w1 and g.label == "LOC"), None)
        if place is not None and any((lemma_candidates(w.text, lang) if lang in ("uk", "ru") else {w.text.lower()})
                                     & nouns for w in words[c.w0:i]):
            return _Cand(words[c.w0].start, words[i - 1].end, c.w0, i, c.label)
        if place is not None and c.label == "ORG" and i - c.w0 >= 2 and lang in ("uk", "ru") \
                and lemma_candidates(words[c.w0].text, lang) & _INTERNATIONAL.get(lang, set()):
            return _Cand(words[c.w0].start, words[i - 1].end, c.w0, i, c.label)  # "[Всесвітня … спілка] в X"
        if place is not None and c.label == "ORG" and any(
                g.w0 == c.w0 and g.w1 == i and g.label == "ORG" for g in gms):
            return _Cand(words[c.w0].start, words[i - 1].end, c.w0, i, c.label)  # "[Рада ЄС] в Афінах": a known body
    return c


def _cut_sitting_noun(c: _Cand, words: list[_Word], lang: str) -> _Cand:
    """"[Пленарная сессия Северного совета]/ORG": a span opening with a sitting noun (and its adjectives)
    before a capitalised name is that name; the sitting is an event, not part of it."""
    nouns = _SITTING_NOUNS.get(lang, set())
    for t in range(c.w0, min(c.w0 + 3, c.w1 - 1)):
        if (lemma_candidates(words[t].text, lang) if lang in ("uk", "ru") else {words[t].text.lower()}) & nouns:
            nxt = words[t + 1]
            if nxt.text[:1].isupper() and not any(w.text.isupper() for w in words[c.w0:t]):
                return _Cand(nxt.start, c.end, t + 1, c.w1, c.label)
            break
    return c


def _capital_of_the_country(c: _Cand, words: list[_Word], gaz: Gazetteer, lang: str) -> None:
    """"столицю Перу", "столицы Чили", "the capital of Peru": the country's capital city, one place named by
    the two words (the country's government is not meant)."""
    if c.label != "LOC" or c.entry is None or not c.entry.alpha2:
        return
    k = c.w0 - 1
    if lang == "en" and k >= 1 and words[k].text.lower() == "of":
        k -= 1  # "the capital of Peru"
    if k < 0 or words[k].text[:1].isupper() and lang != "en":
        return
    nouns = _CAPITAL_NOUNS.get(lang, set())
    if not ((lemma_candidates(words[k].text, lang) if lang in ("uk", "ru") else {words[k].text.lower()}) & nouns):
        return
    city = gaz.capital(c.entry.alpha2)
    if city is not None:
        c.start, c.w0, c.entry, c.key = words[k].start, k, city, city.key


def _demonym_capital(words: list[_Word], merged: list[_Cand], taken: set[int], gaz: Gazetteer, lang: str) -> list[_Cand]:
    """"у російській столиці", "в британской столице": a nationality adjective before a capital noun names
    that state's capital city."""
    if lang not in ("uk", "ru"):
        return []
    nouns = _CAPITAL_NOUNS.get(lang, set())
    used = taken | {k for c in merged for k in range(c.w0, c.w1)}
    out = []
    for k in range(len(words) - 1):
        if k in used or k + 1 in used or words[k].text[:1].isupper() and k > 0:
            continue
        if not (lemma_candidates(words[k + 1].text, lang) & nouns):
            continue
        state = gaz.demonym(words[k].text, lang)
        city = gaz.capital(state.alpha2) if state is not None and state.alpha2 else None
        if city is not None:
            out.append(_Cand(words[k].start, words[k + 1].end, k, k + 2, "LOC", entry=city, key=city.key))
    return out


def _trim_foreign_edges(c: _Cand, gms: list[_Cand], words: list[_Word]) -> Optional[_Cand]:
    """A person span that starts/ends with (part of) a gazetteer place/organisation (``Німеччини Олафа
    Шольца``, ``МЗС Кенії`` + ``Кенії Антанас Вайткус``): drop those words."""
    w0, w1 = c.w0, c.w1
    changed = True
    while changed and w0 < w1:
        changed = False
        for g in gms:
            if g.entry.type == "PER" or (g.entry.type == "LOC" and not g.entry.alpha2):
                continue
            if g.w0 <= w0 < g.w1 < w1:  # also "МЗС Кенії" crossing into "Кенії Антанас Вайткус"
                w0, changed = g.w1, True
            elif w0 < g.w0 < w1 <= g.w1:
                w1, changed = g.w0, True
    if w0 >= w1:
        return None
    if (w0, w1) == (c.w0, c.w1):
        return c
    return _Cand(words[w0].start, words[w1 - 1].end, w0, w1, c.label)


def _after_title(words: list[_Word], gms: list[_Cand], i: int, lang: str) -> tuple[Optional[int], Optional[_Cand]]:
    """Word i is a title: where the words after it end (its lower-case complement and the state or body it is of,
    "міністр закордонних справ Кенії"), and the gazetteer match of that state or body; (None, None) for no title."""
    lex = roles_mod.titles(lang)
    last_words = {m[-1] for m in lex.multi}
    w = words[i]
    low = w.text.lower()
    if low not in lex.single and low not in last_words and not any(
            p[0] in lex.single for p in morph_parses(lang, low)[:2]):
        return None, None
    if low not in lex.single and w.text[:1].isupper() and _foreign_given_name(w.text, lang):
        return None, None  # "Мері Енн X": a foreign given name, not a form of the title "мер"
    k = i + 1
    while k < min(i + 7, len(words)) and words[k].text.isalpha() and words[k].text.islower() and (
            k < i + 4 or not any(ps[1] in ("VERB", "INFN", "GRND", "PRTF", "ADVB")
                                 for ps in morph_parses(lang, words[k].text)[:1])):
        k += 1  # "міністр закордонних справ", "голова правління", "міністр зовнішньої торгівлі та закордонних справ"
    g = next((g for g in gms if i < g.w0 <= k < g.w1 and g.entry is not None and g.entry.type in ("LOC", "ORG")), None)
    # ("секретар кабінету міністрів Литви": the body's name may begin with the lower-case words)
    return (g.w1 if g is not None else k), g


def _titled_mononyms_missed(words: list[_Word], cands: list[_Cand], gms: list[_Cand], lang: str) -> list[_Cand]:
    """"з главою індонезійського МЗС Сугіоно": one capitalised word after a title and the state or body it is of,
    before punctuation or a lower-case word, that the dictionary does not know (or knows only as a name): a person
    named by one name."""
    taken = {w for c in list(cands) + list(gms) for w in range(c.w0, c.w1)}
    out: list[_Cand] = []
    for i in range(len(words) - 2):
        k, g = _after_title(words, gms, i, lang)
        if k is None or g is None or k + 1 >= len(words) or k in taken:
            continue
        w, nxt = words[k], words[k + 1]
        if not _capitalised_name(w.text) or w.start - words[k - 1].end != 1 or not (
                nxt.text[:1].islower() or (not nxt.text[:1].isalnum() and nxt.text not in ("-", "‑"))):
            continue
        ps = morph_parses(lang, w.text.lower())
        if ps and ps[0][3] and not {"Name", "Surn"} & ps[0][2]:
            continue  # a word the dictionary knows as something else
        out.append(_Cand(w.start, w.end, k, k + 1, "PER"))
        taken.add(k)
    return out


def _titled_names_missed(words: list[_Word], cands: list[_Cand], gms: list[_Cand], lang: str) -> list[_Cand]:
    """Two capitalised words right after a title (and the state or body it is of) that the NER left out:
    a person ("Міністр закордонних справ Кенії Антанас Вайткус", a foreign name it has not seen)."""
    lex = roles_mod.titles(lang)
    particles = name_particles(lang)
    taken = {w for c in cands for w in range(c.w0, c.w1)}
    out: list[_Cand] = []
    for i, w in enumerate(words[:-2]):
        k, g = _after_title(words, gms, i, lang)
        if k is None or k + 1 >= len(words):
            continue
        k1 = _compound_end(words, k)  # "Анна-Лійза", "Ківі-Саар": one name, its parts joined by hyphens
        part = set()
        if k1 + 1 < len(words) and words[k1].text in particles and words[k1 + 1].text[:1].isupper():
            part = {k1}  # "Фахад ас-Сабах", "Халид бин Салем": a particle inside the name
            k2 = _compound_end(words, k1 + 1)
        else:
            k2 = _compound_end(words, k1) if k1 < len(words) else k1
        name = range(k, k2)
        syllables = {x for x in name if x > k and _glued_syllable(words, x)}  # "Лай Цін-|де": a given name's syllable
        part |= syllables
        if k2 - k >= 2 and words[k].text[:1].isupper() and _east_asian_family_name(words[k].text, lang):
            part.add(k)  # "посол Китаю У Цзянхао": a family name written first, whatever else the word may be
        inner = []
        if any(x in taken for x in name):
            # the NER took part of the name for a place or body ("Хірото [Сакаяма]/LOC"): the title decides
            inner = [c for c in cands if c.w0 < k2 and k < c.w1]
            # (or one span ran from the title to the name's end: "[Генеральний секретар … Литви X Y]/ORG")
            # (a person span on part of the name only, "[Тину] [Саар]/PER", "[Анна-Лійза]/ORG [Ківі-Саар]/PER", joins it)
            if not inner or any((c.label == "PER" and (c.w0, c.w1) == (k, k2)) or c.entry is not None or c.w1 > k2 or (c.w0 < k and not (
                    c.w0 <= i and c.w1 == k2) and not (g is not None and c.w0 >= g.w0 and c.w1 == k2)) for c in inner):
                # ("міністру … Бутану [Бутану Дінанату Дхунгєлу]/ORG": a span from the state to the name's end is the name)
                continue
        if k1 >= k2 or not all(_capitalised_name(words[x].text) or (x > k and _regnal_number(words[x].text)) or x in part
                               for x in name):
            continue  # ("королева Данії Маргрете II": a monarch's number ends the name)
        if words[k1].start - words[k1 - 1].end != 1 or any(g.w0 <= x < g.w1 for g in gms for x in name if not (
                x > k and _regnal_number(words[x].text) and g.w1 - g.w0 == 1)):
            continue  # ("данський король Фредерік X": the monarch's number, not the network)
        if not syllables and any(ps and ps[0][3] and ps[0][1] != "NOUN" for ps in (
                morph_parses(lang, words[x].text.lower()) for x in name if x not in part)):
            continue  # "Ее Величества": a pronoun, an adjective; a name is a noun or a word the dictionary lacks
        if k not in part and lemma_candidates(words[k].text.lower(), lang) & (
                word_lists("state_nouns.txt").get(lang, frozenset())
                | word_lists("region_anaphor_nouns.txt").get(lang, frozenset())):
            continue  # "главы Республики Калмыкия": a state's or region's noun opens a place's name, not a person's
        if k2 < len(words) and words[k2].text[:1].isupper() and words[k2].start - words[k2 - 1].end == 1:
            continue  # a longer capitalised run: an organisation's name, not a person's
        if inner and not any(not ps or not ps[0][3] or {"Name", "Surn"} & ps[0][2]
                             for ps in (morph_parses(lang, words[x].text.lower()) for x in name if x not in part)):
            continue  # only a name the dictionary does not know (or knows as a name) overrules the NER
        for c in inner:
            cands.remove(c)
            head = words[c.w0].text.lower()
            if c.label == "ORG" and c.w0 < i and head not in lex.single and not any(
                    p[0] in lex.single for p in morph_parses(lang, head)[:2]):
                # "[Палаты представителей Дян Сари]/ORG": the body ends before the person
                out.append(_Cand(c.start, words[k - 1].end, c.w0, k, "ORG"))
        out.append(_Cand(words[k].start, words[k2 - 1].end, k, k2, "PER"))
    return out


def _coordinated_names_missed(words: list[_Word], cands: list[_Cand], gms: list[_Cand], lang: str) -> list[_Cand]:
    """"Олег Бондар і Оана Цою": two capitalised words joined by a conjunction to a person's full name, both read
    by the dictionary only as names (or unknown to it), that the NER left out: the second person."""
    if lang not in ("uk", "ru"):
        return []
    taken = {w for c in cands + gms for w in range(c.w0, c.w1)}
    out: list[_Cand] = []
    for c in cands:
        a = c.w1
        if c.label != "PER" or c.w1 - c.w0 < 2 or a + 2 >= len(words) or words[a].text not in _AND_WORDS:
            continue
        name = (a + 1, a + 2)
        if any(x in taken for x in name) or not all(_capitalised_name(words[x].text) and is_cyrillic(words[x].text)
                                                    and _name_only(words[x].text, lang) for x in name):
            continue
        if words[a + 2].start - words[a + 1].end != 1 or (a + 3 < len(words) and words[a + 3].text[:1].isupper()):
            continue  # (a longer capitalised run is no two-word name)
        out.append(_Cand(words[a + 1].start, words[a + 2].end, a + 1, a + 3, "PER"))
    return out


def _east_asian_family_name(word: str, lang: str) -> bool:
    """"У", "Ли", "Кім": a Chinese, Korean or Vietnamese family name (data/gazetteer/east_asian_family_names.txt)."""
    return word.lower() in word_lists("east_asian_family_names.txt").get(lang, frozenset())


def _glued_syllable(words: list[_Word], x: int) -> bool:
    """A short lower-case syllable glued by a hyphen to the capitalised word before it: the second half of an East
    Asian given name ("Цін-де", "Мін-хо")."""
    w = words[x]
    return w.text.isalpha() and w.text.islower() and len(w.text) <= 4 and words[x - 1].text[:1].isupper() \
        and words[x].start - words[x - 1].end == 1 and words[x].tok == words[x - 1].tok + 2


def _compound_end(words: list[_Word], k: int) -> int:
    """The end (exclusive) of the hyphenated compound starting at word k (the hyphen token is no word)."""
    k += 1
    while k < len(words) and words[k].start - words[k - 1].end == 1 and words[k].tok == words[k - 1].tok + 2:
        k += 1
    return k


def _regnal_number(word: str) -> bool:
    """"VI", "III": a Roman numeral after a monarch's name."""
    return re.fullmatch(r"[IVX]{1,5}", word) is not None


def _capitalised_name(word: str) -> bool:
    """"Коваль", "Ківі-Саар": one capitalised word, or capitalised words joined by hyphens."""
    return all(p[:1].isupper() and p[1:].islower() and p.isalpha() for p in word.split("-"))


def _prefer_longer_label(ent: Entity, c: _Cand, lang: str) -> None:
    """The article-language label of a non-gazetteer entity is its most complete name."""
    if c.entry is not None:
        return
    cur = ent.labels.get(lang, "")
    if len(c.norm.split()) > len(cur.split()):
        ent.labels[lang] = c.norm
        ent.name = c.norm


def _phrase_norm(doc: Doc, words: list[_Word], c: _Cand, surface: list[str], lang: str) -> list[str]:
    toks = [doc[words[i].tok] for i in range(c.w0, c.w1) if words[i].text != _BARRIER]
    morphs = [t.morph.to_dict() for t in toks] if len(toks) == len(surface) else None
    has_morph = doc.user_data.setdefault("_newskg_has_morph", doc.has_annotation("MORPH"))
    lemmas = [t.lemma_ for t in toks] if len(toks) == len(surface) and has_morph else None
    return normalize_phrase(surface, lang, morphs, lemmas)


def _name_only(word: str, lang: str) -> bool:
    """The dictionary reads the word only as a name or surname ("Кравчук"), or does not know it: a capital that opens
    a sentence does not make it a common word there."""
    if lang not in ("uk", "ru"):
        return False
    m = morph(lang)
    low = word.lower()
    return not m.word_is_known(low) or all({"Name", "Surn", "Patr"} & p.tag.grammemes for p in m.parse(low))


def _common_word_at_start(doc: Doc, w: _Word, lang: str) -> bool:
    """Sentence-initial word that the dictionary knows only as a common word."""
    if lang not in ("uk", "ru") or not _sentence_initial(doc, w.tok):
        return False
    m = morph(lang)
    low = w.text.lower()
    if not m.word_is_known(low):
        return False
    return not any(t in p.tag.grammemes for p in m.parse(low) for t in ("Name", "Surn", "Patr"))


def _distinctive_surname(word: str, lang: str, strict: bool = False) -> bool:
    """A word that can stand alone for a gazetteer person: not a first name (Павел), not short;
    ``strict`` (no NER tag either): not a common word of the language (Тихий, Маск)."""
    if len(word) < 4:
        return False
    if lang not in ("uk", "ru") or not is_cyrillic(word):
        return not strict or word.lower() not in _COMMON_LATIN
    m = morph(lang)
    ps = m.parse(word.lower())
    if any("Name" in p.tag.grammemes and p.is_known and p.tag.case == "nomn" and p.tag.number != "plur" for p in ps[:3]):
        return False  # a first name (Павел), not a surname
    if strict and m.word_is_known(word.lower()):
        return any("Surn" in p.tag.grammemes for p in ps[:4])
    return True


def _a_gazetteer_surname(word: str, lang: str, gaz: Gazetteer) -> bool:
    """Some case of the surname of one gazetteer person."""
    return any(gaz.person_by_surname(f) is not None for f in _word_forms(word, lang))


def _region_name_ending(word: str, lang: str) -> bool:
    """The word's lemma ends like a region's one-word name (data/gazetteer/region_name_endings.txt)."""
    endings = word_lists("region_name_endings.txt").get(lang, frozenset())
    forms = {word.lower()} | set(lemma_candidates(word, lang))
    return word[:1].isupper() and any(f.endswith(e) and len(f) > len(e) + 2 for f in forms for e in endings)


def _known_persons_surname(word: str, lang: str, gaz: Gazetteer) -> bool:
    """The surname of one gazetteer person, in some case, that is nothing but a surname."""
    return word[:1].isupper() and not word.isupper() and _only_a_surname(word, lang) and _a_gazetteer_surname(
        word, lang, gaz)


def _only_a_surname(word: str, lang: str) -> bool:
    """A word no dictionary knows (a rare or foreign surname), or one it knows only as a family or given name."""
    if lang not in ("uk", "ru") or not is_cyrillic(word):
        return word.lower() not in _COMMON_LATIN
    m = morph(lang)
    if not m.word_is_known(word.lower()):
        return True
    return all({"Surn", "Name"} & p.tag.grammemes for p in m.parse(word.lower())[:3])


_COMMON_LATIN = {"will", "may", "bill", "mark", "graham", "king", "pope", "grant", "rice", "young"}


def _ministry_of_the_holder(doc: Doc, words: list[_Word], c: _Cand, merged: list[_Cand], gaz: Gazetteer,
                            lang: str) -> Optional[GazEntry]:
    """A state body named without its state ("МИД", "МЗС") right before a person the gazetteer knows
    ("глава МИД Иван Петров"), or after that person and a verb of leading ("Иван Петров, который возглавляет
    МИД"), is that person's state's body (data/gazetteer/state_bodies.tsv)."""
    lead = event_lexicon(lang).words.get("lead", [])

    def leads(p: _Cand) -> bool:
        between = [w for w in words[p.w1:c.w0] if w.text != _BARRIER]
        return 0 < len(between) <= 3 and any(
            w.tok < len(doc) and (doc[w.tok].lemma_.lower(),) in lead for w in between)

    holder = next((p for p in merged if p.label == "PER" and p.entry is not None and p.entry.country
                   and (0 <= p.w0 - c.w1 <= 1 or (0 < c.w0 - p.w1 <= 5 and leads(p)))), None)
    if holder is None:
        return None
    word = c.words[0].lower()
    return next((body for body in gaz.bodies_of.get(holder.entry.country, [])
                 if any(a.split()[0].lower() == word for a in body.aliases | set(body.labels.values()) if a.split())),
                None)


_HOME_STATE = {"uk": "UA", "ru": "RU"}  # whose ministries the language's press names without a state
_STATE_NOUNS_OF = {"uk": {"країна", "держава"}, "ru": {"страна", "государство"}}


def _home_ministry(c: _Cand, words: list[_Word], gaz: Gazetteer, lang: str) -> Optional[GazEntry]:
    """A ministry named by its short name alone ("МЗС", "Міноборони", "МИД", "Минобороны") that no state, holder
    or longer name in the article ties to a state: the ministry of the state whose press writes that way (not
    "МИД страны": the state the article is about)."""
    home = _HOME_STATE.get(lang)
    word = c.words[0] if c.words else ""
    if home is None or not (word.isupper() or word[:3].lower() in ("мін", "мин")):
        return None
    after = words[c.w1].text if c.w1 < len(words) else ""
    if lemma_candidates(after, lang) & _STATE_NOUNS_OF.get(lang, set()):
        return None
    return next((body for body in gaz.bodies_of.get(home, [])
                 if any(a.split()[0].lower() == word.lower() and len(a.split()) == 2
                        for a in body.aliases | set(body.labels.values()) if a.split())), None)


def _members_named(adjective: str, members: set[str]) -> bool:
    """A plural noun of the text shares a stem with a party's adjective ("ліберали" and "Ліберальна")."""
    return any(len(os.path.commonprefix([adjective, m])) >= max(7, len(m) - 3) for m in members)


def _members_for_their_party(words: list[_Word], merged: list[_Cand], taken: set[int], lang: str) -> list[_Cand]:
    """"соціалісти взяли 80 крісел", "демократы удержали перевес": a plural noun for the members of a party
    the article names by its adjective ("Ліберальна партія", "Демократическая партия") stands for that party
    (the noun and the adjective share a stem of seven letters or more)."""
    if lang not in ("uk", "ru"):
        return []
    stems: dict[str, _Cand] = {}
    for c in merged:
        if c.label == "ORG" and c.w1 - c.w0 >= 2 and words[c.w0].text[:1].isupper() \
                and any(institutions.is_party_noun(words[k].text.lower(), lang) for k in range(c.w0 + 1, c.w1)) \
                and adjective_cases(lang, words[c.w0].text.lower()):
            stems.setdefault(words[c.w0].text.lower(), c)
    if not stems:
        return []
    taken = taken | {k for c in merged for k in range(c.w0, c.w1)}
    found = []
    for i, w in enumerate(words):
        if i in taken or not w.text.isalpha() or not (w.text.islower() or w.text[1:].islower()) or len(w.text) < 7:
            continue
        low = w.text.lower()
        if not any(pos == "NOUN" and "plur" in g for _nf, pos, g, _k in morph_parses(lang, low)[:2]):
            continue
        lemmas = {nf for nf, pos, _g, _k in morph_parses(lang, low) if pos == "NOUN"}
        party = next((c for adj, c in stems.items() if _members_named(adj, lemmas)), None)
        if party is not None:
            found.append(_Cand(w.start, w.end, i, i + 1, "ORG", same_as=party))
    return found


def _surname_opening_a_sentence(doc: Doc, words: list[_Word], merged: list[_Cand], taken: set[int],
                                lang: str) -> list[_Cand]:
    """"Дар, як повідомляє агентство, запевнив": a sentence opening with the surname of a person named in full
    before, then a comma, is that person, even when the word is also a common noun the NER passed over."""
    if lang not in ("uk", "ru"):
        return []
    surnames: dict[str, _Cand] = {}
    m = morph(lang)
    unknown: list[tuple[str, _Cand]] = []  # one-word names the dictionary does not know ("Рамфулом")
    for c in merged:
        if c.label == "PER" and c.w1 - c.w0 >= 2:
            for f in lemma_candidates(words[c.w1 - 1].text.lower(), lang):
                surnames.setdefault(f, c)
        elif c.label == "PER" and c.w1 - c.w0 == 1 and is_cyrillic(words[c.w0].text) and m is not None \
                and not m.word_is_known(words[c.w0].text.lower()):
            unknown.append((translit(words[c.w0].text), c))
    taken = taken | {k for c in merged for k in range(c.w0, c.w1)}
    found = []
    for i, w in enumerate(words[:-1]):
        if i in taken or not _sentence_initial(doc, w.tok) or not w.text[:1].isupper() or not w.text[1:].islower() \
                or words[i + 1].text != "," or len(w.text) < 3:
            continue
        src = next((surnames[f] for f in sorted(lemma_candidates(w.text.lower(), lang)) if f in surnames), None)
        if src is None and m is not None and not m.word_is_known(w.text.lower()):
            t = translit(w.text)  # "… Рамфулом, який …" … "Рамфул, слова якого …": the same unknown name
            src = next((c for u, c in unknown if _same_surname(u, t)), None)
        if src is not None and src.start < w.start:
            found.append(_Cand(w.start, w.end, i, i + 1, "PER"))
    return found


def _person_the_ner_took_for_a_body(doc: Doc, words: list[_Word], merged: list[_Cand], taken: set[int],
                                    lang: str) -> list[_Cand]:
    """"суперник від коаліції [Мусалія Мудаваді] … Мудаваді пообіцяв": two or three capitalised words the NER typed as
    an organisation, none of them a word the dictionary knows and none a name the gazetteer has, whose last word
    opens a later sentence right before a verb in the past singular, are a person, named there again (the
    list is changed in place; the later mentions are returned)."""
    m = morph(lang)
    if m is None:
        return []
    taken = taken | {k for c in merged for k in range(c.w0, c.w1)}
    found: list[_Cand] = []
    for n, c in enumerate(merged):
        names = [words[k].text for k in range(c.w0, c.w1)]
        if c.label != "ORG" or c.entry is not None or not 2 <= len(names) <= 3 or not all(
                w[:1].isupper() and w[1:].islower() and w.isalpha() and is_cyrillic(w) and not m.word_is_known(w.lower())
                for w in names):
            continue
        forms = lemma_candidates(names[-1], lang)  # (the word itself, lower-cased, among them)
        again = [i for i, w in enumerate(words[:-1]) if i not in taken and w.start > c.end and _sentence_initial(doc, w.tok)
                 and lemma_candidates(w.text, lang) & forms
                 and any(pos == "VERB" and "past" in g and "plur" not in g
                         for _nf, pos, g, _k in morph_parses(lang, words[i + 1].text.lower())[:1])]
        if again:
            merged[n] = _Cand(c.start, c.end, c.w0, c.w1, "PER")
            found.extend(_Cand(words[i].start, words[i].end, i, i + 1, "PER") for i in again)
    return found


def _same_word_again(doc: Doc, words: list[_Word], merged: list[_Cand], taken: set[int], lang: str) -> list[_Cand]:
    """One name, one reading per article: a one-word place or organisation the NER found somewhere is
    also every other capitalised occurrence of that word (or of its inflected forms) the NER missed."""
    def forms(w: _Word) -> set[str]:
        lem = doc[w.tok].lemma_.lower() if w.tok < len(doc) else ""
        if lem:
            return {w.text.lower(), lem}
        # no lemmatiser in the pipeline: the dictionary's readings
        return {w.text.lower()} | set(lemma_candidates(w.text, lang) if lang in ("uk", "ru") else ())


    known: dict[str, _Cand] = {}
    for c in merged:
        if c.w1 - c.w0 == 1 and c.label in ("LOC", "ORG") and not c.words \
                and not (c.entry is not None and c.entry.ambiguous):
            w = words[c.w0]
            if len(w.text) >= 4 and w.text[:1].isupper() and not w.text.isupper():
                for f in forms(w):
                    known.setdefault(f, c)
            elif c.label == "ORG" and _acronym(w.text, 3, len(w.text)):
                known.setdefault(w.text, c)  # an acronym found once ("ALFA") is that body wherever it stands alone
    if not known:
        return []
    persons = {c.w0 for c in merged if c.label == "PER"}
    taken = taken | {k for c in merged for k in range(c.w0, c.w1)}
    found = []
    for i, w in enumerate(words):
        caps = _acronym(w.text, 3, len(w.text))
        if i in taken or w.text == _BARRIER or not w.text[:1].isupper() or (w.text.isupper() and not caps) \
                or (_sentence_initial(doc, w.tok) and not caps):
            continue  # a capital opening a sentence says nothing ("Мали місце …")
        src = known.get(w.text) if caps else next((known[f] for f in sorted(forms(w)) if f in known), None)
        if src is None:
            continue
        nxt = words[i + 1] if i + 1 < len(words) else None
        prev = words[i - 1] if i > 0 else None
        if nxt is not None and nxt.text[:1].isupper() and nxt.start - w.end <= 1 and not (caps and i + 1 in persons):
            continue  # part of a longer capitalised name (not "ALFA Новака": the body, then its leader)
        if prev is not None and prev.text[:1].isupper() and w.start - prev.end <= 1 \
                and not _sentence_initial(doc, prev.tok):
            continue  # "Фридрих X": a person's surname, not the place
        found.append(_Cand(w.start, w.end, i, i + 1, src.label, same_as=src))
        taken.add(i)
    return found


def _latin_name_again(words: list[_Word], merged: list[_Cand]) -> None:
    """A name of two or more capitalised Latin words the NER found once ("Nova Vlast") is every other occurrence of
    those words too, in place of any shorter piece of it the NER took ("Vlast")."""
    known: dict[tuple[str, ...], _Cand] = {}
    for c in merged:
        seq = tuple(w.text for w in words[c.w0:c.w1])
        if c.label in ("ORG", "LOC") and len(seq) >= 2 and all(_latin(t) and t[:1].isupper() for t in seq):
            known.setdefault(seq, c)
    for seq, src in known.items():
        n = len(seq)
        for i in range(len(words) - n + 1):
            if tuple(w.text for w in words[i:i + n]) != seq:
                continue
            inside = {id(c): c for c in merged if c.w0 < i + n and i < c.w1}
            if src in inside.values() or any(c.w0 < i or c.w1 > i + n for c in inside.values()):
                continue  # itself, or inside a longer name
            for c in inside.values():
                merged.remove(c)
            merged.append(_Cand(words[i].start, words[i + n - 1].end, i, i + n, src.label, same_as=src))


def _quoted_name_again(doc: Doc, words: list[_Word], merged: list[_Cand], taken: set[int]) -> list[_Cand]:
    """A quoted name of two or more words that the NER missed in another case («партії "Нова сила"» found,
    «з "Новою силою"» missed) is the organisation found elsewhere whose name it is, or begins."""
    def lemmas(w0: int, w1: int) -> tuple[str, ...]:
        return tuple(doc[w.tok].lemma_.lower() or w.text.lower() for w in words[w0:w1] if w.text != _BARRIER)

    known = [(lemmas(c.w0, c.w1), c) for c in merged if c.label == "ORG" and c.w1 - c.w0 >= 2]
    if not known:
        return []
    taken = taken | {k for c in merged for k in range(c.w0, c.w1)}
    found = []
    text = doc_text(doc)
    for m in re.finditer(r"«([^«»\n]{3,80})»", text):
        inside = [i for i, w in enumerate(words) if m.start(1) <= w.start and w.end <= m.end(1)]
        if len(inside) < 2 or any(i in taken for i in inside) or not words[inside[0]].text[:1].isupper():
            continue
        mine = lemmas(inside[0], inside[-1] + 1)
        src = next((c for lem, c in known if len(mine) >= 2 and lem[:len(mine)] == mine), None)
        if src is not None:
            found.append(_Cand(words[inside[0]].start, words[inside[-1]].end, inside[0], inside[-1] + 1, "ORG", same_as=src))
            taken.update(inside)
    return found


def _word_forms(word: str, lang: str) -> list[str]:
    """The word and its possible nominative forms (for surname lookups)."""
    forms = [word]
    if lang in ("uk", "ru") and is_cyrillic(word):
        normed, _ = normalize_person([word], lang)
        forms += normed
        forms += sorted(lemma_candidates(word, lang))
    return forms


def _with_institution_head(c: _Cand, words: list, lang: str) -> _Cand:
    """"Львівську обласну прокуратуру": the NER stopped before the lower-case institution noun its
    adjectives go with; the organisation includes it."""
    if c.label not in ("ORG", "LOC") or c.w1 >= len(words) or lang not in ("uk", "ru"):
        return c
    nxt = words[c.w1].text
    last = words[c.w1 - 1].text
    if not nxt[:1].islower() or words[c.w1].start - words[c.w1 - 1].end > 1 or not (
            last[:1].islower() or (c.w1 - c.w0 == 1 and adjective_cases(lang, last.lower()))):
        return c  # only after an adjective that is part of the span ("обласну", "Львівську")
    k = c.w1  # "Рівненську обласну | військову адміністрацію": lower-case adjectives before the noun too
    while k < min(c.w1 + 3, len(words) - 1) and words[k].text[:1].islower() and words[k + 1].start - words[k].end == 1 \
            and adjective_cases(lang, words[k].text.lower()) & adjective_cases(lang, last.lower()):
        k += 1
    if not words[k].text[:1].islower() or (institutions._nominative(words[k].text, lang) is None
                                           and not _party_head(words[k].text, lang)):
        return c
    return _Cand(c.start, words[k].end, c.w0, k + 1, "ORG")


def _party_head(word: str, lang: str) -> bool:
    """A lower-case noun that ends a party's or movement's name ("рух", "партия"; name_heads.tsv)."""
    heads = name_heads(lang)
    return word[:1].islower() and any(heads.get(f) == "ORG" for f in lemma_candidates(word.lower(), lang))


def _party_named_by_adjectives(c: _Cand, words: list, lang: str) -> _Cand:
    """"Народно-демократичним рухом" taken for a place: capitalised adjectives and the lower-case noun
    that ends a party's name make an organisation."""
    if c.label == "ORG" or c.entry is not None or lang not in ("uk", "ru") or c.w1 - c.w0 < 2 \
            or not _party_head(words[c.w1 - 1].text, lang) or not words[c.w0].text[:1].isupper():
        return c
    if not all(adjective_cases(lang, words[k].text.lower()) or (
            words[k + 1].start - words[k].end == 1 and words[k].text[:1].isupper()) for k in range(c.w0, c.w1 - 1)):
        return c  # ("Союз Ивана Петрова": not adjectives)
    return replace(c, label="ORG")


def _parties_by_adjectives_missed(doc: Doc, words: list[_Word], cands: list[_Cand], gms: list[_Cand], lang: str) -> list[_Cand]:
    """"від Словенської партії пенсіонерів": capitalised adjectives agreeing with a party noun, and one lower-case
    genitive that ends the name, which the recogniser missed or took in part (the adjective alone for a place).
    A single plain adjective must not open the sentence (it would be capitalised anyway)."""
    out = list(cands)
    members_seen: list[set[str]] = []

    def members() -> set[str]:  # the plural nouns of the text, read only when a name opening a sentence needs them
        if not members_seen:
            members_seen.append({nf for w in words if w.text.isalpha() and w.text.islower() and len(w.text) >= 7
                                 for nf, pos, g, _k in morph_parses(lang, w.text)[:2] if pos == "NOUN" and "plur" in g})
        return members_seen[0]
    for h, w in enumerate(words):
        if h == 0 or not _party_head(w.text, lang) or any(g.w0 <= h < g.w1 for g in gms):
            continue
        want = word_cases(lang, w.text.lower())
        a = h
        while a > 1 and words[a - 1].text.isalpha() and words[a - 1].text.islower() \
                and words[a].start - words[a - 1].end == 1 and adjective_cases(lang, words[a - 1].text.lower()) & want:
            a -= 1  # "Польська селянська партія": lower-case adjectives after the first
        compound = a < h and a > 0 and doc.text[words[a - 1].end:words[a].start] in _HYPHENS \
            and words[a - 1].text[:1].isupper() and words[a - 1].text.isalpha()
        if compound:  # "Конституционно-демократическая партия": a compound's capitalised first half opens the name
            a -= 1
        lower = a + 1 if compound else a
        while a > 0 and words[a - 1].text[:1].isupper() and words[a].start - words[a - 1].end == 1 \
                and adjective_cases(lang, words[a - 1].text.lower()) & want:
            a -= 1
        if lower < h and lower - a == 2 and _sentence_initial(doc, words[a].tok):
            a += 1  # "Ліберальна Естонська народна партія (ЕНП)": an adjective that opens the sentence, before the name
        if lower < h and (lower - a != 1 or (_sentence_initial(doc, words[a].tok) and not compound
                                             and gazetteer_mod.load().demonym(words[a].text, lang) is None)):
            continue  # (one capitalised adjective opens such a name; at a sentence start, a nationality's)
        if a == h or (h - a == 1 and (_sentence_initial(doc, words[a].tok) or words[a - 1].text in _OPENING_MARKS)
                      and not _members_named(words[a].text.lower(), members())) \
                or any("Anum" in p[2] for p in morph_parses(lang, words[a].text.lower())[:1]):
            continue  # ("Вторая партия зерна": an ordinal, and a shipment; "Ліберальна партія" opening a sentence
            # is a name when the text calls its members "ліберали")
        end = h + 1
        if end < len(words) and words[end].text[:1].isupper() and "(" not in doc.text[words[end - 1].end:words[end].start]:
            continue  # "Народна партія Молдови": the place's genitive ends the name, found with the institution noun
            # (not its acronym in brackets: "Народна партія (НП)")
        if lower == h and end + 1 < len(words) and words[end].text.isalpha() and words[end].text.islower() \
                and "Gen" in word_cases(lang, words[end].text.lower()) and not adjective_cases(lang, words[end].text.lower()) \
                and not (words[end + 1].text.isalpha() and words[end + 1].text.islower()
                         and "Gen" in word_cases(lang, words[end + 1].text.lower())):
            end += 1  # "партії пенсіонерів": the genitive that ends the name
        if any(c.label == "ORG" and c.w0 <= a and end <= c.w1 for c in out):
            continue  # the recogniser's own name is as long
        out = [c for c in out if not (a <= c.w0 and c.w1 <= end)]
        out.append(_Cand(words[a].start, words[end - 1].end, a, end, "ORG"))
    return out


_OPENING_MARKS = {"«", "\"", "„", "“", "—", "–", "-"}


def _with_name_adjectives_before(c: _Cand, words: list, text: str, lang: str) -> _Cand:
    """"Народна партія Австрії", "Соціал-демократична партія X": the NER began the name at its lower-case
    institution noun; the adjectives before it that agree with the noun belong to the name, up to the
    capitalised one that opens it (a hyphenated compound counts as one adjective)."""
    if c.label != "ORG" or c.entry is not None or lang not in ("uk", "ru") or c.w0 == 0:
        return c
    head = words[c.w0].text
    if not head[:1].islower() or institutions._nominative(head, lang) is None:
        return c
    want = word_cases(lang, head.lower())
    k, start = c.w0, None
    while k > 0 and words[k].start - words[k - 1].end == 1 and text[words[k - 1].end] == " ":
        a = k - 1
        if not adjective_cases(lang, words[a].text.lower()) & want:
            break
        compound = False
        while a > 0 and words[a].start - words[a - 1].end == 1 and text[words[a - 1].end] in _HYPHENS:
            a -= 1  # "Соціал-демократична": the compound's first part
            compound = True
        p = words[a].start
        while p > 0 and text[p - 1] in " «\"„“":
            p -= 1
        opening = p == 0 or text[p - 1] in ".!?\n"  # (the sentence opens with it, maybe after a quote mark)
        if words[a].text[:1].isupper() and (compound or not opening or (
                start is None and institutions.is_party_noun(head, lang))):
            start = a  # (a plain adjective opening a sentence is capitalised anyway: "Нове посольство X"; a party's
            # adjective names it: "Зелена партія X", not one before another: "Нова Ліберальна партія")
        k = a
    if start is None:
        return c
    return _Cand(words[start].start, c.end, start, c.w1, "ORG")


# a preposition that opens an institution's remit after its noun, and the case of the words it governs
_REMIT_PREPS = {"uk": {"з": "Gen", "із": "Gen", "зі": "Gen"}, "ru": {"по": "Dat"}}
_WITH_INS = {"uk": ("з", "із", "зі"), "ru": ("с", "со")}


def _with_remit_after(c: _Cand, words: list, text: str, lang: str) -> _Cand:
    """"Державна служба | з надзвичайних ситуацій", "Федеральное агентство | по делам молодёжи": the NER
    stopped before the remit of a body whose name ends in an institution noun (or ran into the preposition
    and stopped): the lower-case phrase the preposition governs, and the genitives after its noun, belong
    to the name. Not a time ("служба з початку року") nor a word the case does not allow."""
    if c.label != "ORG" or c.entry is not None or lang not in _REMIT_PREPS:
        return c
    preps = _REMIT_PREPS[lang]
    w1 = c.w1
    if w1 - c.w0 >= 3 and words[w1 - 2].text in preps and words[w1 - 1].text[:1].islower():
        w1 -= 2  # "Державне агентство з питань": the span ran into the remit and stopped in it
    if w1 >= len(words) - 1 or words[w1].text not in preps \
            or institutions._nominative(words[w1 - 1].text, lang) is None:
        return c
    if c.w0 > 0 and words[c.w0 - 1].text[:1].islower() and institutions._nominative(words[c.w0 - 1].text, lang):
        return c  # "комітету Ради з питань освіти": the remit is the committee's, the body before the name
    base = words[w1].start
    times = time_spans(text[base:words[min(w1 + 8, len(words) - 1)].end], lang)
    want, k, last_noun = {preps[words[w1].text]}, w1 + 1, None
    while k < min(w1 + 7, len(words)) and words[k].text[:1].islower() and words[k].text.isalpha() \
            and words[k].start - words[k - 1].end == 1 \
            and not any(base + a <= words[k].start < base + b for a, b in times):
        low = words[k].text.lower()
        noun = word_cases(lang, low) - adjective_cases(lang, low)
        if adjective_cases(lang, low) & want:
            pass
        elif noun & (want | ({"Gen"} if last_noun is not None else set())):
            last_noun = k
            want = {"Gen"}  # the genitives after the first noun: "з питань стратегічних галузей промисловості"
        elif last_noun == k - 1 and low in _WITH_INS.get(lang, ()) and k + 1 < len(words) \
                and words[k + 1].text.isalpha() and words[k + 1].text.islower() \
                and "Ins" in word_cases(lang, words[k + 1].text.lower()) - adjective_cases(lang, words[k + 1].text.lower()):
            last_noun = k + 1  # "з питань співпраці з громадами": a noun's own complement with "з"
            k += 2
            continue
        else:
            break
        k += 1
    if last_noun is None or last_noun + 1 <= c.w1:
        return c
    return _Cand(c.start, words[last_noun].end, c.w0, last_noun + 1, "ORG")


def _with_coordinated_field(c: _Cand, words: list, lang: str) -> _Cand:
    """"[Міністерство освіти] і науки", "[Министерство науки] и высшего образования", "[Міністерство економіки],
    довкілля та сільського господарства": a body's name opening with an institution noun and ending in a field
    (a lower-case genitive noun) goes on over the fields coordinated with it, each a genitive noun with the
    adjectives before it."""
    if c.label != "ORG" or lang not in ("uk", "ru") or c.w1 - c.w0 < 2:
        return c
    head = c.w0
    while head + 1 < c.w1 - 1 and words[head].text[:1].isupper() and adjective_cases(lang, words[head].text.lower()) \
            and institutions._nominative(words[head].text, lang) is None:
        head += 1  # ("Національна рада з питань телебачення і радіомовлення": the institution noun after its adjectives)
    if institutions._nominative(words[head].text, lang) is None:
        return c

    def gen_noun(k: int) -> bool:
        low = words[k].text.lower()
        return words[k].text.isalpha() and words[k].text.islower() and "Gen" in word_cases(lang, low) - adjective_cases(lang, low)

    def gen_adj(k: int) -> bool:
        return words[k].text.isalpha() and words[k].text.islower() and "Gen" in adjective_cases(lang, words[k].text.lower())

    if not gen_noun(c.w1 - 1):
        return c
    k = c.w1
    while k < min(c.w1 + 2, len(words)) and gen_noun(k) and words[k].start - words[k - 1].end == 1:
        k += 1  # "Міністерство розвитку | громад": the field's own genitive the recogniser left out (taken with the
        # fields coordinated after it; alone it stays out)
    end = c.w1
    while k + 1 < len(words) and words[k].text in (",", *_CONJ - {"а", "and"}):
        closing = words[k].text != ","
        m = k + 1
        while m < min(k + 4, len(words)) and gen_adj(m) and not gen_noun(m):
            m += 1
        if m >= len(words) or not gen_noun(m) or words[k + 1].start - words[k].end > 1:
            break
        while m + 1 < len(words) and gen_noun(m + 1) and m + 1 - k <= 4 and not (
                lemma_candidates(words[m + 1].text, lang) & word_lists("state_nouns.txt").get(lang, frozenset())):
            m += 1  # "з питань … промисловості": a field's own genitives (not "республіки": whose body it is)
        k = end = m + 1
        if closing:
            break  # "X, Y та Z": the conjunction ends the list
    if end == c.w1 or words[end - 1].text == ",":
        return c
    if any(words[x].text == "," for x in range(c.w1, end)) and not any(words[x].text in _CONJ for x in range(c.w1, end)):
        return c  # "Міністерство економіки, довкілля": a list closes with a conjunction
    return _Cand(c.start, words[end - 1].end, c.w0, end, "ORG")  # (another body than a known one it began like)


def _region_taken_for_a_person(c: _Cand, words: list, lang: str) -> _Cand:
    """"Губернатор [Джалал-Абадской области]": a span the recogniser called a person that ends in a region noun
    ("области", "району") after a capitalised adjective is a place."""
    if c.label != "PER" or lang not in ("uk", "ru") or c.w1 - c.w0 < 2 or not words[c.w1 - 1].text.islower():
        return c
    regions = gazetteer_mod.word_lists("region_nouns.txt").get(lang, frozenset())
    if not lemma_candidates(words[c.w1 - 1].text.lower(), lang) & regions:
        return c
    return _Cand(c.start, c.end, c.w0, c.w1, "LOC")


def _with_state_finished(c: _Cand, gms: list[_Cand], gaz: Gazetteer) -> _Cand:
    """"[Ради міністрів Сан-Томе] і Принсіпі": the recogniser stopped inside a state's name of several words
    (one with a conjunction) that began inside the body's span: the body runs to where the state's name ends."""
    if c.label != "ORG" or c.entry is not None:
        return c
    state = next((g for g in gms if c.w0 < g.w0 < c.w1 < g.w1 and g.label == "LOC" and g.entry is not None
                  and gaz.is_state(g.entry.key)), None)
    return c if state is None else _Cand(c.start, state.end, c.w0, state.w1, "ORG")


def _with_state_after(c: _Cand, words: list, gms: list[_Cand], gaz: Gazetteer, lang: str) -> _Cand:
    """"[Національної ради] Швейцарії", "[Национального собрания] Мавритании": the recogniser stopped before
    the state whose body it is; a body's name ending in a common noun takes the state's name in the genitive
    right after it."""
    if c.label != "ORG" or c.entry is not None or lang not in ("uk", "ru") or c.w1 >= len(words):
        return c
    last = words[c.w1 - 1].text
    one = c.w1 - c.w0 == 1 and last[:1].isupper() and last[1:].islower()  # "[Сената] Перу": a body named by its noun
    if not (last.islower() or one) or words[c.w1].start - words[c.w1 - 1].end != 1 or (
            institutions._nominative(last.lower(), lang) is None
            and not any(institutions.is_parliament_noun(words[k].text, lang) for k in range(c.w0, c.w1))
            # "[Министерство транспорта, связи и логистики] X": a body's noun opens it, its
            # remit in the genitive ends it
            and not (c.w1 - c.w0 >= 2 and institutions._nominative(words[c.w0].text.lower(), lang) is not None)):
        return c
    state = next((g for g in gms if g.w0 == c.w1 and g.label == "LOC" and g.entry is not None
                  and gaz.is_state(g.entry.key)), None)
    if state is None or not (institutions._genitive(words[c.w1].text, lang)
                             or words[c.w1].text == (state.entry.labels.get(lang) or "").split(" ")[0].split("-")[0]):
        return c  # (a name that does not decline, "Сан-Томе и Принсипи", is the genitive too)
    return _Cand(c.start, state.end, c.w0, state.w1, "ORG")


_LATIN_NAME = re.compile(r"^[A-ZÀ-ÖØ-Þ][A-Za-zÀ-ÖØ-öø-ÿĀ-ž]+$")  # (letters with diacritics too: "Göteborgs")


def _named_after_kind(cands: list[_Cand], words: list, lang: str) -> list[_Cand]:
    """"Либеральная партия Tevynes", "компанія Selvaris": an organisation's kind (adjectives and an
    institution noun) right before a name in Latin letters: the name is the organisation, whether the NER
    typed the kind ORG and the name anything, or ran one ORG span over both; the kind alone is no entity."""
    if lang not in ("uk", "ru"):
        return cands

    def kind_before(k: int, w0: int) -> bool:  # lower-case words ending in an institution noun right before k
        return k > w0 and (institutions._nominative(words[k - 1].text, lang) is not None
                           or _outlet_noun(words[k - 1].text, lang)) \
            and not any(w.text[:1].isupper() for w in words[w0 + 1:k])  # ("газета Göteborgs-Posten" too)

    def latin(w0: int, w1: int) -> bool:  # (or one acronym in capitals: "партія ДОБРО")
        return w1 > w0 and (all(_LATIN_NAME.match(w.text) for w in words[w0:w1]) or (
            w1 - w0 == 1 and _acronym(words[w0].text)))

    out, named = [], set()
    for c in cands:
        k = next((k for k in range(c.w0 + 1, c.w1) if _LATIN_NAME.match(words[k].text)), None)
        if c.label == "ORG" and c.entry is None and k is not None and latin(k, c.w1) and kind_before(k, c.w0):
            c = _Cand(words[k].start, c.end, k, c.w1, "ORG")  # one span over both
            named.add(tuple(w.text for w in words[c.w0:c.w1]))
        out.append(c)
    drop = set()
    for c in out:
        if c.label != "ORG" or c.w1 >= len(words) or not kind_before(c.w1, c.w0):
            continue
        d = next((d for d in out if d.w0 == c.w1 and d.entry is None), None)
        if d is not None and words[d.w0].start - words[c.w1 - 1].end == 1 and latin(d.w0, d.w1):
            drop.add(id(c))  # the kind typed apart from the name
            named.add(tuple(w.text for w in words[d.w0:d.w1]))
    # a name of Latin words after its kind that the NER typed in pieces ("компанія Qatar | Steel Works", a state's
    # name and a person's) is one name: the pieces go
    for k in range(1, len(words)):
        e = k
        while e < len(words) and _LATIN_NAME.match(words[e].text) and words[e].start - words[e - 1].end == 1:
            e += 1
        if e - k < 2 or not kind_before(k, k - 1) or (e < len(words) and re.fullmatch(r"[a-z]+", words[e].text)):
            continue
        inside = [c for c in out if k <= c.w0 and c.w1 <= e and id(c) not in drop]
        if len(inside) >= 2 or (inside and inside[0].label == "PER"):
            drop.update(id(c) for c in inside)
            named.add(tuple(w.text for w in words[k:e]))
    if named:
        for k in range(len(words)):  # ... wherever the article writes it
            for n in named:
                if len(n) >= 2 and tuple(w.text for w in words[k:k + len(n)]) == n:
                    inside = [c for c in out if k <= c.w0 and c.w1 <= k + len(n)]
                    if not any(c.w0 == k and c.w1 == k + len(n) and id(c) not in drop for c in inside):
                        drop.update(id(c) for c in inside)
                        out.append(_Cand(words[k].start, words[k + len(n) - 1].end, k, k + len(n), "ORG"))
    out = [c for c in out if id(c) not in drop]
    drop = set()
    taken = {w for c in out for w in range(c.w0, c.w1)}
    k = 1
    while k < len(words):  # a name the NER left out after its kind ("компанія Selvaris")
        e = k
        while e < len(words) and e not in taken and _LATIN_NAME.match(words[e].text) \
                and words[e].start - words[e - 1].end == 1:
            e += 1
            while e + 1 < len(words) and words[e].text in _HYPHENS and words[e].start == words[e - 1].end \
                    and words[e + 1].start == words[e].end and _LATIN_NAME.match(words[e + 1].text) \
                    and e + 1 not in taken:
                e += 2  # "газета Göteborgs-Posten": a hyphen joins the name's words
        if e == k and k not in taken and _acronym(words[k].text) and words[k].start - words[k - 1].end == 1:
            e = k + 1
        if e > k and kind_before(k, k - 1) and not (e < len(words) and re.fullmatch(r"[a-z]+", words[e].text)):
            # (not a name going on in lower-case Latin words: "газета Times of X" is the recogniser's to find)
            out.append(_Cand(words[k].start, words[e - 1].end, k, e, "ORG"))
            named.add(tuple(w.text for w in words[k:e]))
        k = max(e, k + 1)
    out.sort(key=lambda c: c.start)
    # the name is the organisation's wherever else the article writes it alone ("лидер Tevynes X")
    return [_Cand(c.start, c.end, c.w0, c.w1, "ORG") if c.entry is None and tuple(
        w.text for w in words[c.w0:c.w1]) in named else c for c in out if id(c) not in drop]




def _opening_adjective_alone(doc: Doc, c: _Cand, words: list, lang: str) -> bool:
    """"Мавританский лидер подчеркнул": an adjective capitalised only as a sentence's first word, before the
    lower-case noun it goes with, is no name (the recogniser may take a nationality adjective for a place)."""
    if lang not in ("uk", "ru") or c.entry is not None or c.label == "PER" or c.w1 >= len(words) \
            or any(ch.isspace() for ch in doc_text(doc)[c.start:c.end]):
        return False  # (one written word, hyphens and all)
    w, nxt = words[c.w0], words[c.w1]
    if not (_sentence_initial(doc, w.tok) or _after_opening_quote(doc, w.tok)) or not nxt.text[:1].islower() \
            or not nxt.text.isalpha():
        return False
    ps = morph(lang).parse(words[c.w1 - 1].text.lower().split("-")[-1])[:3]
    return any(p.tag.POS in ("ADJF", "ADJS") for p in ps) and not {"Geox", "Name", "Surn", "Orgn"} & ps[0].tag.grammemes


def _capitalised_head_before_body(doc: Doc, cands: list[_Cand], words: list, lang: str, gaz: Gazetteer) -> list[_Cand]:
    """"об'єкта Оператора газосховищ України": a common noun written with a capital inside a sentence, right before an
    organisation's name, is the first word of that name (the recogniser may type it apart, or not at all)."""
    if lang not in ("uk", "ru"):
        return cands
    m = morph(lang)
    out: list[_Cand] = []
    for c in sorted(cands, key=lambda c: c.start):
        k = c.w0 - 1
        prev = out[-1] if out else None
        alone = prev is not None and prev.w0 == k and prev.w1 == c.w0 and prev.entry is None
        if c.label == "ORG" and c.entry is None and k > 0 and (alone or not (prev and prev.w1 > k)) \
                and _capitalised_name(words[k].text) and is_cyrillic(words[k].text) and doc_text(doc)[words[k].end:words[c.w0].start] == " " \
                and not _sentence_initial(doc, words[k].tok) and not _after_opening_quote(doc, words[k].tok) \
                and not _title_word(words[k].text, lang) and m.word_is_known(words[k].text.lower()) \
                and not gaz.matches([words[k].text], lang):
            ps = m.parse(words[k].text.lower())
            if ps and ps[0].tag.POS == "NOUN" and not {"Name", "Surn", "Patr", "Geox", "Orgn", "Abbr"} & ps[0].tag.grammemes:
                if alone:
                    out.pop()
                out.append(_Cand(words[k].start, c.end, k, c.w1, "ORG"))
                continue
        out.append(c)
    return out


def _party_of_its_leader(doc: Doc, words: list[_Word], merged: list[_Cand], lang: str) -> tuple[list[_Cand], dict]:
    """"Партия Ивана Петрова победила": a party named by its leader is the party the article names with him
    elsewhere ("партия «X» бывшего премьера Ивана Петрова", "партия X во главе с Иваном Петровым"), when one
    party is told of so; the leader's name is then part of the party's name, not a mention of him. Also
    returns each such leader's party (by key)."""
    if lang not in ("uk", "ru"):
        return merged, {}
    def party_noun(k: int) -> bool:
        return 0 <= k < len(words) and institutions.is_party_noun(words[k].text, lang)

    sents = sentence_table(doc)
    persons = [c for c in merged if c.label == "PER" and c.key]
    led_by = event_lexicon(lang).words.get("headed", [])

    def genitive(c: _Cand) -> bool:  # (or declined off its nominative, for a foreign surname the dictionary misreads)
        last = words[c.w1 - 1].text
        return "Gen" in word_cases(lang, last.lower()) or bool(c.norm) and c.norm.split()[-1] != last

    def party_led_by(key: str, skip: _Cand) -> Optional[_Cand]:
        found = {}
        for q in persons:
            if q.key != key or q is skip or (q.w0 > 0 and party_noun(q.w0 - 1)):
                continue
            sent = sents[words[q.w0].tok]
            before_q = " " + text[max(0, q.start - 30):q.start].lower().rstrip()
            led = any(before_q.endswith(" " + " ".join(m)) for m in led_by)  # ("на чолі з", "во главе с")
            if not led and not genitive(q):
                continue  # ("партия X и Иван Петров": no genitive, nobody leads it here)
            before = [o for o in merged if o.label == "ORG" and o.key and o.w1 <= q.w0 and q.w0 - o.w1 <= 10
                      and words[o.w0].start >= sent.start_char and not any(
                          p.label == "PER" and o.w1 <= p.w0 < q.w0 for p in merged)
                      and not any(ch in text[o.end:q.start] for ch in ",;.:")]
            if not before:
                continue
            o = max(before, key=lambda o: o.w1)
            o = next((b for b in before if b.key == o.key and b.w0 < o.w0), o)  # the name before its acronym
            if any(party_noun(k) for k in range(o.w0 - 2, o.w1)) or any(  # (a quote's barrier before the name)
                    b.key == o.key and any(party_noun(k) for k in range(b.w0 - 2, b.w1)) for b in merged):
                found.setdefault(o.key, o)
        return next(iter(found.values())) if len(found) == 1 else None

    text = doc.text
    out = []
    for c in merged:
        if c.label == "PER" and c.key and c.w0 > 0 and party_noun(c.w0 - 1) \
                and words[c.w0].start - words[c.w0 - 1].end == 1 \
                and genitive(c):
            party = party_led_by(c.key, c)
            if party is not None:
                c = replace(c, start=words[c.w0 - 1].start, w0=c.w0 - 1, label="ORG", key=party.key,
                            entry=party.entry, norm=party.norm, words=list(party.words), gender=None)
        elif c.label == "ORG" and c.entry is None and c.w1 - c.w0 >= 2 and party_noun(c.w0) \
                and all(w.text[:1].isupper() for w in words[c.w0 + 1:c.w1]):
            last = words[c.w1 - 1].text
            forms = lemma_candidates(last.lower(), lang) | {last.lower()} | {
                w.lower() for w in normalize_person([last], lang)[0][-1:]}
            leader = next((q for q in persons if q.norm and q.norm.split()[-1].lower() in forms), None)
            party = party_led_by(leader.key, c) if leader is not None else None
            if party is not None:
                c = replace(c, label="ORG", key=party.key, entry=party.entry, norm=party.norm, words=list(party.words))
        out.append(c)
    leaders = {}
    for key in dict.fromkeys(q.key for q in persons):
        party = party_led_by(key, None)
        if party is not None:
            leaders[key] = party.key
    return out, leaders


def _acronym(word: str, shortest: int = 2, longest: int = 6) -> bool:
    """A word in capitals, two to six letters by default ("ДОБРО", "ДТЕК")."""
    return shortest <= len(word) <= longest and word.isalpha() and word.isupper()


def _expansion_before_acronym(merged: list[_Cand], text: str) -> None:
    """"Организации по безопасности и сотрудничеству (ОБСЕ)": a name with its acronym in parentheses
    right after it is one organisation, whatever language the acronym was made in. So is a quoted
    translation in parentheses right after an organisation's name ("Tevynes («Родина»)")."""
    by_start = {c.start: c for c in merged}
    for c in merged:
        m = re.match(r"\s*\(\s*[«\"„“]", text[c.end:c.end + 5])
        gloss = by_start.get(c.end + m.end()) if m and c.label == "ORG" and c.entry is None else None
        if gloss is not None and gloss.entry is None and re.match(r"\s*[»\"“”]\s*\)", text[gloss.end:gloss.end + 5]):
            c.key = c.key or f"org:{slug(c.norm)}"
            gloss.key, gloss.label = c.key, "ORG"
            continue
    for c in merged:
        if c.label not in ("ORG", "LOC") or c.w1 - c.w0 < 2 or c.entry is not None:
            continue
        m = re.match(r"[»\"”“]?\s*\(\s*", text[c.end:c.end + 5])  # (after a quoted name too: «Разом» (PR))
        acr = by_start.get(c.end + m.end()) if m else None
        if acr is None or not (acr.w1 - acr.w0 == 1 or re.fullmatch(r"[^\W\d_]+(?:[-‑][^\W_]+)+", text[acr.start:acr.end])) \
                or not text[acr.start:acr.end].isupper() \
                or not text[acr.end:acr.end + 3].lstrip().startswith(")"):  # (one word, or "AB-C")
            continue
        if acr.key is not None:
            c.key, c.entry, c.label = acr.key, acr.entry, acr.label
        else:
            c.key = f"{c.label.lower()}:{slug(c.norm)}"
            acr.key, acr.label = c.key, c.label


def _community_noun(word: str, lang: str) -> bool:
    return bool(lemma_candidates(word, lang) & word_lists("community_nouns.txt").get(lang, frozenset()))


_TOWN_ADJECTIVE = re.compile(r"(ськ|цьк|зьк|ск|цк)(ий|а|ої|ій|у|ою|ого|ому|им|ая|ой|ую|ий)$")


def _town_of_the_community(adjective: str, lang: str, gaz) -> Optional[gazetteer_mod.GazEntry]:
    """"Нововолинської" → Нововолинськ, "Болградська" → Болград: the town the gazetteer knows whose name the
    community's adjective is made of (the adjective's stem, or the stem with "-ськ")."""
    stem = _TOWN_ADJECTIVE.sub("", adjective)
    if stem == adjective or len(stem) < 3:
        return None
    for name in (stem, stem + ("ськ" if lang == "uk" else "ск")):
        found = [m for m in gaz.city_matches([name], lang) if m.start == 0 and m.end == 1 and not m.common]
        if found:
            return found[0].entry
    return None


def _regional_government(c: _Cand, words: list, lang: str) -> bool:
    """The span is a government noun (data/gazetteer/regional_government_nouns.txt) and a region's name after it:
    capitalised adjectives and a region noun ("правительстве Тверской области", "уряду Закарпатської області")."""
    if c.w1 - c.w0 < 3 or lang not in ("uk", "ru"):
        return False
    nouns = gazetteer_mod.word_lists("regional_government_nouns.txt").get(lang, frozenset())
    regions = gazetteer_mod.word_lists("region_nouns.txt").get(lang, frozenset())
    return bool(lemma_candidates(words[c.w0].text, lang) & nouns) \
        and bool(lemma_candidates(words[c.w1 - 1].text, lang) & regions) and words[c.w1 - 1].text.islower() \
        and all(words[k].text[:1].isupper() for k in range(c.w0 + 1, c.w1 - 1))


def _particle_names(text: str, words: list, cands: list[_Cand], gms: list[_Cand], lang: str) -> list[_Cand]:
    """"Катару Лулвою аль-Хатер": a capitalised word no gazetteer name holds, then a surname with its hyphenated
    particle, is a person's name, however the recogniser cut the words around it (the state before keeps its own
    span); a given name may stand before them ("Халіфа Шахін аль-Марар": the recogniser's person with the second
    name, one the dictionary knows as a name, or one it does not know at all that no capitalised word precedes)."""
    out = list(cands)
    for k in range(2, len(words)):
        if not _particle_surname(text, words, k, lang) or not words[k - 2].text[:1].isupper() \
                or any(g.w0 <= k - 2 < g.w1 for g in gms) or words[k - 2].text.isupper():
            continue
        w0, w1 = k - 2, k + 1
        if w0 > 1 and (_a_known_personal_name(words[w0 - 1].text, lang) or any(
                c.label == "PER" and c.w0 <= w0 - 1 and w0 < c.w1 for c in out) or (
                is_cyrillic(words[w0 - 1].text) and not morph(lang).word_is_known(words[w0 - 1].text.lower())
                and not words[w0 - 2].text[:1].istitle())) and words[w0 - 1].text[:1].isupper() \
                and not words[w0 - 1].text.isupper() and text[words[w0 - 1].end:words[w0].start] == " " \
                and not any(g.w0 <= w0 - 1 < g.w1 for g in gms):
            w0 -= 1  # "Халіфою Шахіном аль-Мараром": a given name before the second name and the surname
        if any(c.label == "PER" and c.w0 <= w0 and w1 <= c.w1 for c in out):
            continue
        kept = []
        for c in out:
            if c.w1 <= w0 or c.w0 >= w1:
                kept.append(c)
            elif c.w0 < w0 and c.entry is None:
                kept.append(_Cand(c.start, words[w0 - 1].end, c.w0, w0, c.label))  # the part before the name
        kept.append(_Cand(words[w0].start, words[k].end, w0, w1, "PER"))
        out = kept
    out.sort(key=lambda c: c.start)
    return out


def _particle_surname(text: str, words: list, k: int, lang: str) -> bool:
    """Word ``k`` ends an Arabic surname written with its particle joined by a hyphen ("аль-Юсефа", "ас-Сабах"):
    the particle in lower case from data/gazetteer/name_particles.txt, the rest capitalised."""
    return k >= 2 and words[k].text[:1].isupper() and words[k - 1].text in name_particles(lang) \
        and text[words[k - 1].end:words[k].start] in _HYPHENS \
        and text[words[k - 2].end:words[k - 1].start].isspace()  # (not a place's "Сан-Мартіно-ді-Лупарі")


def _given_name_and_surname(words: list, c: _Cand, gaz: Gazetteer, lang: str, text: str) -> bool:
    """Two words a space apart: a given name the gazetteer or the dictionary knows, then a capitalised word that
    is no place ("Івано-Франківщині" is one word)."""
    first, last = words[c.w0].text, words[c.w0 + 1].text
    if text[words[c.w0].end:words[c.w0 + 1].start] != " ":
        return False
    if not (_capitalised_name(first) and _capitalised_name(last)) or gaz.matches([last], lang) \
            or gaz.city_matches([last], lang):
        return False
    if gaz.first_name_canon(first) is not None:
        return True
    return lang in ("uk", "ru") and any("Name" in p.tag.grammemes for p in morph(lang).parse(first.lower())[:1])


def _person_before_a_place(c: _Cand, words: list, lang: str) -> list[_Cand]:
    """"Вадим Петренко в Тирасполе назвал": the NER ran the person's name on across a preposition into the place
    after it. A lower-case preposition inside a person's span (no particle of foreign names: "де", "фон"; no
    conjunction: "X і Y" are two persons) ends the name; a capitalised word after it is the place."""
    if c.label != "PER" or c.w1 - c.w0 < 3 or lang not in ("uk", "ru"):
        return [c]
    particles = name_particles(lang)
    for k in range(c.w0 + 1, c.w1 - 1):
        t = words[k].text
        if t.islower() and t not in particles and any(p[1] == "PREP" for p in morph_parses(lang, t)[:1]):
            out = [_Cand(c.start, words[k - 1].end, c.w0, k, "PER")]
            if words[k + 1].text[:1].isupper() and c.w1 - k == 2:
                out.append(_Cand(words[k + 1].start, words[k + 1].end, k + 1, k + 2, "LOC"))
            return out
    return [c]


def _split_place_person(c: _Cand, cands: list[_Cand], gms: list[_Cand], words: list, lang: str) -> list[_Cand]:
    """"Из Риги Петров вылетит": the NER ran a fronted place (and its preposition) into the name of the person
    after it. A person's span opening with a preposition, then a word read as a place elsewhere in the article (or
    in the lists), then a capitalised name: the place and the person apart."""
    if c.label != "PER" or c.w1 - c.w0 < 3 or lang not in ("uk", "ru") or not _is_function(words[c.w0].text, lang):
        return [c]
    place = words[c.w0 + 1]
    forms = lemma_candidates(place.text.lower(), lang)
    known = any(o.label == "LOC" and o.w1 - o.w0 == 1 and lemma_candidates(words[o.w0].text.lower(), lang) & forms
                for o in list(cands) + list(gms) if o is not c)
    last = lemma_candidates(words[c.w1 - 1].text.lower(), lang)  # (or the person is one named in full elsewhere)
    named = c.w1 - c.w0 == 3 and any(o.label == "PER" and o is not c and o.w1 - o.w0 >= 2
                                     and lemma_candidates(words[o.w1 - 1].text.lower(), lang) & last for o in cands)
    if not known and not named:
        return [c]
    return [_Cand(place.start, place.end, c.w0 + 1, c.w0 + 2, "LOC"),
            _Cand(words[c.w0 + 2].start, c.end, c.w0 + 2, c.w1, "PER")]


def _split_org_person(c: _Cand, words: list, lang: str, gaz: Gazetteer) -> list[_Cand]:
    """"главою польського МЗС Яном Ковачем", "генсек Всесвітньої поштової спілки Марко Россі": the NER ran an
    organisation and the name of its head into one span. After a title, two or three capitalised words closing
    the span are a person when they follow an acronym, a lower-case word of the organisation's name, or begin
    with a known given name."""
    if c.label not in ("ORG", "LOC") or c.w1 - c.w0 < 3:
        return [c]
    if not any(_title_word(words[k].text, lang) for k in range(max(0, c.w0 - 3), c.w0)):
        return [c]
    if c.label == "LOC":  # "міністром економіки [Індії Раджем Даром]": a state, then its minister
        first = [m for m in gaz.matches([words[c.w0].text], lang) if m.entry.type == "LOC" and m.entry.alpha2]
        if first and all(words[k].text[:1].isupper() and words[k].text.isalpha() and not (
                words[k].text.isupper() and (len(words[k].text) > 1 or k < c.w1 - 1))
                for k in range(c.w0 + 1, c.w1)) and c.w1 - c.w0 <= 4:  # (a one-letter syllable closing it: "Ван І")
            return [_Cand(c.start, words[c.w0].end, c.w0, c.w0 + 1, "LOC"),
                    _Cand(words[c.w0 + 1].start, c.end, c.w0 + 1, c.w1, "PER")]
        return [c]

    def name_word(r: str, last: bool = False) -> bool:  # (a one-letter syllable too, closing the span: "Ван І")
        return r[:1].isupper() and not (r.isupper() and (len(r) > 1 or not last)) and r.isalpha()

    for p in range(max(c.w0 + 1, c.w1 - 3), c.w1 - 1):
        if not all(name_word(words[k].text, k == c.w1 - 1) for k in range(p, c.w1)):
            continue
        before = words[p - 1].text
        if p == c.w0 + 1 and not before.isupper() and any(m.entry.type == "LOC" and m.entry.alpha2
                                                          for m in gaz.matches([before], lang)):
            return [_Cand(words[p].start, c.end, p, c.w1, "PER")]  # "міністр фінансів [Сербії Синиша Малі]"
        if (before.isupper() and len(before) > 1 and p == c.w0 + 1) \
                or (before[:1].islower() and before.isalpha() and p - c.w0 >= 2) \
                or (p - c.w0 >= 2 and gaz.first_name_canon(words[p].text) is not None):
            return [_Cand(c.start, words[p - 1].end, c.w0, p, "ORG"),
                    _Cand(words[p].start, c.end, p, c.w1, "PER")]
    last, nxt = c.w1 - 1, c.w1
    if nxt < len(words) and c.w1 - c.w0 >= 3 and name_word(words[last].text) \
            and (gaz.first_name_canon(words[last].text) is not None or (
                words[last - 1].text.islower() and not gaz.matches([words[last].text], lang)
                and not morph(lang).word_is_known(words[last].text.lower()))) \
            and words[nxt].start - words[last].end == 1 \
            and words[nxt].text[:1].isupper() and re.fullmatch(r"\w+(['’]\w+)?", words[nxt].text) \
            and not words[nxt].text.isupper():
        # "лідерка [Нової національної партії Емелін] П'єр": a given name closing the span, the surname after it
        return [_Cand(c.start, words[last - 1].end, c.w0, last, "ORG"),
                _Cand(words[last].start, words[nxt].end, last, nxt + 1, "PER")]
    return [c]


_COMMON_WORDS = frozenset(w.lower() for w in COMMON_ACRONYMS if not w.isupper())


def _common_name(word: str, lang: str) -> bool:
    if word in COMMON_ACRONYMS:
        return True
    if word.isupper():
        return False
    return bool((lemma_candidates(word, lang) if lang in ("uk", "ru") else {word.lower()}) & _COMMON_WORDS)


def _model_after_hardware_noun(words: list[_Word], c: _Cand, lang: str, text: str = "") -> bool:
    """A Latin-script name (a model and its version: "Gripen E") right after a weapon or vehicle noun, or after
    one and a coordinated model ("ракети Taurus і Scalp"); a name in any script in quote marks right after one
    ("ракети «Іскандер-К»")."""
    quoted = c.w0 >= 2 and text[c.start - 1:c.start] in ("«", '"', "„", "“") and words[c.w0 - 1].text == _BARRIER
    if not (quoted or all(w.text.isascii() for w in words[c.w0:c.w1])) or c.w1 - c.w0 > 3:
        return False
    k = c.w0 - 2 if quoted else c.w0 - 1
    if k >= 2 and words[k].text.lower() in ("і", "й", "та", "и", "and") and words[k - 1].text.isascii() \
            and words[k - 1].text[:1].isupper():
        k -= 2  # "Taurus і Scalp": the second model of the pair
    if k < 0 or not words[k].text[:1].islower():
        return False
    forms = lemma_candidates(words[k].text, lang) if lang in ("uk", "ru") else {words[k].text.lower()}
    return bool(forms & word_lists("hardware_nouns.txt").get(lang, frozenset()))


_OFFICES_OF_STATE = {*roles_mod.LEADING, "minister"}


def _title_cases(words: list, w0: int, lang: str) -> frozenset:
    """The cases a title noun right before a name allows it (``шерифа Бена Миллера``: genitive or
    accusative; ``Міністр … Ількулеску``: nominative only); empty when no title stands there or
    it could be nominative as well as another case."""
    if w0 == 0 or lang not in ("uk", "ru"):
        return frozenset()
    prev = None
    for k in range(w0 - 1, max(-1, w0 - 11), -1):  # "шерифа округа Бена Миллера"
        t = words[k].text
        if t == "," and k < w0 - 1:
            continue  # "міністра енергетики, водних ресурсів та екології Халіда …": the remit's list runs on
        if t == _BARRIER or not any(ch.isalpha() for ch in t):
            return frozenset()
        if k < w0 - 4 and (t[:1].isupper() or any(p.tag.POS in ("VERB", "GRND", "INFN", "PRTF")
                                                  for p in parses(lang, t.lower()))):
            return frozenset()  # (that far back only the lower-case nouns of a remit)
        if _title_word(t, lang):
            if all(p.tag.number == "plur" for p in parses(lang, t.lower()) if p.tag.POS == "NOUN"):
                continue  # "кабінету міністрів X": a plural inside a body's name, not the name's own title
            prev = t
            break
    if prev is None:
        return frozenset()
    lex = roles_mod.titles(lang).single
    # a reading with no case whose form is the lemma itself ("секретар" in the uk dictionary) is the nominative
    cs = {p.tag.case or ("nomn" if p.word == p.normal_form else None) for p in parses(lang, prev.lower())
          if p.tag.POS == "NOUN" and p.normal_form in lex}
    if cs == {"nomn"} and all(words[x].text[:1].isupper() or "gent" in {p.tag.case for p in parses(lang, words[x].text.lower())}
                              for x in range(k + 1, w0)):
        # "Міністр Бетанії Штефану Ількулеску", "Секретар кабінету міністрів Литви Хірото Сакаяма": the name is
        # nominative too (the words between are the title's genitive complements), unless its first word is a
        # name the dictionary knows as a genitive and never as a nominative ("помощник Андрея Кузнецова": the
        # assistant's principal; a Romanian "Василе" or "Ионуцу" the dictionary reads otherwise stays the title's nominative)
        first = [p for p in parses(lang, words[w0].text.lower()) if p.is_known and {"Name", "Surn"} & p.tag.grammemes]
        office = {lex.get(p.normal_form) for p in parses(lang, prev.lower()) if p.tag.POS == "NOUN"}
        if first and not any(p.tag.case == "nomn" for p in first) and any(p.tag.case == "gent" for p in first) \
                and not office & _OFFICES_OF_STATE:  # (a president or a minister has no principal: "президентка X Діана …")
            return frozenset()
        return frozenset(cs)
    return frozenset() if not cs or "nomn" in cs else frozenset(cs)


def _sources_of_figures(merged: list[_Cand], words: list, lang: str) -> None:
    """One capitalised word the NER took for a person right after "по данным"/"за даними"
    (data/gazetteer/data_source_words.txt: "По данным Пермьстата") is the body the figures come from, unless the
    article names a person of that surname in full."""
    data_words = gazetteer_mod.word_lists("data_source_words.txt").get(lang, frozenset())
    full = {translit(words[c.w1 - 1].text) for c in merged if c.label == "PER" and c.w1 - c.w0 >= 2}
    for c in merged:
        if c.label == "PER" and c.entry is None and c.w1 - c.w0 == 1 and c.w0 >= 1 \
                and words[c.w0 - 1].text.lower() in data_words \
                and not any(_same_surname(f, translit(words[c.w0].text)) for f in full):
            c.label = "ORG"


def _surnames_the_ner_mistyped(merged: list[_Cand], words: list, text: str) -> None:
    """A single word the NER took for a place or organisation ("По словам Ковача" as LOC) that is the
    surname of a person the article names in full is that person; so is a compound surname ("Дюпон-Маре")."""
    full = {translit(words[c.w1 - 1].text) for c in merged if c.label == "PER" and c.w1 - c.w0 >= 2}
    compounds = {tuple(translit(words[k].text) for k in range(*_hyphen_run(text, words, c.w1 - 1)))
                 for c in merged if c.label == "PER" and c.w1 - c.w0 >= 2}
    for c in merged:
        if c.label in ("LOC", "ORG") and c.entry is None and words[c.w0].text[:1].isupper() \
                and not words[c.w0].text.isupper():
            if c.w1 - c.w0 == 1:
                t = translit(words[c.w0].text)
                if any(_same_surname(f, t) for f in full):
                    c.label = "PER"
            elif _hyphen_run(text, words, c.w0) == (c.w0, c.w1):
                parts = tuple(translit(words[k].text) for k in range(c.w0, c.w1))
                if any(len(f) == len(parts) and _same_surname(f[-1], parts[-1]) and f[:-1] == parts[:-1]
                       for f in compounds):
                    c.label = "PER"


def _same_surname(a: str, b: str) -> bool:
    """Romanised surnames equal, or one an inflected form of the other (Мандела/Манделы)."""
    if a == b:
        return True
    short, long_ = sorted((a, b), key=len)
    if len(short) < 4:
        return False
    stem = short[:-1] if short[-1] in "aeiouy" else short
    return long_.startswith(stem) and len(long_) - len(stem) <= 3


def _merge_close_full_names(full: list[_Cand], gaz: Gazetteer, text: str = "") -> None:
    """Two full names of one article with the same first name and a surname differing only by an
    ending (a case form the normaliser missed), or written alike but for hyphens and spaces ("Абу
    Карім", "Абу-Карім"), are one person: the first one's key wins, unless the other's surname is shorter
    (the likelier nominative of a name the normaliser could not decline)."""
    def letters(c: _Cand) -> str:
        return re.sub(r"\W+", "", text[c.start:c.end]).lower() if text else ""

    for i, a in enumerate(full):
        for b in full[i + 1:]:
            if a.key == b.key or b.entry is not None:
                continue
            fa = gaz.first_name_canon(a.words[0]) or slug(a.words[0])
            fb = gaz.first_name_canon(b.words[0]) or slug(b.words[0])
            sa, sb = sorted((translit(a.words[-1]), translit(b.words[-1])), key=len)
            short_form = len(sa) == 3 and sb.startswith(sa) and len(sb) - len(sa) <= 2  # "Ван Лок"/"Ван Локом"
            if (fa == fb and (_same_surname(sa, sb) or short_form)) or (letters(a) and letters(a) == letters(b)) \
                    or (sa == sb and _foreign_given_forms(a.words[0], b.words[0], gaz)):
                # the shorter surname is the likelier nominative ("Чжэнлян", not "Чжэнляном" seen first)
                win, lose = (b, a) if a.entry is None and len(b.words[-1]) < len(a.words[-1]) else (a, b)
                old = lose.key
                for c in full:
                    if c.key == old:
                        c.key, c.entry, c.words, c.norm = win.key, win.entry, list(win.words), win.norm




def _foreign_given_forms(a: str, b: str, gaz: Gazetteer) -> bool:
    """Two given names no name table knows that differ only in an ending the normaliser could not undo
    ("Ранітха" and the dative "Ранітсі" read as "Ранітс"): a long shared beginning, at most two letters apart."""
    if a == b or gaz.first_name_canon(a) is not None or gaz.first_name_canon(b) is not None:
        return False
    ta, tb = sorted((translit(a), translit(b)), key=len)
    common = len(os.path.commonprefix([ta, tb]))
    return common >= 5 and common >= len(ta) - 2 and len(tb) - common <= 3


def _particle_first(word: str, particles: frozenset) -> bool:
    """A name that opens with a particle ("фон дер Ляйен", "Улд Бейбакар") is a surname without a given name."""
    return word in particles or word.lower() in SON_OF_OPENING


def _is_initial(word: str) -> bool:
    return bool(re.fullmatch(r"[^\W\d_]\.?", word)) and word[:1].isupper()


def _surname_forms(word: str, lang: str) -> set[str]:
    """A surname's possible nominatives, transliterated (the keys full names are matched on)."""
    return {translit(f) for f in _word_forms(word, lang)}


def _family_stem(word: str) -> str:
    """A declined East Asian family name's stem: one case ending off, a final "й"/"ь" off ("Лая", "Лай": "ла")."""
    w = word.lower()
    for e in ("ові", "еві", "ою", "ею", "ем", "ом", "ом", "а", "я", "у", "ю", "і", "е", "ы", "и"):
        if w.endswith(e) and len(w) - len(e) >= 2:
            w = w[:-len(e)]
            break
    return translit(w.rstrip("йь"))


def _link_surname(c: _Cand, full: list[_Cand], lang: str, surface: str = "") -> Optional[_Cand]:
    """The full-name person this one-word mention names (surname match), nearest before first.
    The surface form counts as well as the normalised one: a guessed nominative of a foreign
    surname ("Шольца" -> "Шолец") must not hide the full name it inflects."""
    forms = _surname_forms(c.words[-1], lang)
    last = surface.split()[-1] if surface.split() else ""
    if last and last != c.words[-1]:
        forms |= _surname_forms(last, lang)
    hits = [f for f in full if translit(f.words[-1]) in forms
            or (family_name_first(f.words) and (translit(f.words[0]) in forms or _family_stem(f.words[0]) in {
                _family_stem(w) for w in (c.words[-1], last) if w}))]  # "Лая" for Лай Цін-де
    if not hits:
        for word in dict.fromkeys(translit(w) for w in (c.words[-1], last) if w):
            hits = hits or [f for f in full if _same_surname(translit(f.words[-1]), word)]
    if not hits and lang in ("uk", "ru"):
        particles = name_particles(lang)
        cores = {translit(w.split("-", 1)[1]) for w in (c.words[-1], last) if "-" in w and w.split("-")[0].lower() in particles}
        hits = [f for f in full if "-" in f.words[-1] and f.words[-1].split("-")[0].lower() in particles
                and (translit(f.words[-1].split("-", 1)[1]) in forms | cores)]  # "Аль-Хатер", "Хатер": Лулва аль-Хатер
    if len(c.words) > 1 and _is_initial(c.words[0]):  # initials must fit the first name: "Ф. Мбазаа" -> Фуад Мбазаа
        first = translit(c.words[0])[:1]
        hits = [f for f in hits if translit(f.words[0])[:1] == first]
    if not hits:
        return None
    keys = {h.key for h in hits}
    if len(keys) == 1:
        return hits[0]
    exact = [h for h in hits if translit(h.words[-1]) in {translit(w) for w in (c.words[-1], last) if w}]
    if exact and len({h.key for h in exact}) < len(keys):
        hits = exact  # "Луговая" after "Юлия Луговая" and her husband "Олег Луговой": the woman
    before = [h for h in hits if h.start < c.start]
    return before[-1] if before else hits[0]


def _inside_quotation(text: str, pos: int) -> bool:
    """The position lies inside «…» opened in the same paragraph."""
    para = text.rfind("\n", 0, pos) + 1
    return text.rfind("«", para, pos) > text.rfind("»", para, pos)


def _patronymic_in(word: str, lang: str) -> bool:
    """A patronymic and never a surname in the article's own language's dictionary ("Владимировича" in Russian text;
    "Абрамовича" may be a surname there, so it is not)."""
    if lang not in ("uk", "ru"):
        return False
    grams = [p.tag.grammemes for p in morph(lang).parse(word.lower())]
    return any("Patr" in g for g in grams) and not any("Surn" in g for g in grams)


def _given_name_and_patronymic_of_another(c: _Cand, full: list[_Cand], gaz: Gazetteer, lang: str) -> bool:
    """"Владимир Владимирович" after "Владимир Путин": a first name and a patronymic (one the article's dictionary
    never reads as a surname), with another person named in full with the same first name: a form of address of
    that person, not a person of their own."""
    if len(c.words) != 2 or not _patronymic_in(c.words[-1], lang):
        return False
    canon = gaz.first_name_canon(c.words[0]) or slug(c.words[0])
    return any(f is not c and len(f.words) >= 2 and not _patronymic_in(f.words[-1], lang)
               and (gaz.first_name_canon(f.words[0]) or slug(f.words[0])) == canon for f in full)


def _link_given_name(c: _Cand, full: list[_Cand], lang: str, gaz: Gazetteer, known: bool = False) -> Optional[_Cand]:
    """A one-word mention that is the first word of exactly one person the article names in full,
    and no declinable first name the gazetteer or the dictionary knows (an indeclinable foreign one
    may be): a name used on its own in the bearer's custom ("Лула" after "Лула да Сілва")."""
    if len(c.words) != 1:
        return None
    word = c.words[0]
    forms = {translit(f) for f in _word_forms(word, lang)}
    sons = {f.key: f for f in full if translit(f.words[0]) in forms and any(
        w.lower() in SON_OF | SON_OF_OPENING for w in f.words[1:-1])}
    if len(sons) == 1:
        return next(iter(sons.values()))  # "король Абдалла": a name with "son of" in it, called by the given name
    if not known and (gaz.first_name_canon(word) is not None or (lang in ("uk", "ru") and morph(lang).word_is_known(
            word.lower()) and any("Name" in p.tag.grammemes and "Fixd" not in p.tag.grammemes
                                  for p in morph(lang).parse(word.lower())))):
        return None  # (a guess of the dictionary for a word it does not know is no name it knows; with ``known``, a
        # given name inside a quotation, "«… з Олегом …»", is the one person the article names in full with it)
    forms = {translit(f) for f in _word_forms(word, lang)}
    hits = {f.key: f for f in full if translit(f.words[0]) in forms}
    return next(iter(hits.values())) if len(hits) == 1 else None


def _split_coordinated_persons(text: str, cands: list[_Cand], lang: str) -> list[_Cand]:
    """``Сергій та Олександр Буряки`` -> Сергій Буряк + Олександр Буряк (the shared surname in
    the singular); ``Ян Новак і Ольга Мельник`` -> two persons."""
    out: list[_Cand] = []
    for c in cands:
        if c.label != "PER" or c.entry is not None:
            out.append(c)
            continue
        pieces = [(m.start() + c.start, m.end() + c.start, m.group())
                  for m in re.finditer(r"\S+", text[c.start:c.end])]
        k = next((i for i, p in enumerate(pieces) if p[2].lower() in _CONJ), None)
        if k is None or k == 0 or k == len(pieces) - 1:
            out.append(c)
            continue
        left, right = pieces[:k], pieces[k + 1:]
        rwords = [w for w in (name_words(p[2]) for p in right) for w in w]
        lwords = [w for w in (name_words(p[2]) for p in left) for w in w]
        if not lwords or not rwords:
            out.append(c)
            continue
        if len(lwords) == 1 and len(rwords) >= 2:
            surname = _singular_surname(rwords[-1], lang)
            a_words, a_gender = normalize_person([lwords[0], surname], lang)
            b_words, b_gender = normalize_person(rwords[:-1] + [surname], lang)
        else:
            a_words, a_gender = normalize_person(lwords, lang)
            b_words, b_gender = normalize_person(rwords, lang)
        for part, ws, g in ((left, a_words, a_gender), (right, b_words, b_gender)):
            nc = _Cand(part[0][0], part[-1][1], c.w0, c.w1, "PER", words=ws, gender=g)
            nc.norm = _display(ws)
            out.append(nc)
    return out


def _split_two_surnames(text: str, cands: list[_Cand], lang: str, gaz: Gazetteer) -> list[_Cand]:
    """"Після зустрічі з Новаком Коваль заявив": two words the NER took for one name, each the surname of
    another person the article names in full (and the first no first name), are those two persons."""
    full = [(c, name_words(text[c.start:c.end])) for c in cands if c.label == "PER"]
    full = [(c, ws) for c, ws in full if len(ws) >= 2]

    def bearer(word: str, other: _Cand) -> Optional[_Cand]:
        forms = _surname_forms(word, lang)
        hits = {id(c): c for c, ws in full if c is not other and (
            translit(ws[-1]) in forms or any(_same_surname(translit(ws[-1]), f) for f in forms))}
        return next(iter(hits.values())) if len(hits) == 1 else None

    out: list[_Cand] = []
    for c in cands:
        pieces = [(m.start() + c.start, m.end() + c.start, m.group()) for m in re.finditer(r"\S+", text[c.start:c.end])]
        if c.label != "PER" or c.entry is not None or len(pieces) != 2 or not all(
                p[2][:1].isupper() and p[2].isalpha() for p in pieces) or gaz.first_name_canon(pieces[0][2]) is not None:
            out.append(c)
            continue
        a, b = bearer(pieces[0][2], c), bearer(pieces[1][2], c)
        if a is None or b is None or a is b:
            out.append(c)
            continue
        for (s0, e0, w), w0 in ((pieces[0], c.w0), (pieces[1], c.w1 - 1)):
            out.append(_Cand(s0, e0, w0, w0 + 1, "PER"))
    return out


def _without_object_tail(c: _Cand, words: list[_Word], m) -> _Cand:
    """A lower-case noun inside a place's or body's span that can only be an accusative, dative, instrumental or
    locative ends the name before it: a name goes on with genitives and agreeing adjectives, not with the object of
    the verb the NER ran over ("обговорив із очільником МЗС Фіджі безпеку рибальства")."""
    if not words[c.w0].text[:1].isupper():
        return c  # ("пресс-службе Совета министров": a span the recogniser opened with a common noun)
    for k in range(c.w0 + 1, c.w1):
        w = words[k].text
        if not (w[:1].islower() and is_cyrillic(w)):
            continue
        if not (words[k - 1].text[:1].isupper() and words[k - 1].text.isalpha()):
            return c  # (only right after a name's word: "МЗС Фіджі | безпеку")
        ps = m.parse(w.lower())
        before = m.parse(words[k - 1].text.lower())
        if ps and all(p.tag.POS == "NOUN" and p.tag.case in ("accs", "datv", "ablt", "loct") for p in ps) \
                and not any(p.tag.POS in ("ADJF", "PRTF") for p in before):  # ("Новокодацькому районі": one name)
            return _Cand(c.start, words[k - 1].end, c.w0, k, c.label)
        return c
    return c


def _repair_name_spans(doc: Doc, cands: list[_Cand], words: list[_Word], lang: str, gaz: Gazetteer) -> list[_Cand]:
    """Span repairs the NER needs around foreign names:
    - "Жан | ван | Гоорден": a person's name runs on across a lower-case particle (data file);
    - "Норвегії Ерланн | Бакке Свеєн": a first name that ends a place/organisation span right before a
      person begins that person;
    - "Свеєн журналістам": a lower-case animate noun in the dative/instrumental after a name is the
      addressee, not part of it."""
    if lang not in ("uk", "ru"):
        return cands
    particles = name_particles(lang)
    m = morph(lang)
    cands = sorted(cands, key=lambda c: c.start)
    pieces: list[_Cand] = []
    for c in cands:
        c = _without_opening_adjective(doc, c, words, m)
        pieces.extend(_person_inside(doc, c, words, m, gaz, lang) if c.entry is None else [c])
    covered = {k for c in pieces for k in range(c.w0, c.w1)}
    person_words = {words[k].text for c in pieces if c.label == "PER" for k in range(c.w0, c.w1)}
    out: list[_Cand] = []
    for c in pieces:
        if c.entry is None and c.label == "PER" and c.w0 > 0 and (c.w0 - 1) not in covered and (
                _syllable_before(doc, words, c.w0 - 1, m) or _family_name_before_a_foreign_one(doc, words, c, m, lang)
                or _syllable_before_as_elsewhere(doc, words, c, m)):
            c = _Cand(words[c.w0 - 1].start, c.end, c.w0 - 1, c.w1, "PER")  # "Пак | Чжон": a one-syllable family name
            if c.w0 > 0 and (c.w0 - 1) not in covered and (_syllable_before(doc, words, c.w0 - 1, m)
                                                              or _syllable_before_as_elsewhere(doc, words, c, m)):
                c = _Cand(words[c.w0 - 1].start, c.end, c.w0 - 1, c.w1, "PER")  # "Ан | Чон | Бек": two syllables left out
        if c.entry is None and c.w1 - c.w0 >= 2 and c.label in ("PER", "LOC", "ORG"):
            last = words[c.w1 - 1].text
            if last[:1].islower() and is_cyrillic(last):
                ps = m.parse(last.lower())
                if ps and all(p.tag.POS == "NOUN" and "anim" in p.tag.grammemes
                              and p.tag.case in ("datv", "ablt") for p in ps):
                    c = _Cand(c.start, words[c.w1 - 2].end, c.w0, c.w1 - 1, c.label)
        if c.entry is None and c.w1 - c.w0 >= 2 and c.label in ("LOC", "ORG"):
            c = _without_object_tail(c, words, m)  # "МЗС Фіджі | безпеку судноплавства" (a headline's object)
        if c.entry is None and c.label == "PER":
            c = _with_particle_before(doc, c, words, covered, particles)  # "аль-|Бусаиди", "Мишааль | бен Ахмед"
            c = _given_names_before(doc, c, words, covered, m, gaz, lang)  # "посол Норвегії Еспен Лунд | Гансен"
            c = _over_hyphens(doc, c, words, covered)  # "Анна Мюллер-|Гросс", "Анна | Мюллер-Гросс"
            c = _surname_after_given_name(doc, c, words, covered, m, gaz, lang)  # "Хуан Пабло | Гора"
            c = _particle_name_after(doc, c, words, covered, particles)  # "Абдуллатифом | аль-Заяні"
        before = [n for n, o in enumerate(out) if o.w1 <= c.w0 and c.w0 - o.w1 <= 2 and o.entry is None]
        n = max(before, key=lambda n: (out[n].w1, out[n].w1 - out[n].w0)) if before else None
        if n is not None and c.label == "PER" and c.entry is None:
            prev = out[n]
            gap = [words[k].text for k in range(prev.w1, c.w0)]
            if (prev.label == "PER" or prev.w1 - prev.w0 == 1) and gap and all(g in particles for g in gap):
                # (a one-word place or body before the particle is the given name: "Халід | бін | Салем")
                out[n] = _Cand(prev.start, c.end, prev.w0, c.w1, "PER")
                continue
            if prev.label == "PER" and not gap and c.w1 - c.w0 >= 2 and words[c.w0].text in particles \
                    and doc_text(doc)[words[c.w0].end:words[c.w0 + 1].start] in _HYPHENS:
                out[n] = _Cand(prev.start, c.end, prev.w0, c.w1, "PER")  # "Мухаммедом | аль-Хашимі": one name
                continue
            if prev.label == "PER" and not gap and prev.w1 - prev.w0 == 1 and (
                    _unknown_given_name(doc, words, prev.w0, m) or _given_name_first(doc, words, prev.w0, m)) \
                    and not _another_form_named(words[prev.w0].text, person_words):
                out[n] = _Cand(prev.start, c.end, prev.w0, c.w1, "PER")  # "Бахиром | Абдель Сами": one foreign name
                continue
            if prev.label == "PER" and c.w1 - c.w0 == 1 and len(gap) == 1 and gap[0][:1].isupper() and gap[0].isalpha() \
                    and not gap[0].isupper() and re.fullmatch(r"\w+-\w+", doc_text(doc)[prev.start:prev.end]) \
                    and all(doc_text(doc)[words[k].end:words[k + 1].start] == " " for k in range(prev.w1 - 1, c.w0)):
                # "Жан-Клодом | Мама | Нгуесой": a capitalised word the recogniser left out between a hyphenated
                # given name and a surname (a common word in the language: "мама") is part of the name
                out[n] = _Cand(prev.start, c.end, prev.w0, c.w1, "PER")
                continue
            if prev.label in ("LOC", "ORG", "PER") and not gap and prev.w1 - prev.w0 >= 2:
                first, rest = words[prev.w1 - 1], words[prev.w1 - 2]
                place_before = any({"Geox", "Orgn", "Abbr"} & p.tag.grammemes for p in m.parse(rest.text.lower())[:3]) \
                    or any(g.entry.type in ("LOC", "ORG") for g in gaz.matches([rest.text], lang))
                if prev.label == "PER" and not (prev.w1 - prev.w0 == 2 and any(
                        g.entry.type == "LOC" and g.entry.alpha2 for g in gaz.matches([rest.text], lang))):
                    out.append(c)  # ("президентом Гватемали Хосе | Луїсом X": a state the recogniser ran into a
                    continue       # given name; any other person's span stays as it is)
                if first.text[:1].isupper() and is_cyrillic(first.text) and first.start > rest.end \
                        and not doc_text(doc)[rest.end:first.start].strip() and (
                        any("Name" in p.tag.grammemes for p in m.parse(first.text.lower())[:2])
                        or (place_before and not m.word_is_known(first.text.lower()))):
                    out[n] = _Cand(prev.start, words[prev.w1 - 2].end, prev.w0, prev.w1 - 1,
                                   "LOC" if prev.label == "PER" else prev.label)
                    c = _Cand(words[prev.w1 - 1].start, c.end, prev.w1 - 1, c.w1, "PER")
        out.append(c)
    return out


def _without_opening_adjective(doc: Doc, c: _Cand, words: list[_Word], m) -> _Cand:
    """«Вдячний Хуан Пабло за …»: an adjective capitalised as the first word of a sentence or quotation, run
    into the given names after it, is no part of a name: the names are a person."""
    if c.entry is not None or c.w1 - c.w0 < 2 or not (_sentence_initial(doc, words[c.w0].tok)
                                                     or _after_opening_quote(doc, words[c.w0].tok)):
        return c
    first = m.parse(words[c.w0].text.lower())
    if not first or first[0].tag.POS not in ("ADJF", "ADJS") or {"Name", "Surn", "Geox"} & first[0].tag.grammemes:
        return c
    if not all(any("Name" in p.tag.grammemes for p in m.parse(words[k].text.lower())[:2]) for k in range(c.w0 + 1, c.w1)):
        return c
    return _Cand(words[c.w0 + 1].start, c.end, c.w0 + 1, c.w1, "PER")


def _surname_after_given_name(doc: Doc, c: _Cand, words: list[_Word], covered: set[int], m, gaz: Gazetteer,
                              lang: str) -> _Cand:
    """A capitalised word right after a person's span that ends in a given name is the surname the recogniser
    left out, though the dictionary reads it as a common noun (a surname that is also a plural genitive)."""
    k = c.w1
    if k >= len(words) or k in covered:
        return c
    given = m.parse(words[k - 1].text.lower())
    w = words[k]
    if not any("Name" in p.tag.grammemes for p in given[:1]):
        # a given name the dictionary reads first as a common noun ("Іліаною"): the word after it must agree
        # with the name reading in case, as a surname does
        cases = {p.tag.case for p in given[:3] if "Name" in p.tag.grammemes and p.tag.case}
        if not cases or not any(p.tag.case in cases for p in m.parse(w.text.lower())[:3]):
            return c
    if not (_capitalised_name(w.text) and is_cyrillic(w.text)) \
            or doc_text(doc)[words[k - 1].end:w.start] != " " or _sentence_initial(doc, w.tok) \
            or gaz.matches([w.text], lang) or any({"Geox", "Orgn", "Abbr", "Name"} & p.tag.grammemes for p in m.parse(w.text.lower())[:3]):
        return c
    if k + 1 < len(words) and doc_text(doc)[w.end:words[k + 1].start] == " " and (
            words[k + 1].text[:1].isupper() or words[k + 1].text.lower() in name_particles(lang)):
        return c  # another name runs on ("Ван дер Берг"): not one left-out word
    return _Cand(c.start, w.end, c.w0, k + 1, "PER")


def _with_particle_before(doc: Doc, c: _Cand, words: list[_Word], covered: set[int], particles) -> _Cand:
    """A person's span the NER began after a name particle glued on by a hyphen takes it ("аль-|Бусаиди");
    one it began at a particle takes the capitalised given name before it ("Мишааль | бен Ахмед Аль Сабах")."""
    text = doc_text(doc)
    k = c.w0 - 1
    if k >= 0 and words[k].text in particles and text[words[k].end:c.start] in _HYPHENS:
        return _Cand(words[k].start, c.end, k, c.w1, "PER")
    if words[c.w0].text in particles and k >= 0 and k not in covered and _capitalised_name(words[k].text) \
            and text[words[k].end:c.start] == " ":
        return _Cand(words[k].start, c.end, k, c.w1, "PER")
    return c


def _particle_name_after(doc: Doc, c: _Cand, words: list[_Word], covered: set[int], particles) -> _Cand:
    """A person's span the NER ended before a name particle glued by a hyphen to a capitalised name takes both
    ("Абдуллатифом | аль-Заяні")."""
    k = c.w1
    if k + 1 >= len(words) or k in covered or (k + 1) in covered or words[k].text not in particles:
        return c
    text = doc_text(doc)
    if text[words[k - 1].end:words[k].start] != " " or text[words[k].end:words[k + 1].start] not in _HYPHENS \
            or not _capitalised_name(words[k + 1].text):
        return c
    return _Cand(c.start, words[k + 1].end, c.w0, k + 2, "PER")


def _hyphen_run(text: str, words: list[_Word], k: int) -> tuple[int, int]:
    """The capitalised words joined to word ``k`` by bare hyphens ("Мюллер-Гросс"), as a word range."""
    def joined(a: int) -> bool:  # words a and a + 1 are one compound
        return text[words[a].end:words[a + 1].start] in _HYPHENS and words[a].text[:1].isupper() \
            and words[a + 1].text[:1].isupper()
    w0, w1 = k, k + 1
    while w0 > 0 and joined(w0 - 1):
        w0 -= 1
    while w1 < len(words) and joined(w1 - 1):
        w1 += 1
    return w0, w1


def _over_hyphens(doc: Doc, c: _Cand, words: list[_Word], covered: set[int]) -> _Cand:
    """A person's span the NER cut at a hyphen of a compound surname takes the whole compound; so does a name
    right before a compound surname the NER left out ("Анна | Мюллер-Гросс")."""
    text = doc_text(doc)
    w0 = _hyphen_run(text, words, c.w0)[0]
    w1 = _hyphen_run(text, words, c.w1 - 1)[1]
    if w1 < len(words) and text[words[w1 - 1].end:words[w1].start] == " " and w1 not in covered:
        r0, r1 = _hyphen_run(text, words, w1)
        if r0 == w1 and r1 - r0 >= 2 and not any(k in covered for k in range(r0, r1)):
            w1 = r1
    if (w0, w1) == (c.w0, c.w1):
        return c
    return _Cand(words[w0].start, words[w1 - 1].end, w0, w1, "PER")


def _given_names_before(doc: Doc, c: _Cand, words: list[_Word], covered: set[int], m, gaz: Gazetteer, lang: str) -> _Cand:
    """One or two capitalised words the NER left out right before a person's name, the first of them a given
    name, or a word the dictionary does not know after a name found before it ("Норвегії Еспен Лунд |
    Гансен"), begin that name."""
    text = doc_text(doc)
    particles = name_particles(lang)
    k = c.w0
    while k - 2 >= 0 and words[k - 1].text in particles and not ({k - 1, k - 2} & covered):
        # "Наїф аль-Омар", "Халид бин Салем": a given name and a particle before the name found
        w = words[k - 2]
        if not (w.text[:1].isupper() and not w.text.isupper() and is_cyrillic(w.text)) or _sentence_initial(doc, w.tok) \
                or text[w.end:words[k - 1].start].strip() or text[words[k - 1].end:words[k].start].strip(" -‐‑"):
            break
        k -= 2
    if k < c.w0:
        c = _Cand(words[k].start, c.end, k, c.w1, "PER")
    while c.w0 - k < 2 and k - 1 >= 0 and (k - 1) not in covered:
        w = words[k - 1]
        if not (w.text[:1].isupper() and not w.text.isupper() and is_cyrillic(w.text)) or (
                _sentence_initial(doc, w.tok) and not any("Name" in p.tag.grammemes for p in m.parse(w.text.lower())[:3])) \
                or text[w.end:words[k].start].strip():
            break  # (a sentence may open with a given name the NER left out: "Мері | Енн Доерті")
        k -= 1

    def begins(k: int) -> bool:
        # a given name the dictionary knows; else an unknown word right after a place or body named before it
        # ("посол Норвегії Еспен …"), not one after a title alone ("Президент Ментарії Сукарто …")
        first = words[k].text.lower()
        return any("Name" in p.tag.grammemes for p in m.parse(first)[:2]) or (
            not m.word_is_known(first) and k > 0 and (k - 1 in covered or (words[k - 1].text[:1].isupper() and any(
                g.entry.type in ("LOC", "ORG") for g in gaz.matches([words[k - 1].text], lang)))))

    start = next((s for s in range(k, c.w0) if begins(s)), None)  # the longest run that begins a name
    return c if start is None else _Cand(words[start].start, c.end, start, c.w1, "PER")


_NOT_NAME_POS = frozenset({"PREP", "CONJ", "PRCL", "NPRO", "ADVB", "VERB", "INFN", "ADJF", "NUMR", "INTJ", "PRED"})


def _unknown_given_name(doc: Doc, words: list[_Word], k: int, m) -> bool:
    """A capitalised Cyrillic word the dictionary does not know, one space before the next person's span: a
    foreign given name the recogniser cut off from the rest of the name."""
    w = words[k]
    if not (w.text[:1].isupper() and not w.text.isupper() and w.text.isalpha() and is_cyrillic(w.text)
            and doc_text(doc)[w.end:words[k + 1].start] == " " and not m.word_is_known(w.text.lower())):
        return False
    # a known word of five letters or more behind an unknown prefix is a compound ("Рос|рыбнадзора"), no name
    return not any(len(stack) > 1 and type(stack[-1][0]).__name__ == "UnknownPrefixAnalyzer" and len(stack[0][1]) >= 5
                   for stack in (p.methods_stack for p in m.parse(w.text.lower())[:2]))


def _given_name_first(doc: Doc, words: list[_Word], k: int, m) -> bool:
    """A capitalised word whose first reading is a given name, one space before the next person's span
    ("Александер | Ван дер Берг")."""
    w = words[k]
    if not (w.text[:1].isupper() and not w.text.isupper() and is_cyrillic(w.text)
            and doc_text(doc)[w.end:words[k + 1].start] == " "):
        return False
    ps = m.parse(w.text.lower())
    # (or an indeclinable foreign given name the dictionary also reads as a common word's form: "Мері")
    return bool(ps) and ("Name" in ps[0].tag.grammemes
                         or any({"Name", "Fixd"} <= p.tag.grammemes for p in ps[:3]))  # (as _foreign_given_name reads)


def _after_opening_quote(doc: Doc, tok_i: int) -> bool:
    """The word opens a quotation or follows a colon or a dash: it may be capitalised as a sentence start."""
    prev = doc[tok_i - 1].text if tok_i > 0 else ""
    return prev in ("«", "„", "\"", "“", ":", "(") or prev in DASHES


def _another_form_named(word: str, person_words: set[str]) -> bool:
    """The article names a person with another form of the word ("Мбекеле" for "Мбекелы"): a surname in an
    oblique case, not a given name."""
    stem = word[:max(4, len(word) - 2)]
    return any(w != word and w.startswith(stem) for w in person_words)


def _syllable_before(doc: Doc, words: list[_Word], k: int, m) -> bool:
    """A short capitalised Cyrillic word right before a person's span that can only be a name (East Asian family
    names of one syllable: "Пак", "Кім"): the recogniser left it out."""
    w = words[k]
    if not (1 < len(w.text) <= 3 and w.text[:1].isupper() and not w.text.isupper() and is_cyrillic(w.text)):
        return False
    if doc_text(doc)[w.end:words[k + 1].start] != " ":
        return False
    ps = m.parse(w.text.lower())
    if all(not (_NOT_NAME_POS & p.tag.grammemes) and (not m.word_is_known(w.text.lower()) or
           {"Surn", "Name", "Slng"} & p.tag.grammemes) for p in ps):
        return True
    # a function word capitalised inside a sentence is no function word: a family name written like one (so is a
    # word the dictionary knows only as an indeclinable abbreviation: "Ан")
    return (any({"PRCL", "CONJ", "NPRO", "PREP"} & p.tag.grammemes for p in ps[:1])
            or (bool(ps) and all("Fixd" in p.tag.grammemes for p in ps) and any("Abbr" in p.tag.grammemes for p in ps))) \
        and not _sentence_initial(doc, w.tok) and not _after_opening_quote(doc, w.tok)


def _syllable_before_as_elsewhere(doc: Doc, words: list[_Word], c: _Cand, m) -> bool:
    """"Ан Чон Бек заявив" opening a sentence: the short word before the name is its family name when the article
    writes the two together inside a sentence too, where the word is taken for one."""
    k = c.w0 - 1
    if not _sentence_initial(doc, words[k].tok) or doc_text(doc)[words[k].end:words[c.w0].start] != " ":
        return False
    pair = (words[k].text, words[c.w0].text)
    return any(n > 0 and (words[n].text, words[n + 1].text) == pair and not _sentence_initial(doc, words[n].tok)
               and _syllable_before(doc, words, n, m) for n in range(len(words) - 1) if n != k)


def _family_name_before_a_foreign_one(doc: Doc, words: list[_Word], c: _Cand, m, lang: str) -> bool:
    """"Линь | Цзюнь": a one-word person span the dictionary does not know, right after a short capitalised word
    inside the sentence that is no title, verb or function word: an East Asian family name the recogniser left
    out, even when the dictionary knows a common noun written alike."""
    w, name = words[c.w0 - 1], words[c.w0]
    if c.w1 - c.w0 != 1 or not (2 < len(w.text) <= 4 and w.text[:1].isupper() and w.text[1:].islower()
                                 and is_cyrillic(w.text)):
        return False
    if doc_text(doc)[w.end:name.start] != " " or m.word_is_known(name.text.lower()) \
            or _sentence_initial(doc, w.tok) or _after_opening_quote(doc, w.tok) or _title_word(w.text, lang):
        return False
    return all(p.tag.POS == "NOUN" and not (_NOT_NAME_POS & p.tag.grammemes) for p in m.parse(w.text.lower()))


def _person_inside(doc: Doc, c: _Cand, words: list[_Word], m, gaz: Optional[Gazetteer] = None,
                   lang: str = "") -> list[_Cand]:
    """"мовнику RTL Вуйцик": a Latin-script name followed by a Cyrillic one is an outlet and a person;
    "комітету Сейму з питань енергетики Тадеуш Вуйцик": a first name in the nominative inside an
    organisation span begins the person in apposition (a genitive one stays: "Фонд Віктора Пінчука");
    "справ Ісландії Ганна Ковач" tagged as one place: a country the gazetteer knows, then a
    capitalised name, is the country and a person."""
    if c.label not in ("ORG", "LOC", "PER") or c.w1 - c.w0 < 2:
        return [c]
    ws = [words[k].text for k in range(c.w0, c.w1)]
    if c.label == "LOC" and gaz is not None and 3 <= len(ws) <= 5:
        hit = next(iter(gaz.matches(ws, lang)), None)
        n = hit.end if hit is not None and hit.start == 0 and hit.entry.type == "LOC" else 0
        if 0 < n < len(ws) and len(ws) - n <= 3 and all(w[:1].isupper() and not w.isupper() and is_cyrillic(w)
                                                       for w in ws[n:]) and any(
                {"Name", "Surn"} & p.tag.grammemes for p in m.parse(ws[n].lower())[:2]):
            cut = c.w0 + n
            return [_Cand(c.start, words[cut - 1].end, c.w0, cut, "LOC"),
                    _Cand(words[cut].start, c.end, cut, c.w1, "PER")]
    latin = [bool(re.fullmatch(r"[A-Za-z&]+", w)) for w in ws]
    k = next((n for n, x in enumerate(latin) if not x), len(ws))
    if 0 < k < len(ws) and not any(latin[k:]) and len(ws) - k <= 2 \
            and all(w[:1].isupper() and is_cyrillic(w) for w in ws[k:]):
        cut = c.w0 + k
        return [_Cand(c.start, words[cut - 1].end, c.w0, cut, "ORG"),
                _Cand(words[cut].start, c.end, cut, c.w1, "PER")]
    if c.label == "ORG" and not any(q in doc_text(doc)[c.start:c.end] for q in "«»\"“”„"):  # ТОВ «Олена Трейд»
        for n in range(1, len(ws) - 1):
            w = ws[n]
            if not (w[:1].isupper() and is_cyrillic(w)) or not all(x[:1].isupper() for x in ws[n + 1:]):
                continue
            named = [p for p in m.parse(w.lower()) if "Name" in p.tag.grammemes and p.is_known]
            if named and all(p.tag.case == "nomn" for p in named) and len(ws) - n <= 3:
                cut = c.w0 + n
                return [_Cand(c.start, words[cut - 1].end, c.w0, cut, c.label),
                        _Cand(words[cut].start, c.end, cut, c.w1, "PER")]
    return [c]


def _without_opening_epithet(doc: Doc, c: _Cand, words: list[_Word], merged: list[_Cand], lang: str) -> _Cand:
    """"Центристська Ліберальна партія …" opening a sentence, "Ліберальна партія" elsewhere: the capital of the
    sentence's first word made a common adjective look like part of the name."""
    if c.label != "ORG" or c.entry is not None or c.w1 - c.w0 < 3 or lang not in ("uk", "ru") \
            or not _sentence_initial(doc, words[c.w0].tok) or not adjective_cases(lang, words[c.w0].text.lower()) \
            or not words[c.w0 + 1].text[:1].isupper():
        return c
    rest = [lemma_candidates(words[k].text, lang) | {words[k].text.lower()} for k in range(c.w0 + 1, c.w1)]
    for o in merged:
        if o is not c and o.label == "ORG" and o.w1 - o.w0 == len(rest) and all(
                rest[n] & (lemma_candidates(words[o.w0 + n].text, lang) | {words[o.w0 + n].text.lower()})
                for n in range(len(rest))):
            return _Cand(words[c.w0 + 1].start, c.end, c.w0 + 1, c.w1, "ORG")
    return c


def _drop_glued_word(c: _Cand, words: list[_Word], lang: str) -> _Cand:
    """``(імені) Огієнка Інна Березіна``: a person span that starts with a word that is no first
    name, followed by a first name, begins at the first name."""
    if c.label != "PER" or c.entry is not None or lang not in ("uk", "ru") or c.w1 - c.w0 < 3:
        return c
    m = morph(lang)
    first, second = words[c.w0].text.lower(), words[c.w0 + 1].text.lower()
    if not is_cyrillic(first) or not is_cyrillic(second) or words[c.w0 + 1].text in name_particles(lang):
        return c  # ("Мишааль бен Ахмед": "son of" follows a given name)
    has_name = lambda w: any("Name" in p.tag.grammemes for p in m.parse(w)[:3])  # noqa: E731
    nominative = any(p.tag.case == "nomn" for p in m.parse(first))
    syllable = (len(first) <= 3 and not m.word_is_known(first)) or any(
        _glued_syllable(words, x) for x in range(c.w0 + 2, c.w1))  # "Нго | Ван …", "Лай | Цін-де": East Asian names
    if not has_name(first) and has_name(second) and not nominative and not syllable:  # Хосе Луис ... stays whole
        return _Cand(words[c.w0 + 1].start, c.end, c.w0 + 1, c.w1, c.label)
    return c


def _split_coordinated_adjectives(text: str, cands: list[_Cand], lang: str) -> list[_Cand]:
    """``Кременчуцький, Дрогобицький і Надвірнянський НПЗ`` -> three refineries;
    ``Київська та Житомирська області`` -> two regions (the shared head in the singular)."""
    if lang not in ("uk", "ru"):
        return cands
    out: list[_Cand] = []
    m = morph(lang)
    for c in cands:
        if c.label == "PER" or c.entry is not None:
            out.append(c)
            continue
        c = _with_coordinated_adjectives_before(text, c, m)
        pieces = [(x.start() + c.start, x.end() + c.start, x.group().strip(","))
                  for x in re.finditer(r"[^\s,]+", text[c.start:c.end])]
        k = next((i for i, p in enumerate(pieces) if p[2].lower() in _CONJ), None)
        if k is None or k == 0 or k >= len(pieces) - 2:
            out.append(c)
            continue
        adjs = [p for p in pieces[:k]] + [pieces[k + 1]]
        head = pieces[k + 2:]
        is_adj = all(any(q.tag.POS in ("ADJF", "PRTF") for q in m.parse(p[2].lower())[:2]) for p in adjs)
        if not is_adj or not head:
            out.append(c)
            continue
        head_words = [p[2] for p in head]
        hp = [q for q in m.parse(head_words[0].lower()) if q.tag.POS == "NOUN"]
        if hp and hp[0].tag.number == "plur":
            inf = hp[0].inflect({"sing", "nomn"})
            head_words[0] = inf.word if inf is not None else hp[0].normal_form
        for a in adjs:
            words_ = normalize_phrase([a[2]] + head_words, lang)
            nc = _Cand(a[0], a[1], c.w0, c.w1, c.label, words=words_)
            nc.norm = _display(words_)
            out.append(nc)
    return out


_COORDINATED_BEFORE = re.compile(r"((?:[^\W\d_][\w'’-]*,\s+)*[^\W\d_][\w'’-]*)\s+(?:и|і|та|й)\s+$")


def _with_coordinated_adjectives_before(text: str, c: _Cand, m) -> _Cand:
    """"Курганская и [Костанайская области]": a span of an adjective and a plural head the recogniser began after
    the capitalised adjectives coordinated with it begins at the first of them."""
    words_ = text[c.start:c.end].split()
    if len(words_) < 2 or not words_[0][:1].isupper():
        return c
    if not any(q.tag.POS == "NOUN" and q.tag.number == "plur" and q.tag.case == "nomn" for q in m.parse(words_[-1].lower())):
        return c
    hit = _COORDINATED_BEFORE.search(text[max(0, c.start - 80):c.start])
    if hit is None:
        return c
    before = [w.strip(",") for w in hit.group(1).split()]
    if not all(w[:1].isupper() and any(q.tag.POS == "ADJF" for q in m.parse(w.lower())[:2]) for w in before):
        return c
    return _Cand(c.start - (min(80, c.start) - hit.start(1)), c.end, c.w0, c.w1, c.label, entry=c.entry)


def _singular_surname(word: str, lang: str) -> str:
    """``Буряки`` -> ``Буряк``: a surname in the plural (shared by two people) in the singular."""
    if lang not in ("uk", "ru") or not is_cyrillic(word):
        return word
    ps = [p for p in morph(lang).parse(word.lower()) if p.tag.POS == "NOUN"]
    plural = [p for p in ps if p.tag.number == "plur" and p.tag.case == "nomn"]
    if plural:  # the surname of two people is grammatically plural (Ткачі, Буряки)
        inf = plural[0].inflect({"sing", "nomn"})  # Russian marks the singular
        single = inf.word if inf is not None else plural[0].normal_form  # Ukrainian: the lemma
        return single[:1].upper() + single[1:]
    return word


def _longer_org(text: str, c: _Cand, cands: list[_Cand], lang: str) -> Optional[_Cand]:
    """An organisation named in full elsewhere in the article whose name starts with this one
    (``МИД`` -> ``МИД России``, ``Нафтогаз`` -> ``Нафтогаз України``); of several, the last one named
    before, else the first one named after."""
    mine = translit(c.norm)
    hits = {}
    for o in cands:
        if o is c or o.label != "ORG" or len(o.words) <= len(c.words):
            continue
        names = {o.norm}
        if o.entry is not None:
            names |= o.entry.names
        for n in names:
            t = translit(" ".join(normalize_phrase(n.split(), lang)))
            if t.startswith(mine + " ") and len(n.split()) > len(c.words):
                if o.key is None:
                    o.key = f"org:{slug(core_name(text[o.start:o.end], o.norm))}"
                hits[id(o)] = o  # every naming: which body was named last before is by each one's place
    if len({o.key for o in hits.values()}) <= 1:
        return next(iter(hits.values()), None)
    before = [o for o in hits.values() if o.start < c.start]
    if before:
        return max(before, key=lambda o: o.start)
    return min(hits.values(), key=lambda o: o.start)  # "у МЗС … речник естонського МЗС … МЗС Чилі": the next one named


def _subsequence(acr: str, initials: str) -> bool:
    """НАЗК in НАПЗК: the acronym's letters, first letter first, in the expansion's initials."""
    if not initials or acr[0] != initials[0] or len(initials) - len(acr) > 2:
        return False
    it = iter(initials)
    return all(ch in it for ch in acr)


def _initials(words: list[str]) -> str:
    return "".join(w[0].upper() for w in words if w and w.lower() not in _FUNCTION_WORDS and w[0].isalpha())


