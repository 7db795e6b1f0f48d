"""A sentence as the event extractor reads it: non-space tokens with their lemma sets, the entity
mentions and time expressions starting at each token, clause windows, and word tests (part of
speech, case, title noun) that work with or without a trained tagger."""
from __future__ import annotations

from functools import lru_cache
from typing import Optional

from spacy.tokens import Doc, Span

from kg import gazetteer
from kg.extract import morph, speech_lexicon
from kg.extract.entity_index import EntityIndex
from kg.extract.event_lexicon import EventLexicon, titles
from kg.records import Mention, TimeExpr

QUOTES = frozenset("«»\"„“”'‘’")

CLAUSE_BREAK = {",", ";", ":", "—", "–", "(", ")", "?", "!"}


RELATIVE_PRONOUNS = frozenset({"который", "який", "котрий"})  # (lemmas)
RELATIVE = set(RELATIVE_PRONOUNS) | {"which", "who", "that", "where", "де", "где"}
WHOSE = frozenset({"которого", "которой", "которых", "якого", "якої", "яких", "котрого", "котрої"})  # "X, визит которой"
RELATIVE_OR_THAT = RELATIVE | {"що", "что"}  # after a noun "що" is a relative pronoun too ("виборів, що відбулися")


PARTICIPANT_TYPES = ("PER", "ORG", "LOC")


@lru_cache(maxsize=None)
def _platform_nouns(lang: str) -> frozenset[str]:
    """Nouns of where one posts ("соцмережа", "мессенджер": the speech lexicon's 'platform' words)."""
    return frozenset(w for p in speech_lexicon.load(lang).by_frame("platform") for w in p.words if w.isalpha())


class SentenceView:
    """One sentence as a list of its non-space tokens (positions 0..n-1): lemma sets per token and
    the entity mention starting at each position."""

    def __init__(self, doc: Doc, sent: Span, index: EntityIndex, lang: str):
        self.doc, self.sent, self.lang, self.index = doc, sent, lang, index
        self.toks = [t for t in sent if not t.is_space]
        self.n = len(self.toks)
        self.lem = {p: morph.lemmas(t, lang) for p, t in enumerate(self.toks)}
        starts = {t.idx: p for p, t in enumerate(self.toks)}
        ends = {t.idx + len(t): p for p, t in enumerate(self.toks)}
        self.ment: dict[int, tuple[int, Mention, str]] = {}  # position -> (end position, mention, entity type)
        platforms = _platform_nouns(lang)
        for m in index.mentions_in(sent.start_char, sent.end_char):
            ent = index.get(m.entity_key)
            if ent is None or ent.type not in PARTICIPANT_TYPES:
                continue
            a = starts.get(m.start, self._pos_at(m.start))
            if a is not None and a > 0 and morph.lemmas(self.toks[a - 1], lang) & platforms:
                continue  # "повідомив у соцмережі X": where it was posted, no party to any event
            b = ends.get(m.end, self._pos_at(m.end - 1))
            if a is None or b is None or b < a:
                continue
            prev = self.ment.get(a)
            if prev is None or prev[0] < b + 1:
                self.ment[a] = (b + 1, m, ent.type)
        self.ends: dict[int, tuple[int, tuple[int, Mention, str]]] = {}
        for k, v in sorted(self.ment.items(), reverse=True):  # the longest mention ending there ("Армія Бетанії", not "Бетанії")
            self.ends[v[0] - 1] = (k, v)
        self.time_pos: dict[int, int] = {}  # position where a time expression starts -> position after it

    def set_times(self, times: list[TimeExpr]) -> None:
        for t in times:
            if self.sent.start_char <= t.start < self.sent.end_char:
                a, b = self._pos_at(t.start), self._pos_at(t.end - 1)
                if a is not None and b is not None:
                    self.time_pos[a] = b + 1

    def in_time(self, k: int) -> bool:
        """Token k is part of a time expression ("в четверг", "9 грудня")."""
        return any(a <= k < b for a, b in self.time_pos.items())

    def in_name(self, k: int) -> bool:
        """Token k is part of a mention of an entity (a name, a body, a title read as its holder)."""
        return any(a <= k < v[0] for a, v in self.ment.items())

    def _pos_at(self, char: int) -> Optional[int]:
        for p, t in enumerate(self.toks):
            if t.idx <= char < t.idx + len(t):
                return p
        return None

    def start_char(self, p: int) -> int:
        return self.toks[p].idx

    def end_char(self, p: int) -> int:
        t = self.toks[p]
        return t.idx + len(t)

    def word(self, i: int) -> str:
        return self.toks[i].text.lower()

    def match_seq(self, i: int, seq: tuple[str, ...], hi: int, gap: int = 0) -> Optional[int]:
        """End position if the lemma sequence starts at position i (gaps of up to ``gap`` words between words)."""
        pos = self.match_positions(i, seq, hi, gap)
        return pos[-1] + 1 if pos else None

    def match_positions(self, i: int, seq: tuple[str, ...], hi: int, gap: int = 0) -> Optional[list[int]]:
        """Positions of the sequence's words from i; a gap longer than two words stays in the clause."""
        if i >= hi or seq[0] not in self.lem.get(i, ()):
            return None
        out = [i]
        for w in seq[1:]:
            k, used = out[-1] + 1, 0
            while k < hi and used <= gap:
                if w in self.lem.get(k, ()):
                    out.append(k)
                    break
                if gap > 2 and self.toks[k].text == "(" and (close := self._short_brackets(k, hi)) is not None:
                    k, used = close + 1, used + 1  # "агентства … (JICA) угоду": an acronym in brackets ends no clause
                    continue
                if gap > 2 and self.toks[k].text in CLAUSE_BREAK:
                    return None
                if not (gap and self._count_word(k)):
                    used += 1  # (a count, "14 із 28", takes no room: "отримала 9 із 51 мандата")
                k += 1
            else:
                return None
        return out

    def _short_brackets(self, k: int, hi: int) -> Optional[int]:
        """The ")" closing the "(" at k around one to three words with no punctuation (an acronym, a code)."""
        for c in range(k + 2, min(k + 5, hi)):
            if self.toks[c].text == ")":
                return c
            if self.toks[c].is_punct:
                return None
        return None

    def _count_word(self, k: int) -> bool:
        """Token k is a number, or "із"/"из"/"of" between two numbers."""
        t = self.toks[k]
        if t.like_num:
            return True
        return t.lower_ in ("із", "з", "из", "of") and 0 < k < len(self.toks) - 1 \
            and self.toks[k - 1].like_num and self.toks[k + 1].like_num

    def phrase_at(self, i: int, kind: str, lex: EventLexicon, hi: int) -> Optional[int]:
        if i >= min(hi, len(self.toks)):  # a name that ends the text has nothing after it
            return None
        for seq in lex.words.get(kind, []):
            if self.word(i) == seq[0] or seq[0] in self.lem.get(i, ()):
                if len(seq) == 1:
                    return i + 1
                j = i + 1
                ok = True
                for w in seq[1:]:
                    while j < hi and self.in_time(j) and self.word(j) != w:
                        j += 1  # "взяв у четвер участь": a time between the phrase's words
                    if j >= hi or (self.word(j) != w and w not in self.lem.get(j, ())):
                        ok = False
                        break
                    j += 1
                if ok:
                    return j
        return None

    def _in_quoted_name(self, s: int, e: int) -> bool:
        """A dash inside a short name in «…» («Європа – Азія»), or an exclamation mark ending one («Вперед!»),
        ends no clause; nor does a dash joining two states or bodies ("саммит Казахстан — ЕС")."""
        if self.toks[e].text not in ("—", "–", "-", "!"):
            return False
        if self.toks[e].text != "!" and self.sides_joined(e):
            return True
        opened = next((o for o in range(e - 1, max(s, e - 5) - 1, -1) if self.toks[o].text in ("«", "»")), None)
        closed = next((c for c in range(e + 1, min(self.n, e + 5)) if self.toks[c].text in ("«", "»")), None)
        return opened is not None and self.toks[opened].text == "«" and closed is not None \
            and self.toks[closed].text == "»"

    def sides_joined(self, k: int) -> bool:
        """The dash at k joins two states or bodies ("Казахстан — ЕС", "Україна – ЄС"), not two towns of a route."""
        if self.toks[k].text not in ("—", "–", "-") or (k - 1) not in self.ends or (k + 1) not in self.ment:
            return False
        sides = (self.ends[k - 1][1][1], self.ment[k + 1][1])
        return all(m.entity_key and self._side(m.entity_key) for m in sides)

    def _side(self, key: str) -> bool:
        ent = self.index.get(key)
        gaz = gazetteer.load()  # (a curated body or a state, not a region the recogniser took for a body)
        return ent is not None and ((ent.type == "ORG" and key in gaz.entries) or (ent.type == "LOC" and gaz.is_state(key)))

    def window(self, i: int, j: int) -> tuple[int, int]:
        """Clause around positions [i, j): punctuation-bounded, extended over a following relative clause."""
        toks, s, e = self.toks, i, j
        while True:
            while s > 0 and (toks[s - 1].text not in CLAUSE_BREAK or self._in_quoted_name(0, s - 1)):
                s -= 1
            # "Лидеры Союза … (СЮАГ) подписали": a name's acronym in brackets does not end the clause
            if s >= 3 and toks[s - 1].text == ")" and toks[s - 3].text == "(" and (s - 2) in self.ment:
                s -= 3
                continue
            # "Партия X («Родина») победила": a short gloss of the name in brackets neither
            # (nor "Партия «X» (X-Y)": an acronym the tokenizer splits at its hyphen, after the name's closing quote)
            o = next((o for o in range(s - 2, max(-1, s - 8), -1) if toks[o].text == "("), None)
            named = o is not None and o > 0 and ((o - 1) in self.ends or (
                toks[o - 1].text in QUOTES and o > 1 and (o - 2) in self.ends))
            if toks[s - 1].text == ")" and named and all(
                    toks[t].text in QUOTES or toks[t].text[:1].isupper() or toks[t].text in ("-", "‑")
                    for t in range(o + 1, s - 1)):
                s = o
                continue
            break
        inside = False  # in a relative clause: its closing comma gives the main clause back
        while True:
            while e < self.n and (toks[e].text not in CLAUSE_BREAK or self._in_quoted_name(s, e)):
                e += 1
            if e + 1 < self.n and toks[e].text == "," and (self.lem[e + 1] & RELATIVE or (
                    e + 2 < self.n and is_prep(self, e + 1) and self.lem[e + 2] & RELATIVE)):
                e, inside = e + 1, True  # ", который …", ", о которой писали …"
                continue
            if inside and e + 1 < self.n and toks[e].text == ",":
                e, inside = e + 1, False  # "встреча в Вене, о которой писали газеты, в марте не планируется"
                continue
            return s, e


def is_title(view: SentenceView, k: int) -> bool:
    return bool(view.lem[k] & titles(view.lang))


def agree(view: SentenceView, n: int, a: int, b: int) -> bool:
    """A name in the same case as the noun before it (apposition)."""
    if view.lang == "en":
        return False
    cn = morph.cases(view.toks[n], view.lang)
    cm = set()
    for t in range(a, b):
        cm |= morph.cases(view.toks[t], view.lang)
    return bool(cn & cm)


_EN_DET = {"the", "a", "an", "her", "his", "their", "its", "our", "my", "your", "two", "three", "several", "top"}


def word_kind(view: SentenceView, k: int) -> str:
    """adj | det | noun | other for a word inside a participant chain."""
    tok = view.toks[k]
    if view.lang == "en":
        if tok.lower_ in _EN_DET:
            return "det"
        if tok.is_title or is_title(view, k):
            return "noun" if is_title(view, k) else "adj"
        return "noun" if tok.pos_ in ("NOUN", "PROPN") else ("adj" if tok.pos_ == "ADJ" else "other")
    p = morph.parses(view.lang, tok.lower_) if tok.is_alpha else ()
    if p and p[0][1]:  # the dictionary knows the word
        pos = p[0][1]
        if tok.pos_ in ("ADJ", "DET", "PRON") and pos == "NOUN" and {"voct", "Surn", "Name"} & p[0][2] \
                and any(q[1] in ("ADJF", "NPRO") for q in p):
            return "adj"  # "його польський колега": not the vocative of "йога" nor a surname "Польський"
        if pos in ("ADJF", "ADJS", "PRTF", "PRTS", "NUMR", "NPRO") or tok.lower_ == "так":
            return "adj"
        return "noun" if pos == "NOUN" else "other"
    if "Part" in tok.morph.get("VerbForm"):
        return "adj"
    if tok.pos_:
        return {"ADJ": "adj", "DET": "det", "NUM": "adj", "NOUN": "noun", "PROPN": "noun"}.get(tok.pos_, "other") \
            if tok.lower_ != "так" else "adj"
    p = morph.parses(view.lang, tok.lower_)
    if not p:
        return "adj"
    pos = p[0][1]
    if pos in ("ADJF", "ADJS", "PRTF", "NUMR", "NPRO") or tok.lower_ == "так":
        return "adj"
    if pos == "NOUN":
        return "noun"
    return "other"


def is_prep(view: SentenceView, k: int) -> bool:
    tok = view.toks[k]
    if view.time_pos.get(k) == k + 1:
        return False  # "Накануне глава МИД провел": a time adverb, not a preposition before the subject
    if tok.pos_:
        return tok.pos_ == "ADP"
    if view.lang == "en":
        return tok.lower_ in {"in", "at", "on", "for", "to", "from", "about", "over", "after", "before", "during",
                              "by", "into", "under", "without"}
    p = morph.parses(view.lang, tok.lower_)
    return bool(p) and (p[0][1] == "PREP" or (p[0][1] == "PRCL" and any(x[1] == "PREP" for x in p)))  # uk "на"


def locative(view: SentenceView, k: int, end: int) -> bool:
    if view.lang == "en":
        return True
    cs = set()
    for t in range(k, end):
        cs |= morph.cases(view.toks[t], view.lang)
    return not cs or "Loc" in cs or len(cs) >= 4 or _place_read_as_persons_name(view, k, end) \
        or _foreign_hyphenated(view, k, end)
    # (four cases or more: an indeclinable name, "Дубаї")


def _foreign_hyphenated(view: SentenceView, k: int, end: int) -> bool:
    """A name of hyphen-joined parts one of which the dictionary does not know ("Андорра-ла-Велья"): a foreign
    name, as written whatever its case."""
    toks = view.toks[k:end]
    return any(t.text in ("-", "‐", "‑") for t in toks) and any(
        t.is_alpha and (ps := morph.parses(view.lang, t.text.lower())) and not any(p[3] for p in ps) for t in toks)


_PERSON_NAME = frozenset({"Name", "Surn", "Patr"})


def _place_read_as_persons_name(view: SentenceView, k: int, end: int) -> bool:
    """A place whose words the dictionary reads only as persons' names ("в X", a town the dictionary knows only as a given name): the
    cases of that reading say nothing of the place's."""
    m = view.ment.get(k)
    return m is not None and m[2] == "LOC" and all(
        (ps := morph.parses(view.lang, view.toks[t].text.lower())) and all(g & _PERSON_NAME for _nf, _p, g, _k in ps)
        for t in range(k, end))


def nominative(view: SentenceView, k: int, end: int) -> bool:
    if view.lang == "en":
        return True
    cs = set()
    for t in range(k, end):
        cs |= morph.cases(view.toks[t], view.lang)
    return not cs or "Nom" in cs


def can_be(view: SentenceView, k: int, end: int, case: str) -> bool:
    if view.lang == "en":
        return False
    return all(case in morph.cases(view.toks[t], view.lang) for t in range(k, end)
               if morph.cases(view.toks[t], view.lang))


def all_nominative(view: SentenceView, k: int, end: int) -> bool:
    """Every word of a person's name (the first word of another name: "Лікарня Х-ської облради")
    can be nominative; words the analyser does not know are let through."""
    if view.lang == "en":
        return True
    for t in range(k, end):
        cs = morph.cases(view.toks[t], view.lang)
        if cs and "Nom" not in cs:
            return False
    return True

