"""Word-level morphology for the time and event extractors: case, part of speech and tense of a
word, from the spaCy token when the pipeline sets them, else from pymorphy3 (uk, ru).

Everything is cached per (lang, word); English gets small word-shape rules only.
"""
from __future__ import annotations

from functools import lru_cache
from typing import Optional

from spacy.tokens import Doc, Span, Token

from kg.extract.names import is_cyrillic

# pymorphy3 grammemes -> UD-like case names
_CASES = {"nomn": "Nom", "gent": "Gen", "gen2": "Gen", "datv": "Dat", "accs": "Acc", "acc2": "Acc",
          "ablt": "Ins", "loct": "Loc", "loc2": "Loc", "voct": "Voc"}
_EN_AUX_FUTURE = {"will", "shall", "'ll", "wo", "might", "may", "could", "would", "should", "can"}
_EN_PAST_IRREGULAR = {"was", "were", "had", "did", "met", "held", "said", "told", "spoke", "made",
                      "came", "went", "took", "began", "signed", "visited", "called"}


@lru_cache(maxsize=None)
def _analyzer(lang: str):
    import pymorphy3

    return pymorphy3.MorphAnalyzer(lang=lang)


@lru_cache(maxsize=200_000)
def parses(lang: str, word: str) -> tuple[tuple[str, str, frozenset, bool], ...]:
    """(normal form, POS, grammemes, in the dictionary) of the likely readings of ``word`` (uk/ru),
    best first."""
    if lang not in ("uk", "ru") or not word:
        return ()
    out = []
    for p in _analyzer(lang).parse(word)[:4]:
        out.append((p.normal_form, str(p.tag.POS or ""), frozenset(p.tag.grammemes), bool(p.is_known)))
    return tuple(out)


def _dict_cases(lang: str, word: str, known_only: bool) -> set[str]:
    out = set()
    for _nf, pos, gram, known in parses(lang, word):
        if pos in ("NOUN", "ADJF", "PRTF", "NPRO", "NUMR") and (known or not known_only):
            out |= {_CASES[g] for g in gram if g in _CASES}
    return out


def word_cases(lang: str, word: str) -> set[str]:
    """Every case the dictionary reads (or guesses) for a lower-case word form."""
    return _dict_cases(lang, word, known_only=False)


def adjective_cases(lang: str, word: str) -> set[str]:
    """The cases of the adjective readings of a lower-case word form (empty when it is no adjective)."""
    return {_CASES[g] for _nf, pos, gram, _k in parses(lang, word) if pos == "ADJF" for g in gram if g in _CASES}


def can_be_genitive_not_nominative(word: str, lang: str) -> bool:
    """A noun/adjective form the dictionary reads as genitive but never as nominative (``визита``)."""
    cs = _dict_cases(lang, word.lower(), known_only=True)
    return "Gen" in cs and "Nom" not in cs


def lemmas(token: Token, lang: str) -> set[str]:
    """Every plausible lemma of a token (spaCy's and pymorphy3's), lower-cased, plus the form."""
    out = {token.text.lower()}
    if token.lemma_:
        out.add(token.lemma_.lower())
    for nf, pos, _g, _known in parses(lang, token.text.lower()):
        out.add(nf)
        if pos == "GRND" and nf == token.text.lower():
            out.update(gerund_verb(nf))
        if pos == "PRTF" and lang == "ru":
            out.update(participle(token.text.lower()))
    return out


@lru_cache(maxsize=50_000)
def participle(word: str) -> frozenset[str]:
    """A Russian participle's own nominative (masculine singular), which the dictionary does not give as its lemma
    (that is the verb's): "управляющим" → "управляющий", as a title noun is written in the lexicon."""
    out = set()
    for p in _analyzer("ru").parse(word)[:4]:
        if p.tag.POS == "PRTF":
            f = p.inflect({"nomn", "sing", "masc"})
            if f is not None:
                out.add(f.word)
    return frozenset(out)


_GERUND_TO_VERB = (("вшись", "тися"), ("ючись", "тися"), ("вши", "ти"), ("ючи", "ти"))


def gerund_verb(word: str) -> set[str]:
    """The infinitive of a Ukrainian gerund, which the dictionary gives as its own lemma ("прибувши" → "прибути",
    "перебуваючи" → "перебувати", "зустрівшись" → "зустрітися")."""
    return next(({word[: -len(a)] + b} for a, b in _GERUND_TO_VERB if word.endswith(a)), set())


_SURNAME_NOM = ("ов", "ев", "ёв", "ин", "ын")  # Russian surname endings of the nominative singular


# endings of foreign names that do not decline ("Тоцці", "Руппи", "Лоренцо")
_FOREIGN_ENDINGS = {"uk": "ієоую", "ru": "иеоую"}


def cases(token: Token, lang: str) -> set[str]:
    """Possible cases of a token: Nom, Gen, Dat, Acc, Ins, Loc (empty when unknown). The dictionary
    decides for words it knows; for other words (foreign names) the suffix guesses, widened by
    the tagger's case when there is one."""
    word = token.text.lower()
    if lang in ("uk", "ru") and word.isalpha() and not is_cyrillic(word):
        return set()  # a Latin name ("ALFA", "Google") shows no case; the tagger's is a guess
    known = _dict_cases(lang, word, known_only=True)
    if known:
        if lang == "ru" and token.text[:1].isupper() and word.endswith(_SURNAME_NOM) and "Nom" not in known:
            return known | {"Nom"}  # "Дубков"-like surnames read as a genitive plural of a common noun: a surname first
        return known
    out = _base_cases(token, lang)
    if out and "Nom" not in out and token.text[:1].isupper() and word[-1:] in _FOREIGN_ENDINGS.get(lang, "") \
            and token.i > 0 and token.nbor(-1).text[:1].isupper() and token.nbor(-1).is_alpha \
            and "Nom" in _base_cases(token.nbor(-1), lang):
        out |= {"Nom"}  # "Лоренцо Тоцці провів": after a first name that can be nominative, an unknown foreign surname may not decline
    if out and "Nom" not in out and lang == "ru" and token.text[:1].isupper() and word.endswith(_SURNAME_NOM):
        out |= {"Nom"}  # "Силуанов примет участие": a surname the dictionary lacks, whatever case the tagger guessed
    return out


def name_cases(token: Token, lang: str, gender: Optional[str] = None, surname: bool = False) -> set[str]:
    """Cases of a word read as a personal name or surname of a person of ``gender`` ("masc"/"fem") where the
    dictionary knows it as such ("Кузнецова" of a man: genitive or accusative, not the nominative of the
    woman's surname); empty (unknown) for names it does not know. ``surname``: a surname standing alone, read
    as one where the dictionary can ("Лавров", not the genitive plural of the given name "Лавр")."""
    other = {"masc": "femn", "fem": "masc", "femn": "masc"}.get(gender or "")
    out, as_surname = set(), set()
    for _nf, pos, gram, known in parses(lang, token.text.lower()):
        if known and pos == "NOUN" and gram & {"Name", "Surn", "Patr"} and other not in gram:
            out |= {_CASES[g] for g in gram if g in _CASES}
            if "Surn" in gram:
                as_surname |= {_CASES[g] for g in gram if g in _CASES}
    return as_surname if surname and as_surname else out


def _base_cases(token: Token, lang: str) -> set[str]:
    word = token.text.lower()
    known = _dict_cases(lang, word, known_only=True)
    if known:
        return known
    c = token.morph.get("Case")
    return _dict_cases(lang, word, known_only=False) | (set(c) if c else set())


def animate(token: Token, lang: str) -> bool:
    """A noun naming people ("експерти", "делегати"): the tagger's animacy, else the dictionary's first reading."""
    if token.morph.get("Animacy"):
        return "Anim" in token.morph.get("Animacy")
    p = parses(lang, token.lower_) if lang in ("uk", "ru") else ()
    return bool(p) and "anim" in p[0][2]


_NUMBER = {"sing": "Sing", "plur": "Plur"}
_GENDER = {"masc": "Masc", "femn": "Fem", "neut": "Neut"}


def number_gender(token: Token, lang: str) -> tuple[Optional[str], Optional[str]]:
    """Number and gender (UD values) from the tagger, else from the dictionary's first reading; None if unknown."""
    number, gender = token.morph.get("Number"), token.morph.get("Gender")
    if number or gender:
        return (number[0] if number else None), (gender[0] if gender else None)
    p = parses(lang, token.lower_) if lang in ("uk", "ru") else ()
    if not p:
        return None, None
    tags = p[0][2]
    return (next((v for k, v in _NUMBER.items() if k in tags), None),
            next((v for k, v in _GENDER.items() if k in tags), None))


def may_agree(a: Token, b: Token, lang: str) -> bool:
    """Two words may agree in number and (in the singular) gender; unknown features agree with anything."""
    (na, ga), (nb, gb) = number_gender(a, lang), number_gender(b, lang)
    if na and nb and na != nb:
        return False
    return not (na == "Sing" and ga and gb and ga != gb)


def is_verb(token: Token, lang: str) -> bool:
    """A verb form that heads a clause: participles ("избранной") count as adjectives.
    For uk/ru the dictionary decides for the words it knows (taggers trained on little data err)."""
    if lang in ("uk", "ru") and token.is_alpha:
        p = parses(lang, token.text.lower())
        if p and p[0][1] and (p[0][3] or not token.pos_):  # known word, or no tagger to ask
            return p[0][1] in ("VERB", "INFN")
    if "Part" in token.morph.get("VerbForm"):
        return False
    if token.pos_ in ("VERB", "AUX"):
        return True
    if token.pos_:  # a tagger decided otherwise
        return False
    if lang == "en":
        return token.lower_ in _EN_AUX_FUTURE or token.lower_ in _EN_PAST_IRREGULAR or (
            token.lower_.endswith("ed") and len(token) > 4)
    p = parses(lang, token.text.lower())
    return bool(p) and p[0][1] in ("VERB", "INFN")


def tense(token: Token, lang: str) -> Optional[str]:
    """past | future | present for a finite verb, None otherwise (infinitives, non-verbs).
    For uk/ru the dictionary (pymorphy3) decides first: a statistical tagger often misses the
    future of perfective verbs ("відбудуться")."""
    if token.is_space or token.is_punct:
        return None  # the tagger sometimes gives a line break a verb's features
    if lang in ("uk", "ru"):
        p = parses(lang, token.text.lower())
        if p and p[0][1] == "VERB" and (p[0][3] or not token.pos_):  # a guessed "verb" may be a name
            finite = "Fin" in token.morph.get("VerbForm")  # "обговорить": infinitive or future, the tagger says finite
            found = [name for _nf, pos, g, _known in (p if finite else p[:1]) if pos == "VERB"
                     for gram, name in (("past", "past"), ("futr", "future"), ("pres", "present")) if gram in g]
            if {"future", "present"} <= set(found) and token.morph.get("Aspect") == ["Imp"] \
                    and token.morph.get("Tense") == ["Pres"]:
                return "present"  # "перебуває": the dictionary allows both aspects, the tagger reads the imperfective
            if found:
                return found[0]
            if p[0][3] and all(pos != "VERB" or {"infn", "INFN", "grnd", "GRND"} & g for _nf, pos, g, _k in p):
                return None  # the dictionary knows only an infinitive or gerund ("зібратися"): no tense
        if p and not any(k for *_x, k in p) and token.text[:1].isupper():
            return None  # a capitalised word the dictionary does not know is a name ("Скейде вирушить")
        if p and p[0][3] and p[0][1] != "VERB" and not any(
                pos == "VERB" and {"past", "futr", "pres"} & g for _nf, pos, g, _k in p):
            return None  # no finite verb reading in the dictionary ("переговори": a noun, or an imperative)
    t = token.morph.get("Tense")
    if t:
        aspect = token.morph.get("Aspect")
        if t[0] == "Past":
            return "past"
        if t[0] == "Fut":
            return "future"
        if t[0] == "Pres":
            # Slavic perfective present is future in meaning
            return "future" if lang in ("uk", "ru") and aspect and aspect[0] == "Perf" else "present"
    if lang == "en":
        w = token.lower_
        if w in _EN_AUX_FUTURE:
            return "future"
        if w in _EN_PAST_IRREGULAR or (w.endswith("ed") and len(w) > 4):
            return "past"
        return None
    p = parses(lang, token.text.lower())
    if not p or p[0][1] != "VERB" or (token.pos_ and token.pos_ not in ("VERB", "AUX")):
        return None
    g = p[0][2]
    if "past" in g:
        return "past"
    if "futr" in g:
        return "future"
    if "pres" in g:
        return "present"
    return None


_CLAUSE_BREAK = {",", ";", ":", "—", "–", "(", ")", "«", "»", '"', "“", "”", "„"}


def clause_tokens(sent: Span, i: int) -> tuple[int, int]:
    """Token range [start, end) of the clause around token ``i`` of the doc: bounded by the
    sentence and by punctuation that usually ends a clause."""
    doc = sent.doc
    s = i
    while s > sent.start and doc[s - 1].text not in _CLAUSE_BREAK:
        s -= 1
    e = i + 1
    while e < sent.end and doc[e].text not in _CLAUSE_BREAK:
        e += 1
    return s, e


def governing_tense(doc: Doc, i: int, lang: str) -> Optional[str]:
    """Tense of the verb nearest to token ``i`` in its clause (then in its sentence)."""
    tok = doc[i]
    sent = tok.sent
    cs, ce = clause_tokens(sent, i)
    for lo, hi in ((cs, ce), (sent.start, sent.end)):
        best, best_d = None, 10 ** 6
        for j in range(lo, hi):
            t = tense(doc[j], lang)
            if t is None:
                continue
            if t == "present" and j + 1 < sent.end and infinitive(doc[j + 1], lang):
                t = "future"  # "має зустрітися", "планирует посетить": an intention points ahead
            d = abs(j - i)
            if d < best_d:
                best, best_d = t, d
        if best is not None:
            return best
    return None


def infinitive(token: Token, lang: str) -> bool:
    if "Inf" in token.morph.get("VerbForm"):
        return True
    if lang in ("uk", "ru"):
        p = parses(lang, token.text.lower())
        return bool(p) and bool({"infn", "INFN"} & set(p[0][2]))
    return False
