"""Statements: direct and indirect speech with speaker, cue, via, addressee and time.

Frames (the cue words and phrases of each are in ``lexicons/<lang>/cues.tsv``):
- direct: a quoted span attributed after it (``«…», — сказал X``), before it with a colon
  (``X заявил: «…»``), or continuing a quote split by its attribution (``«…», — сказал он. — «…»``);
- clause: a speech verb with a content clause (``X заявил, что …``; ``X: …`` after the verb);
- according: ``по словам X, …`` / ``за інформацією X, …`` / ``according to X``; when the rest of the
  sentence has its own speech verb and speaker, X is the outlet the statement came via;
- anaphoric: ``Об этом заявил X`` / ``Про це повідомив X``: the content is the previous sentence;
- trailing: ``…, — заявил X.`` / ``…, X said.`` without quotes;
- stance / speech-act: ``X отвергает …``, ``X выразил надежду …`` (content = the object).
Speech verbs in the future, infinitive, imperative, first person or under a modal are not statements.
Who the speaker is comes from ``kg.extract.speakers``; times from the time extractor's ``TimeExpr`` list.
Speaker candidates around a cue, besides names, pronouns and role nouns: the antecedent of a relative
pronoun right before the verb (``представителя МИД, который заявил``; an outlet subject before it is the
via), an organisation in the locative next to a plural verb (``в лікарні повідомили``, ``заявили в МИДе``),
a quoted name the recogniser missed after the verb or an outlet noun (``пишуть «Наші гроші. Львів»``,
``видання «…»``; a place found inside such a name stands for the name), and a quoted name after ``в/у``
following the verb is the via (``пише X в «…»``).
"""
from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field, replace
from functools import lru_cache
from typing import Optional

from spacy.tokens import Doc

from kg.extract import speech_lexicon as sl
from kg.extract.entity_index import EntityIndex
from kg.extract.names import lemma_candidates
from kg.gazetteer import word_lists
from kg.extract.event_lexicon import lexicon as event_lexicon
from kg.extract.event_view import RELATIVE_OR_THAT, RELATIVE_PRONOUNS, WHOSE
from kg.extract.quotes import find_quotes
from kg.extract.speakers import SpeakerRef, SpeakerResolver
from kg.extract.speech_lexicon import Phrase, SpeakerNoun, Word
from kg.records import Document, Event, Statement, TimeExpr

SENT_END = ".!?…"
TRIM = " \t\n\xa0.!?…;,:" + sl.DASHES
CUE_FRAMES = ("clause", "passive", "cite", "stance", "speech-act", "proposal")


_AFTER_CUE_REACH = 6  # words from the speech verb to a time after it in its clause ("— сказал X волонтерам в офисе поздно ночью в …")
_WITH_WORDS = frozenset({"с", "со", "з", "із", "зі", "with"})
_ABOUT_WORDS = frozenset({"про", "о", "об"})  # a pointer naming what was told ("Про наслідки атаки …")
_OCCASION_REACH = 5  # sentences back to the dated day an occasion at the cue ("на пресконференції") belongs to
_OBJECT_REACH = 6  # words from a verb to a name that is its object ("назвало рішення кроком Варшави і заявило")


_NEGATIONS = frozenset({"не", "not", "ні", "ни"})
_NOT_ANAPHORIC_AFTER = frozenset({"как", "что", "и", "же", "що", "і", "й", "як", "само", "чтобы", "щоб", ","})


@dataclass
class _Draft:
    start: int
    end: int
    kind: str
    cue_words: tuple[int, int]  # word range of the cue
    refs: list[SpeakerRef] = field(default_factory=list)  # speaker candidates, best first
    cue_text: Optional[str] = None
    addressee_key: Optional[str] = None
    via_ref: Optional[SpeakerRef] = None
    via_key: Optional[str] = None
    follows: Optional["_Draft"] = None  # continuation of a split quote: same speaker
    pronoun_gender: Optional[str] = None  # no subject given: resolve like a pronoun of this gender
    speaker_key: Optional[str] = None
    speaker_ref: Optional[SpeakerRef] = None
    frame: str = ""
    said_on: Optional[TimeExpr] = None
    retold: Optional[tuple[int, int]] = None  # "Об этом он заявил в воскресенье": the cue that tells when it was said


class _Extractor:
    def __init__(self, doc: Doc, document: Document, index: EntityIndex, times: list[TimeExpr]):
        self.text = doc.text
        self.lang = document.lang or doc.lang_
        self.document = document
        self.index = index
        # only times with a value: "раніше", "recently" say when only vaguely
        self.times = sorted((t for t in times if t.value and t.granularity != "vague"), key=lambda t: t.start)
        self.all_times = list(times)
        self.lex = sl.load(self.lang)
        self.words = sl.words_of(doc, self.lang)
        self.sents = _sentences(doc, document)
        self.res = SpeakerResolver(self.text, self.words, self.sents, index, self.lex, self.lang)
        self.sent_words: list[tuple[int, int]] = []
        for s, e in self.sents:
            self.sent_words.append((self.res.word_index(s), self.res.word_index(e)))
        self.cues = self._first_word_map(CUE_FRAMES)
        self.according = self._first_word_map(("according",))
        self.nonspeech = self._first_word_map(("nonspeech",))  # "отвечает за общение с журналистами": no speech act
        self.citing = [p.words for p in self.lex.by_frame("citing")]
        self.as_words = {p.words for p in self.lex.by_frame("as")}
        self.via_preps = {p.words[0] for p in self.lex.by_frame("via-prep")}
        self.about_words = {p.words[0] for p in self.lex.by_frame("about")}
        self.conjs = [p.words for p in self.lex.by_frame("conj")]
        self.selves = {p.words[0] for p in self.lex.by_frame("self")}
        self.emphatics = {p.words[0] for p in self.lex.by_frame("emphatic")}  # "…, а сам …": the subject again
        self.skips = [p.words for p in self.lex.by_frame("skip")]
        self.anaphoric = self._first_word_map(("anaphoric",))
        self.complementizers = {p.words[0] for p in self.lex.by_frame("complementizer") if len(p.words) == 1}
        self.relatives = {p.words[0] for p in self.lex.by_frame("relative")}
        # "X, чий виступ транслював телеканал Y, заявив": a clause on X, whose words Y only carries
        self.possessive_relatives = {p.words[0] for p in self.lex.by_frame("possessive-relative")}
        self.relative_lemmas = {sl.lemma_of(self.lang, x) for x in self.relatives} if self.lang in ("uk", "ru") else set()
        self.source_nouns = {n.words[0] for n in self.lex.speaker_nouns if n.kind == "SOURCE"}
        self.modals = {p.words[0] for p in self.lex.by_frame("modal")}
        self.pointers = {p.words[0] for p in self.lex.by_frame("pointer")}  # "сформулював так: «…»"
        self.breaks = [p.words for p in self.lex.by_frame("break")]
        self.platform_names = {p.words[0] for p in self.lex.by_frame("platform-name")}
        self.occasions = [p.words for p in self.lex.by_frame("occasion")]
        self.consumed: set[int] = set()  # words used as cue/attribution
        self.drafts: list[_Draft] = []
        self._soft_next: dict[int, _Draft] = {}
        self._quotes = [q for q in find_quotes(self.text) if not self._in_header(q[0])]
        self.res.quotes = [part for o, c in self._quotes if len(self.text[o + 1:c].split()) >= 3
                           and not self._looks_like_name(self.text[o + 1:c]) for part in _speech_parts(self.text, o, c)]

    def _first_word_map(self, frames) -> dict[str, list[Phrase]]:
        out: dict[str, list[Phrase]] = {}
        for p in self.lex.by_frame(*frames):
            out.setdefault(p.words[0], []).append(p)
        for v in out.values():
            v.sort(key=lambda p: -len(p.words))
        return out

    # -- word helpers ---------------------------------------------------------------------
    def _lemmas(self, w: Word) -> set[str]:
        out = {w.lemma, w.lower}
        if self.lang in ("uk", "ru") and w.text[:1].isalpha():
            for p in sl.parses(self.lang, w.lower):
                out.add(p.normal_form)
                if "GRND" in p.tag and p.normal_form == w.lower:  # uk gerunds are their own lemma
                    for suf in ("вши", "ючи", "ячи"):
                        if w.lower.endswith(suf):
                            out.add(w.lower[: -len(suf)] + ("ти" if suf == "вши" else "ти"))
        return out

    def _phrase_at(self, i: int, table: dict[str, list[Phrase]], allow_pronoun: bool = False) -> tuple[Optional[Phrase], int, Optional[int]]:
        """Phrase of ``table`` starting at word i: (phrase, words used, index of an inserted pronoun)."""
        w = self.words[i]
        for key in self._lemmas(w):
            for p in table.get(key, []):
                n = sl.match_at(self.words, i, p.words) if len(p.words) > 1 else 1
                if n:
                    return p, n, None
                if allow_pronoun and len(p.words) > 1 and i + 1 < len(self.words):
                    pron = self.words[i + 1]
                    if any(sn.kind == "PRON" and sn.words == (pron.lower,) for sn in self.lex.speaker_nouns):
                        rest = sl.match_at(self.words, i + 2, p.words[1:])
                        if rest and self.words[i].lower == p.words[0]:
                            return p, rest + 2, i + 1
                if p.frame == "according" and len(p.words) >= 2 and self.words[i].lower == p.words[0]:
                    head = sl.match_at(self.words, i, p.words[:-1])
                    j = self._after_modifiers(i + head) if head else i
                    if j > i + head and sl.match_at(self.words, j, p.words[-1:]):
                        # "по предварительным данным X", "як свідчать опубліковані у вівторок дані X":
                        # modifiers of the phrase's last word inside it
                        return p, j + 1 - i, None
        return None, 0, None

    def _after_modifiers(self, j: int) -> int:
        """Index after up to four modifiers at word j: adjectives and participles ("оприлюднені"), adverbs, and a
        preposition with one noun ("в неділю")."""
        n = 0
        while j < len(self.words) and n < 4:
            w = self.words[j]
            if self._is_adjective_word(w) or self._is_participle_or_adverb(w):
                j, n = j + 1, n + 1
            elif w.lower in ("в", "у", "во") and j + 2 < len(self.words) and self.words[j + 1].text.isalpha() \
                    and self.words[j + 1].text.islower() and any("NOUN" in t for t in sl.tags(self.lang, self.words[j + 1].lower)):
                j, n = j + 2, n + 1
            else:
                break
        return j

    def _is_participle_or_adverb(self, w: Word) -> bool:
        tags = sl.tags(self.lang, w.lower) if self.lang in ("uk", "ru") and w.text.isalpha() and w.text.islower() else ()
        return bool(tags) and all("PRTF" in t or "ADVB" in t for t in tags)

    def _is_adjective_word(self, w: Word) -> bool:
        tags = sl.tags(self.lang, w.lower) if self.lang in ("uk", "ru") and w.text.isalpha() and w.text.islower() else ()
        return bool(tags) and all("ADJF" in t and "Apro" not in t for t in tags)  # (not "её", "його": a pronoun)

    def _cue_at(self, i: int) -> Optional[Phrase]:
        w = self.words[i]
        if w.is_punct or i in self.consumed:
            return None
        p, n, _ = self._phrase_at(i, self.cues)
        if p is None or n != len(p.words) or not self._reportive(i, p):
            return None
        if len(p.words) == 1 and self.lang in ("uk", "ru") and p.words[0] != w.lower \
                and (ps := sl.parses(self.lang, w.lower)) and ps[0].tag.POS == "ADVB":
            return None  # "экспорт «уверенно растет»": an adverb whose lemma reads as a cue adjective ("уверенный")
        q, m, _ = self._phrase_at(i, self.nonspeech)
        if q is not None and m == len(q.words):
            return None
        return p

    def _reportive(self, i: int, p: Phrase) -> bool:
        """Said (past/present, 2nd/3rd person, indicative), not future, infinitive, imperative or hypothetical,
        and not by the author ("я говорил", "we said") outside a quotation."""
        w = self.words[i]
        for k in range(max(0, i - 3), i):
            if self.words[k].lower in self.selves and not self._in_quote(self.words[k].start):
                return False
        for k in range(max(0, i - 2), i):
            if self.words[k].lower in self.modals:
                return False
        if i + 1 < len(self.words) and self.words[i + 1].lower in self.modals:
            return False
        if self.lang not in ("uk", "ru"):
            return True
        if any("ADJS" in t for t in sl.tags(self.lang, w.lower)):
            return True  # "X уверен, что …": a short adjective of conviction, said now
        ts = [t for t in sl.tags(self.lang, w.lower) if "VERB" in t or "INFN" in t or "PRTF" in t or "PRTS" in t or "GRND" in t]
        ts = [t for t in ts if any(x in t for x in ("VERB", "INFN"))] or ts
        if not ts:
            return True  # unknown to the dictionary: trust the lexicon
        verbs = [t for t in ts if ("VERB" in t and "INFN" not in t) or "GRND" in t]
        if not verbs:
            return False  # infinitive / participle only
        ok = [t for t in verbs if "futr" not in t and "1per" not in t and "impr" not in t]
        return bool(ok)

    def _in_quote(self, pos: int) -> bool:
        return any(o < pos < c for o, c in self._quotes)

    def _sent_of_word(self, i: int) -> int:
        for k, (a, b) in enumerate(self.sent_words):
            if a <= i < b:
                return k
        return -1

    def _end_of_clause(self, i: int, b: int, quotes_inside: bool = False) -> int:
        """First word index at or after i that ends an attribution clause."""
        j = i
        while j < b:
            w = self.words[j]
            if quotes_inside and _quote_mark(w.text):
                j += 1
                continue
            if quotes_inside and w.text == "(":
                close = next((x for x in range(j + 1, min(b, j + 8)) if self.words[x].text == ")"), None)
                if close is not None:  # "За даними трибуналу (TSE), …": an acronym in parentheses inside the source
                    j = close + 1
                    continue
            if w.is_punct and not self._inner_hyphen(j) and w.text != "%":
                return j
            if j > i and "\n" in self.text[self.words[j - 1].end:w.start]:
                return j  # a line break ends it ("… в мережі X.\n": the dot went with the one-letter name)
            j += 1
        return b

    def _inner_hyphen(self, j: int) -> bool:
        w = self.words[j]
        if w.text not in ("-", "‑"):
            return False
        return 0 < j < len(self.words) - 1 and self.words[j - 1].end == w.start and self.words[j + 1].start == w.end

    def _trim(self, start: int, end: int) -> tuple[int, int]:
        while start < end and self.text[start] in " \t\n\xa0":
            start += 1
        while end > start and self.text[end - 1] in TRIM:
            end -= 1
        return start, end

    def _content_span(self, wa: int, wb: int) -> Optional[tuple[int, int]]:
        if wa >= wb:
            return None
        s, e = self._trim(self.words[wa].start, self.words[wb - 1].end)
        if e - s < 3:
            return None
        return s, e

    # -- speaker candidates ---------------------------------------------------------------
    def _subject_refs(self, lo: int, hi: int, exclude: tuple[int, int] = (0, 0), right_lo: int = -1, right_hi: int = -1,
                      passive: bool = False):
        """Speaker candidates: nominative refs before the cue (nearest first), then after it."""
        rel = self._antecedent(lo, hi)
        if rel is not None:  # "представителя МИД, который заявил": the noun the relative clause is on
            return [rel], (self.res.refs(right_lo, right_hi) if right_lo >= 0 else [])
        obl = self._oblique_relative(lo, hi)
        if obl is not None:
            lo = obl + 1  # "стрелок, которого группа называет «…»": the antecedent is spoken of, not speaking
        colon = next((k for k in range(hi - 2, lo - 1, -1) if self.words[k].text == ":"), None)
        if colon is not None:
            lo = colon + 1  # "В Ханое решение Токио восприняли спокойно: там отметили": the clause after the colon
        inner = self._closed_relative(lo, hi)  # "Коваль, которому позвонил Новак, заявил": not Novak
        left = [r for r in self.res.refs(lo, hi) if not (exclude[0] <= r.w_start < exclude[1])
                and not (inner[0] <= r.w_start < inner[1])]
        right = self.res.refs(right_lo, right_hi) if right_lo >= 0 else []
        left, right = self._in_quoted_name(left), self._in_quoted_name(right)
        for r in left:  # "Так їх у вівторок охарактеризував X": an object pronoun, not the subject
            if r.kind == "PRON" and r.nominative and r.text.lower() in self.lex.object_pronouns and r.owner is None:
                r.nominative = False
            elif r.kind == "PRON" and r.nominative and r.text.lower() in self.lex.object_pronouns and any(
                    x.w_start == r.w_end and x.kind in ("SOURCE", "ROLE", "COLLECTIVE") for x in left):
                r.nominative = False  # "Його співрозмовник зазначив": a possessive before the noun that speaks
        left = [r for r in left if not self._in_parens(r)] + [r for r in left if self._in_parens(r)][:0]
        told_to = [r for r in left if r.kind in ("ENT", "OUTLET", "COLLECTIVE") and self.res._after_medium_noun(r.w_start)]
        for r in left:  # "X в комментарии телекомпании Y заявил": the outlet it was told to is no subject
            if r.nominative and (r in told_to or any(  # (nor the rest of its name the recogniser cut off: "Libya Al-Hadath")
                    x.w_end <= r.w_start and not any(ch.isspace() for ch in self.text[self.words[x.w_end - 1].end:r.start])
                    for x in told_to)):
                r.nominative = False
        if hi < len(self.words) and self._gender_of_verb(hi) in ("masc", "femn"):
            for r in left:  # "после совещания правительства сообщил": a plural form is no subject of a singular verb
                if r.nominative and r.etype != "PER" and self._plural_only(r):
                    r.nominative = False
        for r in left:  # "X у Facebook схвалив Вільнюс і додав": the name after X's first verb is its object
            if r.nominative and self._object_of_a_verb_before(r, left, hi):
                r.nominative = False
        for r in left:  # "X в беседе с ректором МГУ сказал": a body's name after a noun in an oblique case
            # is that noun's complement, when a subject stands before it
            if r.nominative and r.kind == "ENT" and r.etype == "ORG" and r.w_start > lo \
                    and self._oblique_noun(r.w_start - 1) and any(
                    x.nominative and x.etype in ("PER", "ORG") and x.w_end < r.w_start for x in left):
                r.nominative = False
        left = [r for r in left if r.nominative or r.kind != "OUTLET" or self._after_via_prep(r)]
        right = [r for r in right if r.nominative or (r.kind != "OUTLET" and not self._outlet_told(r))]
        # ("повідомили виданню", "повідомили Укрінформу в ОВА": the outlet told is the addressee)
        left = [self._named_after_outlet_noun(r) for r in left]
        right = [self._named_after_outlet_noun(r) for r in right]
        told = self._outlet_told_after_a_place(left, hi)
        if told is not None:  # "В консульстве X агентству Y сообщили": the agency is told, the consulate speaks
            told.nominative = False
            left = [r for r in left if r is not told]
        left_nom = [self._source_inside(r, left) for r in reversed(left) if r.nominative]
        loc = self._locative_source(left, hi)
        if loc is None and not left_nom and right_lo >= 0:
            loc = self._locative_after(right, hi, right_lo)
        if not left_nom and loc is None and hi > lo and self._has_own_subject(_Draft(0, 0, "", (hi, hi + 1))):
            left = []  # "Сторонники Бандеры утверждают": the genitive name is not who speaks
        # after the verb a named person comes before an organisation in his title ("— заявив начальник … МВС X")
        right_nom = sorted((r for r in right if r.nominative), key=lambda r: 0 if r.etype == "PER" else 1)
        # ("…, сообщил ТАСС источник в СБУ": the body the source is in speaks, the outlet before it is told)
        inside = [b for r in right_nom if (b := self._source_inside(r, right)) is not r]
        right_nom = inside + [r for r in right_nom if r not in inside and not (inside and r.kind == "SOURCE")]
        # a subject-less clause ("В пресс-центре ГУ МВД … уточнили"): the first phrase, the head of the place
        cands = left_nom + right_nom + [r for r in left if r not in left_nom]  # after the verb: nominative only
        if loc is not None:  # "в лікарні повідомили", "в МВС заявили": the place speaks
            loc.nominative = True  # it stands for the subject the impersonal verb leaves out
            cands = [loc] + [r for r in cands if r is not loc]
        if passive:  # "Про це повідомляється у «Віснику…»": the source named after an impersonal verb
            cands += [r for r in right if r not in right_nom]
        if not left_nom and loc is None:  # "Tagesspiegel, посилаючись на джерела, пише": a name the recogniser missed
            latin = self._latin_name(lo, hi)
            if latin is not None:
                cands = [latin] + cands
        if not cands:  # a quoted name the recogniser missed ("у «Віснику державних закупівель»")
            q = self._quoted_name(right_lo, right_hi, first_only=not passive) if right_lo >= 0 else None
            q = q or self._quoted_name(lo, hi, nominative_only=True)
            if q is None and hi < len(self.words) and self._gender_of_verb(hi) == "plur" and lo + 1 < hi \
                    and self.words[lo].lower in self.via_preps:
                q = self._quoted_name(lo + 1, hi, first_only=True)  # "В «Силах …» заявили": the body speaks
            if q is not None:
                cands = [q]
        # a name right after a role noun is its apposition (``министр Лавров``): prefer the name
        out = []
        for r in cands:
            if r.kind == "ROLE":
                named = [x for x in left + right if x.kind == "ENT" and x.etype == "PER" and 0 <= x.w_start - r.w_end <= 6
                         and x.nominative == r.nominative  # "помощник Кузнецова": a genitive name is no apposition
                         and not any(w.is_punct for w in self.words[r.w_end:x.w_start])]
                if named:
                    out.append(named[0])
                    continue
                before = [x for x in left if x.kind == "ENT" and x.etype in ("PER", "ORG") and x.nominative
                          and x.w_end == r.w_start - 1 and self.words[x.w_end].text == ","
                          and r.w_end < len(self.words) and self.words[r.w_end].text == ","]  # (set off on both sides)
                if before:  # "Мінору Кіхара, генеральний секретар кабінету …, заявив": the name the title is on
                    out.append(before[0])
                    continue
            out.append(r)
        seen, uniq = set(), []
        for r in out:
            if id(r) not in seen:
                seen.add(id(r))
                uniq.append(r)
        return uniq, right

    def _oblique_noun(self, k: int) -> bool:
        """Word k is a lower-case common noun that cannot be nominative ("студентами", "представителей")."""
        w = self.words[k]
        if self.lang not in ("uk", "ru") or not w.text.isalpha() or not w.text.islower():
            return False
        tags = sl.tags(self.lang, w.lower)
        return bool(tags) and all("NOUN" in t for t in tags) and not any("nomn" in t for t in tags)

    def _source_inside(self, r: SpeakerRef, left: list[SpeakerRef]) -> SpeakerRef:
        """"Джерело в Міноборони сказало …", "источник в минобороны сообщил": the body the unnamed source is in
        speaks (not a name after the verb, which is whom it was told to)."""
        if r.kind != "SOURCE" or r.w_end + 1 >= len(self.words) or self.words[r.w_end].lower not in self.via_preps:
            return r
        body = next((x for x in left if x.kind == "ENT" and x.etype in ("ORG", "LOC") and x.w_start == r.w_end + 1), None)
        if body is None:
            return r
        body.nominative = True
        return body

    def _outlet_told(self, r: SpeakerRef) -> bool:
        """A named outlet in the dative, with no preposition before it ("повідомили Укрінформу")."""
        if r.kind != "ENT" or not r.key or not self.res._is_outlet_key(r.key) or self.lang not in ("uk", "ru"):
            return False
        if r.w_start > 0 and any("PREP" in t for t in sl.tags(self.lang, self.words[r.w_start - 1].lower)):
            return False  # ("у виданні": where it was said)
        ts = sl.tags(self.lang, self.words[r.w_end - 1].lower)
        return bool(ts) and any("datv" in t for t in ts) and not any("nomn" in t for t in ts)

    def _plural_only(self, r: SpeakerRef) -> bool:
        """Its head word is a nominative only in the plural ("правительства", "урядів"; for an unnamed body, its first
        common noun: "марокканского зернового ведомства ONICL")."""
        heads = (r.w_end - 1, r.w_start)
        if r.kind == "COLLECTIVE":
            noun = next((k for k in range(r.w_start, r.w_end) if self.words[k].text.isalpha()
                         and not self.words[k].text.isupper() and any("NOUN" in t for t in sl.tags(self.lang, self.words[k].lower))),
                        None)
            heads = (noun,) if noun is not None else heads
        for k in dict.fromkeys(heads):
            ts = sl.tags(self.lang, self.words[k].lower)
            if not ts or any("LATN" in t or "UNKN" in t or "Fixd" in t for t in ts):
                return False
            if any(("nomn" in t and "plur" not in t) or sl.caseless_noun(t) for t in ts):
                return False
        return True

    def _relative_word(self, k: int) -> bool:
        w = self.words[k]
        if w.lower in self.relatives or w.lower in self.possessive_relatives or w.lower in ("whom", "which"):
            return True
        rel = self.relative_lemmas
        return bool(rel) and (w.lemma in rel or any(p.normal_form in rel for p in sl.parses(self.lang, w.lower)))

    def _closed_relative(self, lo: int, hi: int) -> tuple[int, int]:
        """Words of a relative clause (or an adverbial participle's phrase) between commas right before the cue
        (``X, с которым говорил Y, заявил``, ``X, выступая в парламенте, заявила``)."""
        k = hi - 1
        while k > lo and (not self.words[k].is_punct or self._inner_hyphen(k)
                          or _quote_mark(self.words[k].text)):
            k -= 1  # an adverb between the clause and the verb ("в своем Telegram-канале", "в интервью «Коммерсанту»")
        gap = sum(1 for w in self.words[k + 1:hi] if not _quote_mark(w.text)) + 1
        coordinated = self.words[hi - 1].lower in ("і", "й", "та", "и", "and")  # "…, подякував партнерам і додав"
        if k <= lo or self.words[k].text != "," or gap > (10 if coordinated else 7) or (
                gap > 3 and not (self._adverbial(k + 1, hi) or self._place_phrase(k + 1, hi) or coordinated)):
            return (0, 0)  # (quote marks round an outlet's name are no words: "в беседе с «X» отметил")
        end = k
        depth = 0
        seg_end = end
        for j in range(end - 1, max(lo, end - 24) - 1, -1):
            w = self.words[j]
            if w.text in (")", "("):
                depth += 1 if w.text == ")" else -1
                continue  # "… агентство (ЧТК),": an acronym in parentheses inside the clause
            if w.text in ("-", "‐", "‑") and 0 < j < len(self.words) - 1 and self.words[j - 1].end == w.start \
                    and w.end == self.words[j + 1].start:
                continue  # "агентство APA-OTS": a hyphen inside a name
            if _quote_mark(w.text):
                continue  # "слова якого цитує агентство «X»": quote marks round a name inside the clause
            if w.is_punct and depth == 0:
                if w.text == "," and j + 1 < end and (self._relative_word(j + 1) or self._gerund(j + 1)
                                                      or self._participle(j + 1) or (
                        j + 2 < end and self._relative_word(j + 2) and (sl.is_prep(self.lang, self.words[j + 1].lower)
                                                                        or self.words[j + 1].text.islower()))):
                    # (", слова которого приводит Y,": a noun before a genitive relative word)
                    return (j, end)
                if w.text == "," and seg_end - j > 1 and self._adverbial(j + 1, seg_end) \
                        and any(x.lower in ("і", "й", "та", "и", "and") for x in self.words[j + 1:seg_end]):
                    seg_end = j  # "…, який очолює Міністерство культури, молоді та …,": a list inside the clause
                    continue
                return (0, 0)
        return (0, 0)

    def _adverbial(self, a: int, b: int) -> bool:
        """Lower-case words with no verb among them ("минулої суботи пізно ввечері"): a time or manner phrase."""
        return all(w.text[:1].islower() and not any("VERB" in t or "INFN" in t for t in sl.tags(self.lang, w.lower))
                   for w in self.words[a:b])

    def _place_phrase(self, a: int, b: int) -> bool:
        """"в посте в соцсети X": a phrase opened by a preposition with no verb in it (where it was said)."""
        return sl.is_prep(self.lang, self.words[a].lower) and not any(
            any("VERB" in t or "INFN" in t for t in sl.tags(self.lang, w.lower)) for w in self.words[a:b])

    def _participle(self, k: int) -> bool:
        """", возглавляющий центр,": a full participle opens a phrase on the noun before it, whose own object
        is not the subject of the verb after it."""
        return self.lang in ("uk", "ru") and any("PRTF" in t for t in sl.tags(self.lang, self.words[k].lower)) \
            and not any("NOUN" in t for t in sl.tags(self.lang, self.words[k].lower))

    def _nominative_participle(self, k: int) -> bool:
        """", прилетевший вместе с министром": a participle in the nominative, on the subject (the speaker)."""
        return any("PRTF" in t and "nomn" in t for t in sl.tags(self.lang, self.words[k].lower))

    def _gerund(self, k: int) -> bool:
        """", выступая в парламенте,": an adverbial participle opens a phrase with no subject of its own."""
        return self.lang in ("uk", "ru") and any("GRND" in t for t in sl.tags(self.lang, self.words[k].lower))

    def _oblique_relative(self, lo: int, hi: int) -> Optional[int]:
        """Position of a relative pronoun in an oblique case (которого, якому, whom) after a comma before the cue."""
        for k in range(hi - 1, max(lo, hi - 6) - 1, -1):
            w = self.words[k]
            if w.is_punct:
                return None  # "Коваль, которому позвонил Новак, заявил": the relative clause has closed
            if k > lo and self.words[k - 1].text == "," and w.lower not in self.relatives and w.lower != "which" \
                    and self._relative_word(k):
                return k
        return None

    def _antecedent(self, lo: int, hi: int) -> Optional[SpeakerRef]:
        """``…, который/який/who`` right before the speech verb (an adverb may stand between): the reference
        ending right before the comma is the speaker; an outlet that is the subject before it relayed the words."""
        k = hi - 1
        while k > lo and hi - k <= 2 and self.words[k].lower not in self.relatives:
            k -= 1
        if k <= lo or self.words[k].lower not in self.relatives or self.words[k - 1].text != ",":
            return None
        refs = [r for r in self.res.refs(lo, k - 1) if r.kind != "PRON"]
        if not refs:
            return None
        ante = refs[-1]
        if k - 1 - ante.w_end > 3 or any(w.is_punct for w in self.words[ante.w_end:k - 1]):
            return None
        ante.nominative = True
        if ante.kind == "ROLE" and ante.gen_key:
            ante.kind, ante.key = "COLLECTIVE", ante.gen_key  # an unnamed official relayed: his organisation speaks
        outlets = [r for r in refs[:-1] if r.nominative and (r.is_outlet or r.kind == "OUTLET")]
        if outlets:
            ante.relayed_by = outlets[-1]
        return ante

    def _short_name_source(self, j: int, end: int) -> list[SpeakerRef]:
        """``according to the air force`` after ``The Ukrainian Air Force said``: a short common-noun phrase whose
        head is in the name of an organisation of the article stands for it."""
        words = [w for w in self.words[j:end] if not w.is_punct]
        if not words or len(words) > 4 or any(w.text[:1].isupper() for w in words[1:]):
            return []
        head = words[-1]
        if len(head.lower) < 4 or not head.text.isalpha():
            return []
        org = self.res._org_named_like(head.lemma, head.start)
        if org is None:
            return []
        a, b = self.res.word_index(words[0].start), head.i + 1
        return [SpeakerRef(words[0].start, head.end, self.text[words[0].start:head.end], "ENT", a, b, key=org,
                           etype="ORG", looked_up=True)]

    def _quoted_name_end(self, j: int) -> Optional[int]:
        """Word index after a short quoted name opening at word j (``«Економічна правда»``), else None."""
        w = self.words[j]
        if not w.text or w.text[0] not in "«„“\"":
            return None
        for o, c in self._quotes:
            if o == w.start and c - o <= 60 and self._looks_like_name(self.text[o + 1:c]):
                return self.res.word_index(c + 1)
        return None

    def _named_after_outlet_noun(self, r: SpeakerRef) -> SpeakerRef:
        """``видання «Річ Посполита»``, ``газета «Монд»``: the quoted name the bare outlet noun introduces."""
        if r.kind not in ("OUTLET", "SOURCE") or r.mass_media or r.w_end >= len(self.words):
            return r
        q = self._quoted_name(r.w_end, min(r.w_end + 2, len(self.words))) or self._latin_name_after(r.w_end)
        if q is None:
            return r
        q.nominative, q.is_outlet = r.nominative, True
        return q

    def _latin_name_after(self, k: int) -> Optional[SpeakerRef]:
        """``портал 24tund``, ``сайт Delfi``: a name in Latin letters (digits too) right after an outlet noun, that no
        mention covers: the outlet, as an organisation."""
        e = k + 1  # ("24tund" may be two tokens; "Baltic Times" two words; "Post-Courier" three)
        while e < len(self.words) and (self._glued_hyphen_part(e) or (
                self.words[e].start == self.words[e - 1].end and self.words[e].text.isalnum()) or (
                self.words[e].start == self.words[e - 1].end + 1 and re.fullmatch(r"[A-Za-z][A-Za-z0-9&'-]*", self.words[e].text)
                and (self.words[e].text[:1].isupper() or re.match(r"[dl]['’][A-Z]", self.words[e].text)
                     or e + 1 < len(self.words) and self.words[e + 1].text[:1].isupper()))):
            e += 1  # ("Diari d'Andorra": an elided particle glued to a capitalised word)
        name = self.text[self.words[k].start:self.words[e - 1].end]
        if self.lang not in ("uk", "ru") or not re.fullmatch(r"[0-9A-Za-z][0-9A-Za-z&'. -]*", name) \
                or not any(ch.isalpha() for ch in name) or self.res._mention_covering(self.words[k]) is not None:
            return None
        return self._org_ref(k, e)

    def _glued_hyphen_part(self, e: int) -> bool:
        """Word e is a hyphen glued to the Latin word before it and to a capitalised Latin word after it."""
        w = self.words
        return w[e].text in ("-", "‐", "‑") and e + 1 < len(w) and w[e].start == w[e - 1].end \
            and w[e + 1].start == w[e].end and re.fullmatch(r"[A-Z][A-Za-z&']*", w[e + 1].text) is not None

    def _locative_after(self, right: list[SpeakerRef], hi: int, right_lo: int) -> Optional[SpeakerRef]:
        """``Об этом заявили в МИДе``, ``повідомили у пресслужбі``: the place right after a plural verb speaks."""
        if self.lang not in ("uk", "ru") or hi >= len(self.words) or self._gender_of_verb(hi) != "plur":
            return None
        while right_lo < len(self.words) and any(t.start <= self.words[right_lo].start < t.end for t in self.times):
            right_lo += 1  # "заявили в среду на Смоленской площади": the day told between
        for r in right:
            if r.kind not in ("ENT", "COLLECTIVE", "METONYM", "OUTLET") and not r.government \
                    or (r.kind == "ENT" and r.etype == "PER"):
                continue
            k = r.w_start - 1
            if k > right_lo and all(ch in sl.QUOTE_CHARS for ch in self.words[k].text):
                k -= 1  # "повідомили в «Укрзалізниці»": the name's opening quote mark
            while k >= right_lo and not self.words[k].is_punct and self.words[k].lower not in self.via_preps:
                k -= 1
            if k >= right_lo and k - right_lo <= 1 and self.words[k].lower in self.via_preps and \
                    (self.words[k].lower != "на" or r.kind == "METONYM"):  # "на Банковій": a building for its body
                return r
            return None
        return None

    def _after_via_prep(self, r: SpeakerRef) -> bool:
        """"в агентстві", "у самому агентстві": a place-like preposition before the phrase (adjectives between)."""
        last = self.words[r.w_end - 1]
        if self.lang in ("uk", "ru") and not any("loct" in t or "loc2" in t for t in sl.tags(self.lang, last.lower)):
            return False  # "В больнице газете сообщили": the outlet is told, it is not the place
        k = r.w_start - 1
        while k >= 0 and r.w_start - k <= 3 and not self.words[k].is_punct and self.words[k].lower not in self.via_preps:
            k -= 1
        return k >= 0 and self.words[k].lower in self.via_preps and self.words[k].lower != "на"

    def _relative_after(self, k: int, hi: int) -> int:
        """The word after a relative clause between commas opening at word ``k`` (``, якій належить склад,``)
        and closing before ``hi``; ``k`` itself when none opens there."""
        start = k
        if k < hi and self.words[k].text in "»”\"":
            k += 1  # the name's closing quote mark
        if k + 1 >= hi or self.words[k].text != "," or not self._relative_word(k + 1):
            return start
        close = next((j for j in range(k + 2, min(hi, k + 14)) if self.words[j].is_punct), None)
        return close + 1 if close is not None and self.words[close].text == "," else start

    def _outlet_told_after_a_place(self, left: list[SpeakerRef], hi: int) -> Optional[SpeakerRef]:
        """An outlet named right before a plural verb, right after a body in a locative phrase: the outlet
        is told (dative), the body speaks."""
        if self.lang not in ("uk", "ru") or hi >= len(self.words) or self._gender_of_verb(hi) != "plur":
            return None
        r = next((x for x in left if x.w_end == hi and x.nominative and x.key and self.res._is_outlet_key(x.key)), None)
        if r is None:
            return None
        body = next((x for x in left if x is not r and x.w_end == r.w_start and x.kind in ("ENT", "COLLECTIVE")
                     and x.etype != "PER" and self._after_via_prep(x)), None)
        return r if body is not None else None

    def _locative_source(self, left: list[SpeakerRef], hi: int) -> Optional[SpeakerRef]:
        """``В держрезерві стверджують`` / ``в обласній лікарні повідомили``: an organisation (or institution
        noun) after a locative preposition right before a plural verb with no subject of its own is the source
        (a relative clause may come between: ``У компанії, якій належить склад, підтвердили``)."""
        if self.lang not in ("uk", "ru") or hi >= len(self.words):
            return None
        if self._gerund(hi) and hi >= 2 and self.words[hi - 1].text == ",":
            # "В Таллине решение поддержали, заявив, что …": the gerund's subject is the finite verb's before the comma
            hi = next((k for k in range(hi - 2, max(-1, hi - 12), -1) if self._gender_of_verb(k) is not None
                       or self.words[k].is_punct), hi)
            left = [r for r in left if r.w_start < hi]  # (not "відреагували у Telegram": where, after the verb)
        if self._gender_of_verb(hi) != "plur":
            return None
        for r in reversed(left):
            if r.kind not in ("ENT", "COLLECTIVE", "METONYM", "OUTLET") or (r.kind == "ENT" and r.etype == "PER"):
                continue
            if r.kind in ("ENT", "OUTLET") and self.res._after_medium_noun(r.w_start):
                continue  # "у коментарі Укрінформу сказали в X": the outlet is told, not the place that speaks
            after = self._relative_after(r.w_end, hi)
            if any(w.is_punct for w in self.words[after:hi]) or any(
                    x.nominative and x.w_start >= after for x in left):
                return None
            if any(x.nominative and x.w_end <= r.w_start and not any(w.is_punct for w in self.words[x.w_end:r.w_start])
                   for x in left):
                return None  # "Інспектори X в місті наполягали": the subject before the place speaks
            k = r.w_start - 1
            while k >= 0 and not self.words[k].is_punct and r.w_start - k <= 4 and \
                    self.words[k].lower not in self.via_preps:
                k -= 1  # adjectives before the noun ("в обласній клінічній лікарні")
            if any(x is not r and k < x.w_start < r.w_start for x in left):
                continue  # "В Вене позицию Праги одобрили": a place named between, the genitive's not it
            if k >= 1 and self.words[k].lower in self.via_preps and any(
                    "PRTF" in t for t in sl.tags(self.lang, self.words[k - 1].lower)):
                continue  # "В X подписанное в Y соглашение назвали": Y is where it was signed, X speaks
            if k >= 0 and self.words[k].lower in self.via_preps and (self.words[k].lower != "на" or r.kind == "METONYM"):
                # "В консульстве Чили в Риге назвали": the place after the institution is where it is
                outer = next((x for x in left if x.w_end == k and x.kind in ("COLLECTIVE", "ENT", "OUTLET")
                              and not (x.kind == "ENT" and x.etype == "PER") and self._after_via_prep(x)
                              and not self.res._after_medium_noun(x.w_start)), None)
                return outer or r
            return None
        return None

    def _quoted_name(self, lo: int, hi: int, nominative_only: bool = False, first_only: bool = False) -> Optional[SpeakerRef]:
        """An organisation named in quote marks opening within words [lo, hi), looked up (created) in the index.
        The name may go on over a line break and hold a full stop between capitalised parts (``«Наші гроші.
        Львів»``). ``first_only``: only a quote that opens the range (after an outlet noun at most)."""
        if lo < 0 or hi <= lo:
            return None
        s, e = self.words[lo].start, self.words[hi - 1].end
        for o, c in self._quotes:
            if not (s <= o < e) or c - o > 80:
                continue
            if first_only and any(not (w.is_punct or self._is_outlet_noun(w)) for w in self.words[lo:self.res.word_index(o)]):
                return None
            ref = self._quoted_ref(o, c, nominative_only)
            if ref is not None:
                return ref
        return None

    def _is_outlet_noun(self, w) -> bool:
        return (w.lower,) in self.res._outlet_nouns or (w.lemma,) in self.res._outlet_nouns

    def _looks_like_name(self, raw: str) -> bool:
        """A short capitalised quoted phrase with no verb (``«Грузинська мрія — Демократична Грузія»``)."""
        name = " ".join(raw.split())
        if not name or not name[0].isupper() or len(name.split()) > 6 or any(ch in name for ch in "!?,;:"):
            return False
        return not (self.lang in ("uk", "ru") and any(
            any("VERB" in t for t in sl.tags(self.lang, x.strip(".").lower())) and not any(
                "NOUN" in t or "ADJF" in t for t in sl.tags(self.lang, x.strip(".").lower()))
            for x in name.split()))

    def _quoted_ref(self, o: int, c: int, nominative_only: bool = False, covered_ok: bool = False) -> Optional[SpeakerRef]:
        raw = self.text[o + 1:c]
        name = " ".join(raw.split())
        if not name or not name[0].isupper() or len(name.split()) > 5 or any(ch in name for ch in "!?,;:"):
            return None
        if any(not part.strip()[:1].isupper() for part in name.split(". ") if part.strip()) or name.endswith("."):
            return None  # a full stop only between capitalised parts of one name
        if self.lang in ("uk", "ru") and any(
                any("VERB" in t for t in sl.tags(self.lang, x.strip(".").lower())) and not any(
                    "NOUN" in t or "ADJF" in t for t in sl.tags(self.lang, x.strip(".").lower()))
                for x in name.split()):
            return None  # a quoted phrase with a verb is said, not a name
        i, j = self.res.word_index(o + 1), self.res.word_index(c) - 1
        if j < i or (not covered_ok and self.res._mention_covering(self.words[i]) is not None):
            return None
        nom = self.res._nominative(max(i - 1, 0) if i and all(
            ch in sl.QUOTE_CHARS for ch in self.words[i - 1].text) else i, j)
        if nominative_only and not nom:
            return None
        key = self.index.lookup(name, self.lang, "ORG")
        if key and self.index.entities[key].type == "ORG":
            return SpeakerRef(o + 1, c, raw, "ENT", i, j + 1, key=key, nominative=nom, etype="ORG",
                              looked_up=True)
        return None

    def _latin_name(self, lo: int, hi: int) -> Optional[SpeakerRef]:
        """One capitalised Latin-script word opening the clause of a singular cue in a Cyrillic text, then a comma
        or the cue, that no mention covers: the outlet or body that speaks, as an organisation."""
        if self.lang not in ("uk", "ru") or hi - lo < 1 or hi >= len(self.words) or self._gender_of_verb(hi) == "plur":
            return None
        w = self.words[lo]
        if not re.fullmatch(r"[A-Z][A-Za-z&'-]+", w.text) or self.res._mention_covering(w) is not None \
                or not (lo + 1 == hi or self.words[lo + 1].text == ","):
            return None
        return self._org_ref(lo, lo + 1, nominative=True)

    def _org_ref(self, k: int, e: int, nominative: bool = False) -> Optional[SpeakerRef]:
        """Words [k, e) as the name of an organisation, looked up (created) in the index."""
        name = self.text[self.words[k].start:self.words[e - 1].end]
        key = self.index.lookup(name, self.lang, "ORG")
        if not key or self.index.entities[key].type != "ORG":
            return None
        return SpeakerRef(self.words[k].start, self.words[e - 1].end, name, "ENT", k, e, key=key, nominative=nominative,
                          etype="ORG", looked_up=True)

    def _in_quoted_name(self, refs: list[SpeakerRef]) -> list[SpeakerRef]:
        """A place or name the recogniser found inside a short quoted name (``«Наші гроші. Львів»``): the
        quoted organisation is meant, not the place."""
        out = []
        for r in refs:
            if r.kind in ("ENT", "METONYM") and not r.looked_up:
                for o, c in self._quotes:
                    if o < r.start and r.end <= c and (o + 1 < r.start or r.end < c) and c - o <= 80:
                        q = self._quoted_ref(o, c, covered_ok=True)
                        if q is not None and q.key != r.key:
                            r = q
                        break
            out.append(r)
        return out

    def _in_parens(self, r: SpeakerRef) -> bool:
        before = self.text[max(0, r.start - 40):r.start]
        after = self.text[r.end:r.end + 40]
        return before.rfind("(") > before.rfind(")") and (after.find(")") != -1 and (after.find("(") == -1 or after.find(")") < after.find("(")))

    def _addressee(self, right: list[SpeakerRef], speaker: Optional[SpeakerRef],
                   left: Optional[list[SpeakerRef]] = None) -> Optional[str]:
        for r in (left or []):  # "в интервью газете Le Monde заявил"
            if r.kind == "ENT" and r.etype == "ORG" and self.res._after_medium_noun(r.w_start) and r is not speaker:
                return r.key
        for r in right:
            if r is speaker or (speaker is not None and r.key == speaker.key):
                continue
            if r.kind == "ENT" and r.etype in ("ORG", "PER") and self._via_in(r) is None:
                return r.key
        return None

    def _via_in(self, r: SpeakerRef) -> Optional[SpeakerRef]:
        """``пише X у «Главкомі»``: an outlet after a locative preposition is where it was published."""
        if not (r.kind == "ENT" and r.is_outlet):
            return None
        k = r.w_start - 1
        while k >= 0 and _quote_mark(self.words[k].text):
            k -= 1
        return r if k >= 0 and self.words[k].lower in self.via_preps else None

    def _set_via_from(self, d: _Draft, right: list[SpeakerRef]) -> None:
        if d.via_ref is None:
            for r in right:
                if self._via_in(r) is not None:
                    d.via_ref = r
                    return
        if d.via_ref is None and d.frame in ("clause", "anaphoric", "cite"):
            # "пише X в «Наші гроші. Запоріжжя»": a quoted name after a locative preposition where the
            # speaker wrote is the outlet, also when the recogniser missed it
            i = d.cue_words[1]
            k = self._sent_of_word(d.cue_words[0])
            hi = min(self.sent_words[k][1] if k >= 0 else i + 8, i + 8)
            for j in range(i, hi):
                w = self.words[j]
                if w.is_punct and not _quote_mark(w.text):
                    break
                if w.lower in self.via_preps and j + 1 < len(self.words) and self.words[j + 1].text[:1] in "«„“\"":
                    o = self.words[j + 1].start
                    for qo, qc in self._quotes:
                        if qo == o:
                            ref = self._quoted_ref(qo, qc, covered_ok=True)
                            if ref is not None and ref.key not in {r.key for r in d.refs if r.kind == "ENT"}:
                                d.via_ref = ref
                            return

    def _object_of_a_verb_before(self, r: SpeakerRef, left: list[SpeakerRef], hi: int) -> bool:
        """``r`` comes after a verb agreeing with the cue ``hi`` (a few words at most, no punctuation), the two
        verbs joined by "і" / "и" / "та" with no punctuation, and a nominative phrase comes before that verb (an
        insert set off by commas may stand between): the subject of both is that phrase, ``r`` the first verb's
        object."""
        agrees = self._gender_of_verb(hi, neuter=True) if hi < len(self.words) else None
        if agrees is None:
            return False
        k = r.w_start - 1  # the verb may stand a few words before: "назвало рішення кроком X і заявило"
        while k >= 0 and r.w_start - k <= _OBJECT_REACH and not self.words[k].is_punct \
                and self._gender_of_verb(k, neuter=True) is None:
            k -= 1
        if k < 0 or self.words[k].is_punct or self._gender_of_verb(k, neuter=True) != agrees:
            return False
        between = self.words[r.w_end:hi]
        lows = [w.lower for w in between]
        self_ = next((j for j in range(2, len(lows)) if lows[j] in self.emphatics and lows[j - 1] == "а" and lows[j - 2] == ","), None)
        if self_ is not None and not any(w.is_punct for w in between[self_:]):
            pass  # "X закликав Y …, а сам обстріл назвав …": X, the subject of both
        elif any(w.is_punct for w in between) or not any(w.lower in ("і", "й", "и", "та") for w in between):
            return False
        return any(x is not r and x.nominative and x.w_end <= k and self._one_clause(x.w_end, k) for x in left)

    def _one_clause(self, a: int, b: int) -> bool:
        """No punctuation between words ``a`` and ``b``, or only around an insert set off by commas ("X, как
        передает агентство Y, назвал …")."""
        between = self.words[a:b]
        if not any(w.is_punct for w in between):
            return True
        return len(between) > 2 and between[0].text == "," and between[-1].text == "," \
            and not any(w.is_punct for w in between[1:-1])

    def _gender_of_verb(self, i: int, neuter: bool = False) -> Optional[str]:
        if self.lang not in ("uk", "ru"):
            return None
        ts = [t for t in sl.tags(self.lang, self.words[i].lower) if "VERB" in t and ("past" in t or "pres" in t)]
        if ts and all("plur" in t for t in ts):
            return "plur"  # impersonal "стверджують", "заявили": the organisation spoken of
        if ts and all("femn" in t for t in ts):
            return "femn"
        if ts and all("masc" in t for t in ts):
            return "masc"
        if neuter and ts and all("neut" in t for t in ts):
            return "neut"
        return None

    def _subject_agreement(self, i: int) -> Optional[str]:
        """How a left-out subject agrees with the verb: masc/femn/plur/any; None for impersonal forms
        ("у договорі вказано", "сообщается") that have no subject to look for."""
        g = self._gender_of_verb(i)
        if g is not None:
            return g
        if self.lang not in ("uk", "ru"):
            return "any"
        ts = sl.tags(self.lang, self.words[i].lower)
        if any(("VERB" in t and ("3per" in t or "past" in t)) or "GRND" in t for t in ts):
            return "any"
        return None

    # -- direct speech --------------------------------------------------------------------
    def direct(self) -> None:
        quotes = self._quotes
        by_open: dict[int, _Draft] = {}
        for o, c in quotes:
            s, e = o + 1, c
            while s < e and self.text[s] in " \xa0\t":
                s += 1
            while e > s and self.text[e - 1] in " \xa0\t,":
                e -= 1
            if len(self.text[s:e].split()) < 2:
                continue
            inner = self._split_inside(s, e)
            if inner:
                self.drafts.extend(inner)
                continue
            draft = by_open.get(o) or self._attribute_after(s, e, c) or self._attribute_before(s, e, o) or \
                self._soft_next.get(o)
            if draft is None:
                continue
            self.drafts.append(draft)
            self._continuation(draft, c, quotes, by_open)

    def _split_inside(self, s: int, e: int) -> list[_Draft]:
        """``«…, — сказал X. — …»``: one pair of quote marks split by the attribution inside it."""
        dash = "[" + sl.DASHES + "]"
        for m in re.finditer(rf"[,.!?…]?[ \xa0]*{dash}[ \xa0]+", self.text[s:e]):
            a_end = s + m.start()
            k = self.res.word_index(s + m.end())
            close = re.compile(rf"[,.:][ \xa0]*{dash}[ \xa0]+")
            m2 = close.search(self.text, s + m.end(), e)
            if m2 is None or m2.start() - (s + m.end()) > 160:
                continue  # (an attribution with its occasion: "заявив X на спільному з Y брифінгу в палаці …")
            hi = self.res.word_index(m2.start())
            for i in range(k, min(hi, k + 5)):
                p = self._cue_at(i)
                if p is None or (p.frame not in ("clause", "passive", "cite") and not (p.frame == "speech-act" and i == k)):
                    continue  # ("«…, – звернувся X до колег. – …»": a speech act right after the dash, as after a quote)
                first = self._make_attributed(s, a_end, i, k, hi, p)
                first.start, first.end = self._trim(s, a_end)
                second = _Draft(m2.end(), e, "direct", first.cue_words, follows=first, frame=first.frame)
                second.start, second.end = self._trim(m2.end(), e)
                return [first, second]
        return []

    def _attribute_after(self, s: int, e: int, close: int) -> Optional[_Draft]:
        k = self.res.word_index(close + 1)
        while k < len(self.words) and not any(ch.isalnum() for ch in self.words[k].text):
            k += 1
        if k >= len(self.words):
            return None
        between = self.text[close + 1:self.words[k].start]
        if self.text[close - 1:close] == ",":  # English: "…," X said
            between += ","
        if len(between) > 8 or not any(ch in between for ch in "," + sl.DASHES) or any(
                ch in between for ch in sl.QUOTE_CHARS + "\n"):
            return None
        if not any(ch in between for ch in sl.DASHES) and not self._starts_sentence(s - 1):
            return None  # "…, а Китай — «выгоден нам», заявил он": a quoted phrase inside the sentence
        end = self._end_of_clause(k, len(self.words), quotes_inside=True)  # ("в эфире телеканала «X» Y": a quoted name)
        for i in range(k, min(end, k + 6)):
            p = self._cue_at(i)
            if p is None or (p.frame not in ("clause", "passive", "cite") and not (
                    p.frame == "speech-act" and i == k and any(ch in between for ch in sl.DASHES))):
                continue  # ("«…», – поділився X": a speech act right after the dash attributes the quote)
            return self._make_attributed(s, e, i, k, end, p)
        return None

    def _starts_sentence(self, open_: int) -> bool:
        """Whether the quote mark at ``open_`` opens its sentence (only dashes/spaces before it)."""
        k = self.res.sentence_of(open_)
        s = self.sents[k][0] if self.sents else 0
        return not self.text[s:open_].strip(" \xa0\t\n" + sl.DASHES)

    def _attribute_before(self, s: int, e: int, open_: int) -> Optional[_Draft]:
        j = open_ - 1
        while j >= 0 and self.text[j] in " \xa0\t\n":
            j -= 1
        if j < 0 or self.text[j] != ":":
            return None
        colon_w = self.res.word_index(j)
        k = self._sent_of_word(colon_w)
        lo = self.sent_words[k][0] if k >= 0 else max(0, colon_w - 15)
        for i in range(colon_w - 1, lo - 1, -1):
            p = self._cue_at(i)
            if p is not None and (p.frame in ("clause", "passive", "cite") or (
                    p.frame == "speech-act" and self._act_before_colon(lo, i, colon_w, p))):
                return self._make_attributed(s, e, i, lo, colon_w, p)
        return None

    def _act_before_colon(self, lo: int, i: int, colon_w: int, p: Phrase) -> bool:
        """``Своїми враженнями X поділився в соцмережі: «…»``, ``X сформулював це так: «…»``: a speech act whose
        object noun is in its clause, or that the colon's "так" points on, attributes the quote after the colon."""
        if self.words[colon_w - 1].lower in self.pointers or "colon" in p.objects:
            return True  # ("привітав переможниць через Telegram: «…»": a greeting's words)
        return any(self._lemmas(self.words[j]) & p.objects for j in range(lo, colon_w) if j != i)

    def _make_attributed(self, s: int, e: int, i: int, lo: int, hi: int, p: Phrase) -> _Draft:
        self.consumed.update(range(i, i + len(p.words)))
        d = _Draft(s, e, "direct", (i, i + len(p.words)), frame=p.frame)
        if p.frame == "cite":
            self._cite(d, i, hi, lo)
            return d
        refs, right = self._subject_refs(lo, i, right_lo=i + len(p.words), right_hi=hi, passive=p.frame == "passive")
        d.refs = refs
        if not refs:
            d.pronoun_gender = self._subject_agreement(i)
        d.addressee_key = self._addressee(right, refs[0] if refs else None, self.res.refs(lo, i))
        self._set_via_from(d, right)
        return d

    def _cite(self, d: _Draft, i: int, hi: int, lo: int = -1) -> None:
        """``цитує видання міністра``: the quoted person after the verb; the outlet is the via."""
        refs = self.res.refs(i + 1, hi)
        people = [r for r in refs if r.kind in ("ENT", "PRON", "ROLE") and (r.etype in (None, "PER"))]
        if not people:  # a surname the recogniser missed: ask the index ("цитує видання Spiegel Мерца")
            for j in range(i + 1, hi):
                w = self.words[j]
                m = self.res._mention_covering(w)
                # not named, or swallowed by the outlet's span ("Spiegel Мерца" read as one name)
                if w.text[:1].isupper() and w.text.isalpha() and (m is None or m.start < w.start):
                    key = self.index.lookup(w.text, self.lang, "PER")
                    ent = self.index.get(key)
                    if ent is not None and ent.type == "PER":
                        people = [SpeakerRef(w.start, w.end, w.text, "ENT", j, j + 1, key=key, etype="PER")]
                        break
        outlets = [r for r in refs if r.kind == "OUTLET" or (r.kind == "ENT" and r.etype == "ORG")]
        if not outlets and 0 <= lo < i:  # "агентство цитирует X: «…»": the outlet is the subject before the verb
            outlets = [r for r in reversed(self.res.refs(lo, i)) if r.nominative and (
                r.kind == "OUTLET" or (r.kind == "ENT" and r.etype == "ORG"))][:1]
        if people:
            d.refs = people
            d.via_ref = outlets[0] if outlets else None
        else:
            d.refs = outlets

    def _continuation(self, draft: _Draft, close: int, quotes, by_open) -> None:
        """``«…», — сказал он. — «…»``: the next quote right after the attribution has the same speaker."""
        c_end = self.words[draft.cue_words[1] - 1].end if draft.cue_words[1] > 0 else close
        after = max(c_end, close + 1)
        for o, c2 in quotes:
            if o <= close:
                continue
            between = self.text[after:o]
            resumes = between.rstrip(" \xa0").endswith(tuple(sl.DASHES))  # "… на брифинге в среду. — «…»"
            if "\n" in between or len(between) > (160 if resumes else 60):
                break
            if any(d in between for d in sl.DASHES) and any(ch in between for ch in ".,:"):
                s, e = o + 1, c2
                d2 = _Draft(s, e, "direct", draft.cue_words, follows=draft, frame=draft.frame)
                by_open[o] = d2
            elif between.rstrip(" \xa0").endswith((".", "!", "?")) and not any(ch in between for ch in sl.QUOTE_CHARS):
                # '"…," the leader said. "We will respond."': the next quote goes on, unless it has its own speaker
                s, e = o + 1, c2
                self._soft_next[o] = _Draft(s, e, "direct", draft.cue_words, follows=draft, frame=draft.frame)
            break

    def _in_header(self, pos: int) -> bool:
        return any(a <= pos < b for a, b in self.document.header_spans)

    # -- indirect speech ------------------------------------------------------------------
    def _inside_content(self, pos: int) -> bool:
        return any(d.start <= pos < d.end for d in self.drafts)

    def indirect(self) -> None:
        for k, (a, b) in enumerate(self.sent_words):
            if a >= b or self._in_header(self.words[a].start):
                continue
            vias = self._according(k, a, b)
            self._anaphoric(k, a, b)
            for i in range(a, b):
                if self._inside_content(self.words[i].start):
                    continue
                p = self._cue_at(i)
                if p is None:
                    continue
                self._cue(k, a, b, i, p, vias)

    def _according_to_whom(self, i: int, j: int, a: int, b: int) -> None:
        """"Алиханов, по словам которого «…», позвал …": the relative pronoun after the citing phrase
        stands for the noun phrase before its comma, who said what follows it (a quote, or the clause to the comma)."""
        if i - 1 <= a or self.words[i - 1].text != ",":
            return
        head = [r for r in self.res.refs(a, i - 1) if r.kind in ("ENT", "ROLE", "PRON") and r.w_end == i - 1]
        if not head:
            return
        q = self._quoted_part((self.words[j].end, self.words[b - 1].end))
        if q is not None and self.text[self.words[j].end:q[0]].strip(" \u00a0«„“\"") == "":
            span, kind = q, "direct"
        else:
            end = self._end_of_clause(j + 1, b)
            span, kind = self._content_span(j + 1, end), "indirect"
        if span is None or self._overlaps(span) or len(self.text[span[0]:span[1]].split()) < 2:
            return
        self.consumed.update(range(i, j + 1))
        self.drafts.append(_Draft(span[0], span[1], kind, (i, j), refs=[head[-1]],
                                  cue_text=self.text[self.words[i].start:self.words[j - 1].end], frame="according"))

    def _source_in_relative(self, j: int, b: int, src_end: int) -> tuple[list[SpeakerRef], int]:
        """"За остаточними підсумками, які виклала комісія, …": the data phrase names no source,
        the relative clause right after it does (its subject, a body or a person)."""
        if not (j + 1 < b and self.words[j].text == "," and self._relative_word(j + 1)):
            return [], src_end
        end = self._end_of_clause(j + 2, b)
        if end >= b or self.words[end].text != ",":
            return [], src_end
        refs = [r for r in self.res.refs(j + 2, end) if r.nominative and (
            (r.kind == "ENT" and r.etype in ("PER", "ORG")) or r.kind == "OUTLET")]
        return (refs[:1], end) if refs else ([], src_end)

    def _according(self, k: int, a: int, b: int) -> list[tuple[tuple[int, int], SpeakerRef]]:
        """``по словам X`` / ``according to X``: a statement by X, or the via of the sentence's own speech verb."""
        out = []
        for i in range(a, b):
            if self._inside_content(self.words[i].start) or i in self.consumed:
                continue  # (the citing phrase inside a source just read: "Как сообщает X со ссылкой на Y, …")
            p, n, pron = self._phrase_at(i, self.according, allow_pronoun=True)
            if p is None:
                p, n = self._as_cue(i)
                pron = None
            if p is None:
                continue
            if len(p.words) == 1 and n == 1 and p.words[0] not in (self.words[i].lower,):
                continue
            j = i + n
            if pron is None and j < b and self.words[j].lower in WHOSE:
                self._according_to_whom(i, j, a, b)  # "X, по словам которого «…», позвал …"
                continue
            src_end = self._end_of_clause(j, b, quotes_inside=True) if pron is None else j
            for x in range(j + 1, src_end):  # "CNN со ссылкой на источники сообщил, что …": the source ends at the verb
                c = self._cue_at(x)
                if c is not None and c.frame in ("clause", "passive", "cite"):
                    src_end = x
                    break
            cited_from = None  # "Як повідомляє агентство, посилаючись на X, …": X speaks, the outlet relays
            if pron is None and src_end + 1 < b and self.words[src_end].text == ",":
                for cw in self.citing:
                    if sl.match_at(self.words, src_end + 1, cw):
                        cited_from = src_end + 1
                        src_end = self._end_of_clause(src_end + 1 + len(cw), b, quotes_inside=True)
                        break
            if pron is None and cited_from is None:
                for x in range(j, src_end):  # "Как сообщает агентство со ссылкой на мэра X, …"
                    if any(sl.match_at(self.words, x, cw) for cw in self.citing):
                        cited_from = x
                        break
            if pron is not None:
                src_refs = self.res.refs(pron, pron + 1)
            else:  # "за словами співрозмовника «Економічної правди»": the quoted outlet
                src_refs = [self._named_after_outlet_noun(r) for r in self.res.refs(j, src_end)]
            relay = None
            if cited_from is not None:
                cited = [r for r in src_refs if r.w_start >= cited_from and not r.is_outlet and (
                    (r.kind == "ENT" and r.etype in ("PER", "ORG")) or (r.kind in ("COLLECTIVE", "ROLE") and r.key
                                                                        and not _unnamed_people(r)))]
                outlets = [r for r in src_refs if r.w_start < cited_from]
                sources = self.source_nouns
                if any(r.kind == "SOURCE" for r in src_refs if r.w_start >= cited_from) or any(
                        self.words[x].lemma in sources or self.words[x].lower in sources for x in range(cited_from, src_end)):
                    cited = []  # "со ссылкой на источник в правительстве": an unnamed source, the outlet speaks
                if cited and outlets:
                    relay = outlets[0]
                    src_refs = cited + [r for r in src_refs if r not in cited]
                elif outlets:
                    src_refs = outlets  # "посилаючись на двох посадовців": unnamed sources, the outlet speaks
            if not src_refs and pron is None:
                src_refs = self._short_name_source(j, src_end)
            if not src_refs and pron is None:
                src_refs, src_end = self._source_in_relative(j, b, src_end)
            if not src_refs:
                continue
            # the head of the source phrase; a person named in it (role + name apposition) first
            as_verb = self._phrase_at(i + n - 1, self.cues)[0] is not None  # "як пояснювали суду представники"
            if relay is None:  # whom an outlet cites stays first
                src_refs.sort(key=lambda r: (0 if (r.kind == "ENT" and r.etype == "PER") else 1,
                                             0 if (r.nominative or not as_verb) else 1))
                if as_verb:  # ("Як повідомили «Інтерфаксу» в ОДА": the outlet in the dative is told, last)
                    src_refs.sort(key=lambda r: (0 if r.nominative else 1, 1 if self._outlet_told(r) else 0))
            # "как сообщает X": a verb phrase: must be reportive
            if as_verb and not self._reportive(i + n - 1, p):
                continue
            colon = next((x for x in range(i - 1, a - 1, -1) if self.words[x].text == ":"), a - 1)
            # (a speech verb before a colon the phrase follows is not the one it is the source of: "У Берліні не
            # виключають санкцій: за словами X, …" opens X's statement)
            inner = [x for x in range(max(a, colon + 1), b) if not (i <= x < src_end) and self._cue_at(x) is not None
                     and "adjacent" not in self._cue_at(x).objects  # ("поки країна продовжує реформи": no speech)
                     and ((self._cue_at(x).frame in ("clause", "passive", "cite", "proposal")
                           or "quote" in self._cue_at(x).objects) and self._has_clause(x, b)
                          or self._cue_at(x).frame == "stance" and x > src_end and i > a)]
            # (a stance verb after a parenthetical source, "X, як повідомляє CNN, відкидає Y", not "According to Reuters,
            # the ministry denied …": the outlet then speaks)
            for x in range(i, src_end):
                self.consumed.add(x)
            cue_text = self.text[self.words[i].start:self.words[i + n - 1].end]
            if not inner and i - a > 1 and any(self._cue_at(x) is not None or self._phrase_at(x, self.anaphoric)[0]
                                               for x in range(max(a, colon + 1), i)):
                continue  # "Об этом сообщает РБК со ссылкой на источники": the source of a report, not a statement
            if inner:
                src = src_refs[0]
                if src.etype == "LOC" or src.kind == "METONYM":  # "according to Turkey's Anadolu agency": the agency
                    src = next((r for r in src_refs if r.is_outlet or (r.kind == "ENT" and r.etype == "ORG")), src)
                out.append(((i, src_end), src))
                continue
            after = self._content_span(src_end + 1 if src_end < b and self.words[src_end].is_punct else src_end, b)
            stop = i
            while stop > a and self.words[stop - 1].is_punct:
                stop -= 1
            before = self._content_span(a, stop)
            n_after = len(self.text[after[0]:after[1]].split()) if after else 0
            n_before = len(self.text[before[0]:before[1]].split()) if before else 0
            span = after if n_after >= n_before or n_before <= 2 or (colon >= a and i == colon + 1) else before
            if span is None:
                continue
            kind = "direct" if self._is_quoted(span) else "indirect"
            if kind == "direct":
                span = (span[0] + 1, span[1] - 1) if self.text[span[1] - 1] in sl.QUOTE_CHARS else (span[0] + 1, span[1])
                if any(d.start <= span[0] < d.end or span[0] <= d.start < span[1] for d in self.drafts):
                    continue
            if self._overlaps(span):
                continue  # "Как сообщает X со ссылкой на источник, …": one statement
            d = _Draft(span[0], span[1], kind, (i, i + n), refs=src_refs, cue_text=cue_text, frame="according",
                       via_ref=relay)
            if as_verb and relay is None:  # "Як розповів «Нашим грошам» адвокат X": told to the outlet in the dative
                d.addressee_key = next((r.key for r in src_refs[1:] if r.kind == "ENT" and r.etype == "ORG"
                                        and not r.nominative and r.key != src_refs[0].key), None)
            self.drafts.append(d)
        return out

    def _has_clause(self, x: int, b: int) -> bool:
        """A speech verb with its own content: a complementizer, colon or quote follows it closely."""
        j = x + 1
        while j < min(b, x + 12):
            w = self.words[j]
            if w.lower in self.complementizers or w.text == ":":
                return True
            if any(ch in w.text for ch in sl.QUOTE_CHARS):
                if j - 1 > x and j + 1 < len(self.words) and self.words[j + 1].text[:1].isupper() \
                        and _names_its_quote(self.words[j - 1].text, self.lang):
                    # "передал приглашение на конференцию «Россия — Африка»": a name after its noun, not what was said
                    close = next((c for o, c in self._quotes if o == w.start), None)
                    if close is not None:
                        j = self.res.word_index(close) + 1
                        continue
                return True
            j += 1
        # the attribution of a quote: "…», — сказал X"
        return any(ch in self.words[j].text for j in range(max(0, x - 4), x) for ch in sl.QUOTE_CHARS)

    def _as_cue(self, i: int) -> tuple[Optional[Phrase], int]:
        """``как сообщает X`` / ``як пояснювали X`` / ``as X said``: 'as' + a speech verb."""
        for words in self.as_words:
            n = sl.match_at(self.words, i, words)
            if not n:
                continue
            j = i + n
            if j < len(self.words):
                p = self._cue_at(j)
                if p is not None and p.frame in ("clause", "passive", "cite"):
                    return Phrase(words + p.words, "according"), n + len(p.words)
        return None, 0

    def _is_quoted(self, span: tuple[int, int]) -> bool:
        """The whole span is one quotation."""
        return any(o == span[0] and c >= span[1] - 1 for o, c in self._quotes)

    def _anaphoric(self, k: int, a: int, b: int) -> None:
        inside = a  # the words of a pointer matched already ("такі наслідки атаки" holds "наслідки атаки")
        for i in range(a, b):
            if i < inside:
                continue
            p, n, _ = self._phrase_at(i, self.anaphoric)
            if p is None or n != len(p.words) or self._in_quote(self.words[i].start):
                continue  # («Ми вже казали про це»: the quoted speaker's own words, no report of the sentence before)
            inside = i + n
            if n >= 3 and self.words[i].lower in _ABOUT_WORDS and i > a and not self.words[i - 1].is_punct:
                continue  # "розповів колезі про наслідки атаки": a topic after the verb; only a fronted one points back
            if len(p.words) == 1 and (i != a or i + 1 >= b or self.words[i + 1].lower in _NOT_ANAPHORIC_AFTER):
                continue  # "Так прокомментировал X" opens its sentence ("так как", "так і" are no pointer back)
            cue_i = None
            after = []
            x = i + n
            while x < min(b, i + n + 12):  # "Об этом на брифинге в X рассказал": occasions between
                if self.words[x].text == "," and x + 1 < b and (self._gerund(x + 1) or self._participle(x + 1)
                                                               or self._relative_word(x + 1)
                                                               or (self.words[x + 1].lower in self.complementizers
                                                                   and len(p.words) > 1 and x == i + n + 1)) and not any(
                        self._cue_at(y) is not None or self.words[y].lemma in p.objects for y in after):
                    close = next((y for y in range(x + 2, min(b, x + 10)) if self.words[y].text == ","), None)
                    if close is not None:  # "Про це, даючи інтерв'ю студентам, повідомив X": a gerund's phrase between
                        # ("Эту позицию X, помогающий президенту …, высказал"; "X, який …, заявив")
                        x = close + 1
                        continue
                if self.words[x].is_punct and self.words[x].text not in ("-", "‑"):
                    break
                after.append(x)
                x += 1
            for x in after + list(range(max(a, i - 4), i)):
                c = self._cue_at(x)
                if c is not None and c.frame in ("clause", "passive", "cite"):
                    cue_i = x
                    break
            if cue_i is None and p.objects:  # "С таким заявлением выступил X": the statement noun's own verb
                cue_i = next((x for x in after if self.words[x].lemma in p.objects), None)
            if cue_i is None or k == 0 or self.words[cue_i - 1].lower in _NEGATIONS:
                continue  # ("цю інформацію не коментували": nothing said)
            stop, tail_via = self._trailing_outlet(cue_i + 1, b)
            end = min(stop, self._end_of_clause(max(cue_i, i + n), b, quotes_inside=True)) if tail_via else \
                self._end_of_clause(max(cue_i, i + n), b, quotes_inside=True)
            cue_p = self._phrase_at(cue_i, self.cues)[0]  # (none for a statement noun's own verb)
            passive = cue_p is not None and cue_p.frame == "passive"
            refs, right = self._subject_refs(a, cue_i, exclude=(i, i + n), right_lo=cue_i + 1, right_hi=end,
                                             passive=passive)
            src = refs[0] if refs else None
            taken = lambda kk: any(self.sents[kk][0] <= d.start < self.sents[kk][1] for d in self.drafts)
            if taken(k - 1) and src is not None and src.kind == "ENT" and src.etype == "PER":
                there = [d for d in self.drafts if self.sents[k - 1][0] <= d.start < self.sents[k - 1][1]]
                if there and not self._in_header(self.sents[k - 1][0]) and all(d.frame in ("stance", "trailing") and d.refs and (d.refs[0].kind == "METONYM"
                                                                         or d.refs[0].etype == "LOC") for d in there):
                    # "…, и Москва теперь не считает себя обязанной. Об этом заявил X": the whole sentence is X's,
                    # the capital's position one of the things X said
                    self.drafts = [d for d in self.drafts if d not in there]
            if taken(k - 1) and (src is None or (src.kind in ("ENT", "PRON", "ROLE") and not src.is_outlet
                                                  and src.etype in (None, "PER"))):
                # "X призвал … . Об этом он заявил в воскресенье в интервью Y": the same statement, told when and where
                marked = False
                for d in self.drafts:
                    if self.sents[k - 1][0] <= d.start < self.sents[k - 1][1] and d.retold is None:
                        d.retold = (cue_i, cue_i + 1)
                        marked = True
                if marked and src is not None and src.kind in ("PRON", "ROLE"):
                    continue  # "… . Про це він сказав на брифінгу": no statement of its own about a sentence further
                    # back (a named author, "Про це пише X у Y", may report what came before another's words)
            if taken(k - 1) and src is not None and (src.is_outlet or src.etype == "ORG"):
                for d in self.drafts:  # "Про це повідомляє <outlet>" after a statement: the outlet it came via
                    if self.sents[k - 1][0] <= d.start < self.sents[k - 1][1] and d.via_ref is None and d.via_key is None:
                        d.via_ref = src
                self.consumed.add(cue_i)
                continue
            back = k - 1
            while back > 0 and back >= k - 3 and taken(back):
                back -= 1
            if taken(back) or self._in_header(self.sents[back][0]):
                continue
            told = self._attack_told_before(p, back, k) if back == k - 1 else None
            if told is not None:  # "Відомості про атаку оприлюднив X": the sentence that told the attack
                back = told
            span = self._trim(*self.sents[back])
            if span[1] - span[0] < 10:
                continue
            self.consumed.add(cue_i)
            d = _Draft(span[0], span[1], "indirect", (cue_i, cue_i + 1), refs=refs, frame="anaphoric", via_ref=tail_via)
            if not refs and self._cue_at(cue_i) is None and not passive:
                d.pronoun_gender = self._subject_agreement(cue_i)
            d.addressee_key = self._addressee(right, refs[0] if refs else None, self.res.refs(a, cue_i))
            self._set_via_from(d, right)
            self.drafts.append(d)

    def _attack_told_before(self, p: Phrase, back: int, k: int) -> Optional[int]:
        """For a pointer naming an attack ("відомості про атаку", "сведения об ударе"): the first of the few sentences
        before it (back to the paragraph's start, none reported already) that tells an attack, else None."""
        attack = _attack_words(self.lang)
        named = set(p.words) | {x.normal_form for w in p.words for x in sl.parses(self.lang, w)}
        if not named & attack:
            return None
        found = None
        for x in range(back, max(-1, k - 4), -1):
            s, e = self.sents[x]
            if self._in_header(s) or any(s <= d.start < e for d in self.drafts) or "\n\n" in self.text[e:self.sents[x + 1][0]] and x < back:
                break
            if any(self._lemmas(w) & attack for w in self.words[self.res.word_index(s):self.res.word_index(e)]):
                found = x
        return found

    def _cue(self, k: int, a: int, b: int, i: int, p: Phrase, vias) -> None:
        # content clause: complementizer or colon after the verb
        comp = None
        n = len(p.words)
        j = i + n
        while j < min(b, i + n + 14):
            w = self.words[j]
            if w.lower in self.complementizers and (j == i + n or self.words[j - 1].text in (",", ":") or self.lang == "en"):
                comp = j
                break
            if w.text == ":":
                comp = j
                break
            name_end = self._quoted_name_end(j)
            if name_end is not None:  # "повідомив виданню «Економічна правда», що …": skip the quoted name
                j = name_end
                continue
            if w.is_punct and w.text not in (",", "-") or self._cue_at(j) is not None:
                break
            if any(ch in w.text for ch in sl.QUOTE_CHARS):
                break
            j += 1
        exclude = (0, 0)
        via_ref = None
        for (va, vb), ref in vias:
            if va < i:
                exclude, via_ref = (va, vb), ref
        via_ref = via_ref or self._relayed_in_relative(a, i)
        if comp is not None and p.frame == "speech-act":
            # ``висловив сподівання, що …``: the content noun right before the clause, not a relative clause
            if comp - (i + n) > 3 or not (self._lemmas(self.words[comp - 2]) & p.objects):
                alt = self._same_words(p, "clause")
                if alt is not None and comp <= i + n + 1:
                    p = alt  # "звітують, що …": the same verb with a clause right after it
                else:
                    comp = None
        if comp is not None and p.frame == "clause" and "adjacent" in p.objects and comp > i + n + 1:
            comp = None  # "продолжил работу, что вызвало …": a continuing verb speaks only with its clause right after it
        if comp is None and self.lang == "en" and p.frame == "clause":
            comp = self._en_bare_clause(a, i, n, b)
        if comp is not None and self.words[comp].text == ":" and self._reported_after_colon(comp, b):
            # "У X відреагували: речниця Y заявила, що …": the colon opens Y's own statement; a stance verb's
            # object before the colon is still the position it states ("Варшава відкидає закиди: у МЗС заявили …")
            if p.frame == "stance" and comp > i + n:
                self._object(a, comp, i, p, exclude, via_ref)
            return
        if comp is not None and self._relative_after_trailing_speaker(a, i, comp):
            comp = None  # "…, повідомив X, що супроводжує делегацію": a relative clause on the speaker
        if comp is not None and p.frame in ("clause", "passive", "cite", "stance", "speech-act"):
            first = comp + 1
            if self.words[comp].text == ":" and first < b:
                ap, an, apron = self._phrase_at(first, self.according, allow_pronoun=True)
                if ap is not None and apron is not None and first + an < b and self.words[first + an].text == ",":
                    self.consumed.update(range(first, first + an))
                    first += an + 1  # "опублікувала результати: за її даними, X здобула …": the words after the source
            stop, tail_via = self._trailing_outlet(first, self._next_statement(first, b))
            span = self._content_span(first, stop)
            if span is None or self._overlaps(span):
                return
            span = self._unquote(span)
            if self.text[span[1] - 1] == "?" or self.text[min(len(self.text) - 1, span[1])] == "?":
                return
            self.consumed.update(range(i, i + n))
            refs, right = self._subject_refs(a, i, exclude=exclude, right_lo=i + n, right_hi=comp,
                                             passive=p.frame == "passive")
            d = _Draft(span[0], span[1], "indirect", (i, i + n), refs=refs, via_ref=via_ref or tail_via, frame=p.frame)
            if p.frame == "cite":  # "агентство приводит слова X о том, что …": X speaks, the agency is the via
                self._cite(d, i, comp, a)
                if d.via_ref is None:
                    d.via_ref = via_ref or tail_via
            d.follows = self._same_subject_as(i, p)
            if not refs and p.frame != "passive":
                d.pronoun_gender = self._subject_agreement(i)
            d.addressee_key = self._addressee(right, refs[0] if refs else None, self.res.refs(a, i))
            self._set_via_from(d, right)
            self.drafts.append(d)
            return
        if p.frame == "clause" and "adjacent" in p.objects:
            alt = self._same_words(p, "speech-act")
            if alt is not None:  # "відзвітувало про «знищення складів»": the same verb's quoted object
                self._object(a, b, i, alt, exclude, via_ref)
            return  # ("…, поки країна продовжує реформи": a continuing verb speaks only with its clause or a quote)
        if p.frame in ("clause", "passive", "cite"):
            before = len(self.drafts)
            self._trailing(a, b, i, p)
            if len(self.drafts) == before and p.frame == "clause":
                self._about(a, b, i, p, exclude, via_ref)
            if len(self.drafts) == before and len(p.words) > 1:
                for alt in self.cues.get(p.words[0], []):
                    if alt.frame == "speech-act" and self._reportive(i, alt):
                        self._object(a, b, i, alt, exclude, via_ref)
                        break
            if len(self.drafts) == before and p.frame == "clause":
                # "X считает решение «ничтожным»": a clause verb with no clause, whose object is called a quoted word
                alt = self._same_words(p, "speech-act")
                if alt is not None and "quote" in alt.objects and not any(self.words[x].lower in self.complementizers for x in range(a, i)):
                    # (not inside another's reported clause: "сказав, що …, хоча Ірландія вважає візит «…»")
                    self._object(a, b, i, alt, exclude, via_ref)
            if len(self.drafts) == before and p.frame == "clause":
                # "X опроверг публикации о …": a speech verb that is also a stance verb, no clause after it:
                # its object is the position it states
                alt = self._same_words(p, "stance")
                if alt is not None:
                    self._object(a, b, i, alt, exclude, via_ref)
            return
        if p.frame == "proposal":
            self._proposal(a, b, i, p, exclude, via_ref)
            return
        if p.frame == "stance" and p.words[0] in ("не", "not") and (any(
                self.words[x].text in ("—", "–", "-") and (c := self._cue_at(x + 1)) is not None and c.frame == "clause"
                for x in range(i + len(p.words), b - 1)) or any(
                self._phrase_at(x, self.anaphoric)[0] is not None for x in range(b, min(b + 2, len(self.words))))):
            return  # "X не виключає Y, – заявив Z", "X не виключає Y. Про це заявив Z": what Z said, not X's stance
        if p.frame in ("stance", "speech-act"):
            self._object(a, b, i, p, exclude, via_ref)

    def _same_words(self, p: Phrase, frame: str) -> Optional[Phrase]:
        """The cue of the same words as ``p`` in another frame ("отчитаться" as a clause verb and as a speech act)."""
        return next((alt for alt in self.cues.get(p.words[0], []) if alt.frame == frame and alt.words == p.words), None)

    def _adjective_before(self, x: int, near: int) -> bool:
        """Word x and every word from it to ``near`` are lower-case adjectives (of the noun at ``near``)."""
        return self.lang in ("uk", "ru") and all(
            self.words[y].text.islower() and (ts := sl.tags(self.lang, self.words[y].lower))
            and all("ADJF" in t for t in ts) for y in range(x, near))

    def _relative_after_trailing_speaker(self, a: int, i: int, comp: int) -> bool:
        """The cue follows a clause of its own content (a comma before it, three words or more from the sentence's
        start) and a person named after it ends right before ", що": the "що" opens a relative clause on him."""
        if self.words[comp].text == ":" or i - a < 4 or self.words[i - 1].text != "," or self.words[comp - 1].text != ",":
            return False
        closed = i - 2 >= a and self.words[i - 2].text in ("»", "\"", "”")  # "«…», переконаний X, що …": the quote is its
        if any(self.words[x].text in (":", "«", "»", "\"") for x in range(a, i)) and not closed:  # own content
            return False
        last = [r for r in self.res.refs(i + 1, comp) if r.kind == "ENT" and r.etype == "PER" and r.nominative]
        return bool(last) and last[-1].w_end == comp - 1

    def _relayed_in_relative(self, a: int, i: int) -> Optional[SpeakerRef]:
        """"X, слова которого приводит Y, сказал": the outlet a relative clause before the cue says
        relays the words is the statement's via."""
        inner = self._closed_relative(a, i)
        for x in range(inner[0] + 1, inner[1]):
            c = self._cue_at(x)
            cites = any(ph.frame == "cite" for ph in self.cues.get(self.words[x].lemma, []))  # "слова которого приводит"
            if (c is not None and c.frame == "cite") or cites:
                refs = [r for r in self.res.refs(x + 1, inner[1]) if r.is_outlet or (r.kind == "ENT" and r.etype == "ORG")]
                return refs[0] if refs else None
        return None

    def _same_subject_as(self, i: int, p: Phrase) -> Optional[_Draft]:
        """"X допустив, що …, але додав, що …": a speech verb right after the content of the one before,
        joined by a conjunction and with no subject of its own, has that verb's speaker."""
        if p.frame == "passive" or i < 2 or not self.drafts:
            return None
        k = i - 1
        if not any(sl.match_at(self.words, k, c) for c in self.conjs + self.breaks):
            return None
        last = self.drafts[-1]
        if self.words[k - 1].text != "," and not (last.end <= self.words[k - 1].end and
                                                   self.words[k - 1].start <= last.end + 1):
            return None  # "назвал доклад «…» и добавил, что …": the conjunction right after the content
        if last.kind != "indirect" or last.cue_words[0] >= i or self._sent_of_word(last.cue_words[0]) != self._sent_of_word(i):
            return None
        return last if self.words[k - 1].start <= last.end + 1 else None

    def _trailing_outlet(self, lo: int, b: int) -> tuple[int, Optional[SpeakerRef]]:
        """``…, что сделка близка, передает CNN.``: the outlet at the end is the via, not content."""
        end = b
        while end > lo and self.words[end - 1].is_punct:
            end -= 1
        for x in range(lo + 1, end):
            if self.words[x - 1].text != "," and not any(ch in self.words[x - 1].text for ch in sl.DASHES):
                continue
            p = self._cue_at(x)
            if p is None or p.frame not in ("clause", "cite", "passive"):
                continue
            refs = [r for r in self.res.refs(x + 1, min(end, x + 6)) if r.kind == "ENT" and r.etype == "ORG"
                    and r.w_start <= x + 2]
            after = refs[0].w_end if refs else end
            while after < end and _quote_mark(self.words[after].text):
                after += 1
            # nothing after the outlet but its own source ("з посиланням на джерело")
            if refs and (after >= end or self._phrase_at(after, self.according)[0] is not None):
                self.consumed.add(x)
                cut = x - 1
                while cut > lo and self.words[cut - 1].is_punct:
                    cut -= 1
                return cut, refs[0]
        return b, None

    def _reported_after_colon(self, colon: int, b: int) -> bool:
        """Does the text after a colon open with a statement of its own (a speech verb with its content clause
        within its first words, no quotation before it; or a source phrase naming another: "…: за словами речниці
        X, …")?"""
        if colon + 1 < b:
            ap, _an, apron = self._phrase_at(colon + 1, self.according, allow_pronoun=True)
            if ap is not None and apron is None:
                return True
        for y in range(colon + 1, min(b, colon + 12)):
            w = self.words[y]
            if any(ch in w.text for ch in sl.QUOTE_CHARS) or (w.is_punct and w.text not in (",", "-")):
                return False
            p = self._cue_at(y)
            if p is not None and p.frame == "clause" and y > colon + 1 and self._has_clause(y, b):
                return True
            if p is not None and p.frame == "speech-act" and "quote" in p.objects and y > colon + 2 and any(
                    any(ch in self.words[z].text for ch in sl.QUOTE_CHARS) for z in range(y + 1, min(b, y + 4))):
                return True  # "Y відповів: речниця X назвала її «…»": X's own words
        return False

    def _next_statement(self, lo: int, b: int) -> int:
        """``…, що A, а також заявив, що B``: the first content ends where a second speech verb begins."""
        for x in range(lo + 2, b):
            if self.words[x].lower in self.complementizers or self.words[x - 1].text != "," and not any(
                    sl.match_at(self.words, x - 1, c) for c in self.conjs):
                continue
            for y in range(x, min(b, x + 3)):
                p = self._cue_at(y)
                if p is not None and p.frame in ("clause", "passive") and self._has_clause(y, b):
                    cut = x - 1
                    while cut > lo and (self.words[cut - 1].text == "," or any(
                            sl.match_at(self.words, cut - 1, c) for c in self.conjs)):
                        cut -= 1
                    return cut if self.words[x - 1].text != "," else x - 1
        return b

    def _en_bare_clause(self, a: int, i: int, n: int, b: int) -> Optional[int]:
        """``Smith said the talks failed``: English drops "that"; the clause starts right after the verb.
        Returns the index of the word before the clause (as for a complementizer), or None."""
        j = i + n
        if j >= b or self.words[j].is_punct or any(sl.match_at(self.words, j, s) for s in self.skips):
            return None
        if not any(r.nominative for r in self.res.refs(a, i)):
            return None
        if sum(1 for w in self.words[j:b] if not w.is_punct) < 3:
            return None  # "…, Smith told reporters."
        return j - 1

    def _unquote(self, span: tuple[int, int]) -> tuple[int, int]:
        """A clause that is one quotation (``заявил, что «…»``): the words inside the marks."""
        s, e = span
        if self.text[s] in sl.QUOTE_CHARS:
            for o, c in self._quotes:
                if o == s and c <= e:
                    rest = self.text[c + 1:e]
                    if sum(ch.isalpha() for ch in rest) <= 3:
                        return o + 1, c
                    break  # «Name» opens the clause: the clause, not the name
        return span

    def _proposal(self, a: int, b: int, i: int, p: Phrase, exclude, via_ref) -> None:
        """``X запропонував переробити …`` / ``X urged Y to …``: content = the infinitive clause."""
        start = None
        for j in range(i + len(p.words), min(b, i + len(p.words) + 6)):
            w = self.words[j]
            if w.is_punct and not _quote_mark(w.text):
                break  # "призвал стороны «прекратить …»": the quote mark opens the content
            if self.lang in ("uk", "ru"):
                if any("INFN" in t for t in sl.tags(self.lang, w.lower)):
                    start = j
                    break
            elif w.lower == "to":
                start = j + 1
                break
        if start is None:
            return
        if self._trailing_cue(start, b) < b:
            return  # "Глава страны попросил прислать врачей, рассказали в X": X's account of the request
        stop = self._break_at(start, b)
        span = self._content_span(start, stop)
        if span is None or self._overlaps(span):
            return
        if self.text[span[1] - 1] in sl.QUOTE_CHARS and self.text[:span[0]].rstrip()[-1:] in sl.QUOTE_CHARS:
            span = (span[0], span[1] - 1)  # «прекратить …»: the words inside the quote marks
        refs, right = self._subject_refs(a, i, exclude=exclude)
        if not refs:
            return
        self.consumed.update(range(i, i + len(p.words)))
        self.drafts.append(_Draft(span[0], span[1], "indirect", (i, i + len(p.words)), refs=refs, via_ref=via_ref,
                                  frame=p.frame))

    def _about(self, a: int, b: int, i: int, p: Phrase, exclude, via_ref) -> None:
        """``X повідомив про придбання акцій``: the topic of the report is its content."""
        j = i + len(p.words)
        if j + 1 >= b or self.words[j].lower not in self.about_words:
            return
        if i > 0 and self.words[i - 1].lower in _NEGATIONS:
            return
        nxt = self.words[j + 1]
        if nxt.is_punct or nxt.lemma in ("то", "те", "тот", "that", "це", "это", "этот"):
            return
        stop = min(self._break_at(j, b), self._trailing_cue(j, b))
        span = self._content_span(j, stop)
        if span is None or self._overlaps(span) or len(self.text[span[0]:span[1]].split()) < 3:
            return
        refs, right = self._subject_refs(a, i, exclude=exclude)
        refs = [r for r in refs if r.nominative]
        if not refs:
            return
        self.consumed.update(range(i, i + len(p.words)))
        self.drafts.append(_Draft(span[0], span[1], "indirect", (i, i + len(p.words)), refs=refs, via_ref=via_ref,
                                  frame="about"))

    def _break_at(self, start: int, b: int) -> int:
        for j in range(start + 1, b):
            if self.words[j - 1].text in (",", ";") and any(sl.match_at(self.words, j, br) for br in self.breaks) \
                    and not self._in_quote(self.words[j - 1].start):  # («… начать торг, а не угрозу»)
                return j - 1
            if self.words[j].text == ";":
                return j
        return b

    def _trailing_cue(self, start: int, b: int) -> int:
        """The comma before a speech verb that ends the sentence with its speaker ("…, повідомили в X."): the
        words before it are that speaker's, not the content of a verb told inside them."""
        for x in range(start + 2, b):
            if self.words[x - 1].text == "," and self._cue_at(x) is not None \
                    and self._end_of_clause(x + 1, b, quotes_inside=True) >= b - 1 and b - x <= 9:
                return x - 1
        return b

    def _overlaps(self, span: tuple[int, int]) -> bool:
        return any(d.start < span[1] and span[0] < d.end for d in self.drafts)

    def _trailing(self, a: int, b: int, i: int, p: Phrase) -> None:
        """``Переговоры продолжатся, — заявил Коваль.`` / ``Talks will go on, Koval said.``"""
        if self._gerund(i):
            return  # ("…, комментируя слова X": the subject comments on X's words; no one says the clause before)
        end = self._end_of_clause(i + 1, b, quotes_inside=True)
        if end < b and not self._ends_on_the_speaker(end, b) and not self._apposition_on_the_speaker(end, b):
            return  # (", который сопровождает министра": a relative clause on the speaker ends the sentence)
        j = i - 1
        while j > a and not self.words[j].is_punct and i - j <= 5:
            j -= 1
        if j <= a or not self.words[j].is_punct:
            return
        comma = j
        while comma > a and self.words[comma].is_punct and any(ch in self.words[comma].text for ch in sl.DASHES):
            comma -= 1
        if self.words[comma].text != ",":
            return
        if i - comma == 2 and self.words[i - 1].lower in ("и", "і", "й", "та", "and"):
            return  # "Перу арестовало судно, которое …, и отдало его владельцу": a second predicate, no speech
        span = self._content_span(a, comma)
        if span is None or len(self.text[span[0]:span[1]].split()) < 3:
            return
        pointer, n_pointer, _ = self._phrase_at(a, self.anaphoric)
        if pointer is not None and n_pointer == len(pointer.words) and len(pointer.words) > 1:
            return  # "Такі попередні підсумки …, що відбулося …, оприлюднила X": the pointer's verb tells the sentence before
        # "X предложила …, но согласия не дождалась, уточнило агентство": a speech verb inside the content is
        # part of what the trailing speaker said (a nested statement); any other statement there wins
        nested = [d for d in self.drafts if d.start < span[1] and span[0] < d.end]
        verb_first = all(self.words[x].is_punct for x in range(comma, i))  # "…, уточнило агентство" ("…, а X поддерживает": no)
        # (its content may run on over the trailing cue: "…, а X попередили про Y, повідомили в Z")
        if any(not (verb_first and a <= d.cue_words[0] and d.cue_words[1] <= comma and span[0] <= d.start
                    and d.end <= self.words[end - 1].end) for d in nested) or self.text[span[1] - 1] == "?":
            return
        after = [w for w in self.words[i + 1:end] if not w.is_punct]
        skipped = 0
        if after and ((after[0].lower,) in self.res._medium_nouns or (after[0].lemma,) in self.res._medium_nouns):
            after, skipped = after[1:], 1  # "…, сообщил журналистам пресс-секретарь X": whom it was told to
        if len(after) > 2 and sl.is_prep(self.lang, after[0].lower) and after[1].text[:1].isupper() \
                and after[2].text[:1].islower() and any(
                    r.etype == "LOC" and r.kind == "ENT" and self.words[r.w_start] is after[1]
                    for r in self.res.refs(i + 1, end)):
            after, skipped = after[2:], skipped + 2  # "…, сказал в Минске глава X": where it was said
        n_channel = next((k + 1 for k in range(1, min(4, len(after) - 2)) if self.res.channel_word(after[k])), 0) \
            if after and after[0].lower in self.via_preps else 0
        if not n_channel and len(after) > 3 and after[0].lower in self.via_preps \
                and after[1].lower in self.platform_names and after[1].text[:1].isupper():
            n_channel = 2  # "…, написала в Telegram X": the network it was posted on
        if n_channel:  # "…, сообщила в личном Telegram-канале X": where it was posted
            after, skipped = after[n_channel:], skipped + n_channel
        n_part = self._participle_phrase(after, i, end)
        if n_part:  # "…, рассказал сопровождающий министра вице-премьер X": whom the speaker goes with
            after, skipped = after[n_part:], skipped + n_part
        if len(after) > 3 and sl.is_prep(self.lang, after[0].lower):
            # "…, розповів на вчорашньому брифінгу X": where it was said, lower-case words before the name
            first = next((r for r in self.res.refs(i + 1, end) if r.kind == "ENT" and r.etype == "PER"
                          and r.nominative and after[1].i < r.w_start <= after[0].i + 4), None)
            if first is not None and all(w.text.islower() for w in after[1:] if w.i < first.w_start):
                n = sum(1 for w in after if w.i < first.w_start)
                after, skipped = after[n:], skipped + n
        named = next((r for r in self.res.refs(i + 1, end) if after and r.kind == "ENT" and r.etype == "PER"
                      and r.nominative and after[0].i <= r.w_start <= after[0].i + 3), None)
        if named is not None and named.w_end < end and sl.is_prep(self.lang, self.words[named.w_end].lower):
            # "…, отметил X на встрече с …", "…, розповів речник МЗС X під час брифінгу": where he said it
            after = [w for w in after if w.i < named.w_end]
        if len(after) > (9 if after and after[0].lower in self.via_preps else 6):
            return  # "Стив Джобс, глава компании, заявил о своем уходе …": a subject with an apposition
            # (a place that speaks may take more words: "сообщили в пресс-службе министерства иностранных дел X")
        if len(after) > 1 and (after[0].lower in self.about_words or after[0].lower in ("на", "on")) \
                and after[1].text[:1].islower() and any("accs" in t for t in sl.tags(self.lang, after[1].lower)):
            return  # "…, спостерігачі вказали на купівлю голосів": the verb's own complement, not the clause before
        if after and self._object_word(after[0], plural_verb=self._gender_of_verb(i) == "plur"):
            return  # "…, у міністерстві пообіцяли «адекватну» відповідь": the verb has an object of its own
        passive = p.frame == "passive"  # "…, йдеться в повідомленні X": the source named after the impersonal verb
        refs, right = self._subject_refs(j + 1, i, right_lo=i + 1, right_hi=end, passive=passive)
        near = min([r.w_start for r in right if r.nominative] + [r.w_start for r in refs if r.w_start < i]
                   + [r.w_start for r in refs if (r.looked_up or r.nominative or passive) and r.w_start > i], default=b)
        words_to_near = sum(1 for x in range(i + 1, near) if not self.words[x].is_punct  # ("телеграм-канал «X»")
                            and not (near < b and self._adjective_before(x, near)))
        # ("…, повідомили в наглядовій виборчій комісії": the adjectives of the noun that speaks)
        if not refs or not (refs[0].nominative or passive and refs[0].w_start > i) or (
                words_to_near > (5 if passive else 2) + skipped and near > i):
            # (after an impersonal verb the source may follow its document and channel: "йдеться в
            # повідомленні на сайті X", "йдеться в нічному зведенні X")
            return  # the speaker stands right by the verb: "…, заявил Коваль", "…, Koval said"
        self.consumed.add(i)
        if nested and refs[0].is_outlet and p.frame != "passive" and all(d.refs and d.refs[0].kind != "OUTLET"
                                                                         and not d.refs[0].is_outlet for d in nested):
            for d in nested:  # "X назвали вибори «…», повідомляє радіо Y": X's words, the outlet reports them
                d.via_ref = d.via_ref or refs[0]
            return
        self.drafts[:] = [d for d in self.drafts if d not in nested]
        self.drafts.append(_Draft(span[0], span[1], "direct" if self._is_quoted(span) else "indirect", (i, i + 1),
                                  refs=refs, frame="trailing"))

    def _participle_phrase(self, after: list[Word], i: int, end: int) -> int:
        """How many words a full participle and its object take before the subject after a trailing cue
        ("сопровождающий делегацию советник X": 2); 0 when the words after the cue open with no participle."""
        if len(after) < 3 or not self._participle(after[0].i):
            return 0
        subject = min((r.w_start for r in self.res.refs(i + 1, end)
                       if r.nominative and r.kind != "PRON" and r.w_start > after[0].i), default=None)
        if subject is None:
            return 0
        n = sum(1 for w in after if w.i < subject)
        return n if 2 <= n <= 4 else 0

    def _ends_on_the_speaker(self, end: int, b: int) -> bool:
        """Nothing but punctuation, or a relative or content clause on the speaker, follows the clause's end."""
        return all(self.words[x].is_punct for x in range(end, b)) or (
            self.words[end].text == "," and end + 1 < b and (
                self._relative_word(end + 1) or self.words[end + 1].lower in self.complementizers
                or (self._participle(end + 1) and self._nominative_participle(end + 1)
                    and self._end_of_clause(end + 2, b, quotes_inside=True) >= b - 1)))

    def _apposition_on_the_speaker(self, end: int, b: int) -> bool:
        """", — рассказал X, вице-премьер, который …": the speaker's title after a comma, then the sentence ends."""
        if self.words[end].text != ",":
            return False
        for k in range(end + 1, min(end + 4, b)):
            noun, n = self.res._noun_at(k)
            if noun is not None and noun.kind == "ROLE":
                return self._ends_on_the_speaker(self._end_of_clause(k + n, b, quotes_inside=True), b)
            if not self.words[k].text.islower() and not all(ch in sl.DASHES + "-‐‑" for ch in self.words[k].text):
                return False
        return False

    def _object_word(self, w: Word, plural_verb: bool = False) -> bool:
        """A lower-case noun or adjective that can be an accusative object, not the subject or a dative addressee
        (after a plural verb a singular form read as nominative or accusative is its object: "обещают зеркальный ответ")."""
        if self.lang not in ("uk", "ru") or not w.text[:1].islower():
            return False
        ts = sl.tags(self.lang, w.lower)
        subject = any("nomn" in t and not (plural_verb and "sing" in t) for t in ts)
        return bool(ts) and all(("NOUN" in t or "ADJF" in t) for t in ts) and any("accs" in t for t in ts) \
            and not any("datv" in t or "ablt" in t for t in ts) and not subject

    def _object(self, a: int, b: int, i: int, p: Phrase, exclude, via_ref) -> None:
        """Stance (``відкидає можливість …``) and speech acts with a content object (``озвучив погрози …``)."""
        if i + 1 >= b or self._in_quote(self.words[i].start):
            return  # («… иначе как зачисткой назвать нельзя»: the quoted speaker's own words)
        if p.frame == "speech-act":
            found = False
            quoted = "quote" in p.objects  # "назвав переговори «корисними»": the words they were called
            counted, reach = 0, (7 if quoted else 3)
            for j in range(i + len(p.words), b):
                if self._inner_hyphen(j):
                    continue  # ("в Telegram-канале": one word)
                counted += 1
                if counted > reach:
                    break
                if self._lemmas(self.words[j]) & p.objects or (
                        quoted and any(ch in self.words[j].text for ch in sl.QUOTE_CHARS)):
                    found = True
                    break
                if self.words[j].is_punct and not self._inner_hyphen(j):  # ("польсько-українську угоду «…»")
                    break
            if not found:
                return
        if p.frame == "stance" and p.objects and any(
                self._lemmas(self.words[j]) & p.objects for j in range(i + len(p.words), min(b, i + len(p.words) + 3))):
            return  # "суд отклонил жалобу": an act on a filing, not a stated position
        stop = self._break_at(i + 1, b)
        span = self._content_span(i + len(p.words), stop)
        if p.frame == "speech-act" and "quote" in p.objects and span is not None:
            quoted = self._quoted_part(span)  # "назвав переговори «вкладом у безпеку»": what they were called
            if quoted is not None and len(self.text[quoted[0]:quoted[1]].split()) < 2 \
                    and self.text[quoted[0]:quoted[1]][:1].islower():  # (not a name: "санкции против «X»")
                quoted = (span[0], quoted[1] + 1)  # "назвав звинувачення «вигадкою»": what, and the one word
            span = quoted
        if span is None or self._overlaps(span) or len(self.text[span[0]:span[1]].split()) < 2:
            return
        refs, right = self._subject_refs(a, i, exclude=exclude)
        if not refs:
            return
        self.consumed.update(range(i, i + len(p.words)))
        self.drafts.append(_Draft(span[0], span[1], "indirect", (i, i + len(p.words)), refs=refs, via_ref=via_ref,
                                  frame=p.frame))

    def _quoted_part(self, span: tuple[int, int]) -> Optional[tuple[int, int]]:
        """The first «…» inside a span, without its quote marks."""
        t = self.text
        o = next((k for k in range(span[0], span[1]) if t[k] in sl.QUOTE_CHARS), None)
        if o is None:
            return None
        c = next((k for k in range(o + 1, span[1] + 1) if k < len(t) and t[k] in sl.QUOTE_CHARS), None)
        return (o + 1, c) if c is not None and c > o + 1 else None

    # -- resolution -----------------------------------------------------------------------
    def _persons_named_in(self, d: _Draft) -> frozenset[str]:
        return frozenset(m.entity_key for m in self.res.index.mentions if d.start <= m.start < d.end and m.entity_key
                         and m.label == "PER")

    def finish(self) -> list[Statement]:
        self.drafts.sort(key=lambda d: (self.words[d.cue_words[0]].start if d.cue_words[0] < len(self.words) else d.start))
        prev: Optional[_Draft] = None
        for d in self.drafts:
            if d.follows is not None:
                d.speaker_key, d.speaker_ref, d.via_key = d.follows.speaker_key, d.follows.speaker_ref, d.follows.via_key
                d.addressee_key = d.addressee_key or d.follows.addressee_key
                d.said_on = d.follows.said_on
                prev = d
                continue
            if prev is not None and prev.speaker_key and prev.speaker_ref is not None:
                self.res.heard.append((prev.speaker_key, prev.speaker_ref.start))
            verb_gender = self._gender_of_verb(d.cue_words[0]) if d.cue_words[0] < len(self.words) else None
            if prev is not None and self._same_source(prev, d):
                d.speaker_key, d.speaker_ref = prev.speaker_key, d.refs[0]  # "як додав співрозмовник": that source
            for n, ref in enumerate(d.refs if d.speaker_key is None else ()):
                # "…, добавил он": the pronoun points back past what it said, not to a name inside it
                back = replace(ref, start=d.start) if d.frame == "trailing" and ref.kind == "PRON" \
                    and d.start < ref.start else ref
                # "Глава держави написав: «Дякую X …»": X, named in the words, is not who wrote them
                self.res.addressed = self._persons_named_in(d) if ref.kind in ("ROLE", "PRON") and d.kind == "direct" else frozenset()
                self.res.verb_gender = verb_gender if ref.kind == "ROLE" and back is ref and ref.nominative \
                    and ref.owner is None else None  # (not "пресс-служба президента … сообщила": the office's verb)
                key = self.res.resolve(back, prev.speaker_key if prev else None)
                self.res.addressed, self.res.verb_gender = frozenset(), None
                if key is not None and n + 1 < len(d.refs) and ref.kind == "ENT" and ref.etype == "PER" \
                        and verb_gender in ("masc", "femn") and self.res.agreed_gender.get(key, verb_gender) != verb_gender:
                    continue  # "X подякував Y … і висловив сподівання": she is not who "висловив"
                if key is not None:
                    d.speaker_key, d.speaker_ref = key, ref
                    self.res.add_mention(ref, key)
                    if ref.kind == "ENT" and ref.etype == "PER":
                        # "Керолайн Левітт повідомила": the verb's agreement tells the person's gender
                        g = self._gender_of_verb(d.cue_words[0])
                        other = self.res.namesake(key, ref, g, prev.speaker_key if prev else None) \
                            if g in ("masc", "femn") else None
                        if other is not None:  # "розповідав Івченко" with a Христина and an Олексій Івченко
                            d.speaker_key = key = other
                        elif g in ("masc", "femn"):
                            self.res.note_gender(key, g)
                    break
            if d.speaker_key is None and d.pronoun_gender and not d.refs and not self._has_own_subject(d):
                d.speaker_key = self._dropped_subject(d)
            if d.speaker_ref is None and d.refs:
                d.speaker_ref = d.refs[0]
            if d.addressee_key is not None and d.addressee_key == d.speaker_key:
                d.addressee_key = None  # nobody tells themselves: the name was the speaker after all
            if d.via_ref is None and d.speaker_ref is not None and d.speaker_ref.relayed_by is not None:
                d.via_ref = d.speaker_ref.relayed_by
            if d.via_ref is not None:
                d.via_key = self.res.resolve(d.via_ref)
                if d.via_key == d.speaker_key:
                    d.via_key = None
            if d.via_key is None and prev is not None and prev.speaker_key == d.speaker_key and prev.via_key and \
                    self._near(prev, d):
                d.via_key = prev.via_key  # the reporting chain continues
            d.said_on = self._said_on(d)
            if d.said_on is None and d.retold is not None:
                d.said_on = self._said_on(_Draft(d.start, d.end, d.kind, d.retold))
            if d.said_on is None and prev is not None and prev.speaker_key == d.speaker_key and (
                    self._sent_of_word(prev.cue_words[0]) == self._sent_of_word(d.cue_words[0])
                    or (d.kind == "direct" and self._same_paragraph(prev, d))):
                d.said_on = prev.said_on  # said on the same occasion (a quote that goes on in the paragraph of a
                # dated statement: "X в пятницу опроверг … «…», — уточнил он")
            if d.said_on is None and prev is not None and prev.said_on is not None and d.kind == "direct" \
                    and self._next_paragraph(prev, d) and self._named_with(prev, d.speaker_key, d.start) \
                    and self._at_a_press_event(prev, d.start):
                d.said_on = prev.said_on  # "Об этом на пресс-подходе накануне сообщил X. ¶ «…», — сказал X": the quote
                # the paragraph after goes on with, on the same occasion
            prev = d
        return [self._statement(d) for d in self.drafts if d.end > d.start]

    def _next_paragraph(self, a: _Draft, b: _Draft) -> bool:
        """b's words open the paragraph right after the one a's words end in."""
        lo = max(a.end, self.words[a.cue_words[1] - 1].end if a.cue_words[1] - 1 < len(self.words) else a.end)
        hi = min(b.start, self.words[b.cue_words[0]].start if b.cue_words[0] < len(self.words) else b.start)
        if not lo < hi:
            return False
        gap = self.text[lo:hi]
        if "\n" not in gap:
            return False
        before, _, after = gap.rpartition("\n")
        return "\n" not in before.strip() and not after.strip(" \xa0\t«\"„“")

    def _draft_sentence_start(self, d: _Draft) -> int:
        """Where the sentence of d's first word (its content's or its cue's) starts."""
        k = self.res.sentence_of(min(d.start, self.words[d.cue_words[0]].start))
        return self.sents[k][0] if self.sents and k >= 0 else d.start

    def _at_a_press_event(self, d: _Draft, until: int) -> bool:
        """A press event (data/gazetteer/press_event_nouns.txt: "на брифинге", "на пресс-конференции") is named from
        d's sentence up to ``until``: the occasion the quotes after it go on at."""
        press = word_lists("press_event_nouns.txt").get(self.lang, frozenset())
        return any(lemma_candidates(w.strip(".,;:!?«»\"“”„()"), self.lang) & press
                   for w in self.text[self._draft_sentence_start(d):until].split())

    def _named_with(self, d: _Draft, key: Optional[str], until: int) -> bool:
        """The speaker of d, or one named from d's sentence up to ``until`` (an attribution after it: "Об этом
        сообщил X")."""
        if key is None:
            return False
        if d.speaker_key == key:
            return True
        lo = self._draft_sentence_start(d)
        return any(m.entity_key == key and lo <= m.start < until for m in self.index.mentions)

    def _same_paragraph(self, a: _Draft, b: _Draft) -> bool:
        """No line break between the two statements' words (their contents and cues)."""
        lo = min(a.start, self.words[a.cue_words[0]].start if a.cue_words[0] < len(self.words) else a.start)
        hi = max(b.start, self.words[b.cue_words[0]].start if b.cue_words[0] < len(self.words) else b.start)
        return lo < hi and "\n" not in self.text[lo:hi]

    def _has_own_subject(self, d: _Draft) -> bool:
        """A common noun in the nominative before the verb ("Медики утверждают"): a subject we cannot name."""
        if self.lang not in ("uk", "ru"):
            return False
        i = d.cue_words[0]
        k = self._sent_of_word(i)
        lo = self.sent_words[k][0] if k >= 0 else max(0, i - 6)
        for x in range(i - 1, max(lo, i - 6) - 1, -1):
            w = self.words[x]
            if w.is_punct:
                break
            if self.res._mention_covering(w) is not None:
                continue
            ts = sl.tags(self.lang, w.lower)
            if any("NOUN" in t and "nomn" in t for t in ts) and not any(
                    "PREP" in t or "ADVB" in t or "CONJ" in t or "NPRO" in t for t in ts) and not (
                    x > lo and sl.is_prep(self.lang, self.words[x - 1].lower)):
                return True
        return False

    def _dropped_subject(self, d: _Draft) -> Optional[str]:
        gender = d.pronoun_gender if d.pronoun_gender in ("masc", "femn") else "any"
        number, cls = ("plur", "org") if d.pronoun_gender == "plur" else ("sing", "any")
        fake = SpeakerRef(self.words[d.cue_words[0]].start, self.words[d.cue_words[0]].start, "", "PRON",
                          d.cue_words[0], d.cue_words[0], noun=SpeakerNoun(("",), "PRON", gender, number, cls))
        return self.res.resolve(fake)

    def _same_source(self, prev: _Draft, d: _Draft) -> bool:
        """A bare source noun ("за словами співрозмовника", nothing named after it) right after a statement of
        "a source in X": the same source, so X speaks again (not the outlet it talked to)."""
        if len(d.refs) != 1 or d.refs[0].kind != "SOURCE" or d.refs[0].mass_media or not prev.speaker_key:
            return False
        r = d.refs[0]
        if r.w_end < len(self.words) and not self.words[r.w_end].is_punct:
            return False  # "співрозмовника агентства", "собеседника «Известий»": whose source it is
        return any(x.kind == "SOURCE" for x in prev.refs) and prev.speaker_ref is not None \
            and prev.speaker_ref.kind == "ENT" and not self.res._is_outlet_key(prev.speaker_key) and self._near(prev, d)

    def _near(self, a: _Draft, b: _Draft) -> bool:
        ka, kb = self._sent_of_word(a.cue_words[0]), self._sent_of_word(b.cue_words[0])
        return 0 <= kb - ka <= 2

    def _statement(self, d: _Draft) -> Statement:
        cw0, cw1 = d.cue_words
        cue_span = (self.words[cw0].start, self.words[cw1 - 1].end)
        cue = d.cue_text or self.text[cue_span[0]:cue_span[1]]
        s_first = self.res.sentence_of(min(d.start, cue_span[0]))
        s_last = self.res.sentence_of(max(d.end - 1, cue_span[1] - 1))
        sentence = (self.sents[s_first][0], self.sents[s_last][1]) if self.sents else None
        ref = d.speaker_ref
        return Statement(
            content=self.text[d.start:d.end], start=d.start, end=d.end, kind=d.kind, cue=cue,
            speaker_key=d.speaker_key, speaker_text=ref.text if ref else None,
            speaker_span=(ref.start, ref.end) if ref and ref.end > ref.start else None,
            cue_span=cue_span, via_key=d.via_key, addressee_key=d.addressee_key,
            said_on=d.said_on, sentence=sentence, lang=self.lang)

    # -- time -----------------------------------------------------------------------------
    def _said_on(self, d: _Draft) -> Optional[TimeExpr]:
        if not self.times:
            return None
        cue_span = (self.words[d.cue_words[0]].start, self.words[d.cue_words[1] - 1].end)
        k = self.res.sentence_of(cue_span[0])
        s, e = self.sents[k]
        found = []
        for t in self.times:
            if not (s <= t.start < e) or (d.start <= t.start < d.end) or self._after_publication(t):
                continue
            if t.end <= cue_span[0]:
                between = self.text[t.end:cue_span[0]]
                lead = self.text[s:t.start]
                for o in self.all_times:  # "В среду, 13 июня 2018 года, …": other time words are part of the lead
                    if s <= o.start and o.end <= t.start:
                        lead = lead.replace(self.text[o.start:o.end], " ")
                lead = lead.strip(" ,\xa0")
                if "," not in between or self._occasion_before(t, s, relative_ok=True) or len(lead.split()) <= 1:
                    found.append((cue_span[0] - t.end, t))  # a sentence-initial time is when it was said
            elif t.start >= cue_span[1]:
                between = self.text[cue_span[1]:t.start]
                if "," not in between and len(between.split()) <= _AFTER_CUE_REACH and not self._participle_before(t):
                    found.append((t.start - cue_span[1], t))
                elif between.count(",") == 1 and self._speakers_gerund_phrase(cue_span[1] + between.index(","), t):
                    found.append((t.start - cue_span[1], t))
        if found:
            return min(found, key=lambda x: x[0])[1]  # the time nearest the speech verb
        # "— сказав X на пресконференції" / "після розмови": the occasion is the dated day told just before
        occasion = self._occasion_at_cue(d, s, e)
        if occasion:
            k0 = min(k, self.res.sentence_of(d.start))  # before the quote, when it runs over several sentences
            # an interview is an occasion of its own: only a day told right before may be its day
            medium = any(w in self.lex.single("medium") for w in occasion)
            reach = 2 if medium else _OCCASION_REACH
            days = []
            for ps, pe in reversed(self.sents[max(0, k0 - reach):k0]):
                if medium and not self._tells_of(ps, pe, d, occasion):
                    continue  # (a day of another event told before is not the interview's)
                day = [t for t in self.times if ps <= t.start < pe and t.granularity in ("day", "datetime")
                       and not self._after_publication(t) and not any(o.start <= t.start < o.end for o in self.drafts)
                       and not self._in_relative_clause(t, ps, d.speaker_key)]
                if day:
                    days.append((day[-1], self._others_speak_in(ps, pe, d)))
            if days:
                # not the day of a sentence where another speaks ("Так во вторник выступила X … . Накануне Y сообщил …
                # . «…», — сказала X на брифинге": Tuesday's briefing, not the day before)
                return next((t for t, others in days if not others), days[0][0])
        # the occasion told in the sentence before: "во время визита … в конце ноября … . Глава государства заявил"
        if k > 0 and d.speaker_key:
            ps, pe = self.sents[k - 1]
            ent = self.index.get(d.speaker_key)
            named_there = any(m.entity_key == d.speaker_key and ps <= m.start < pe for m in self.index.mentions)
            # "X в интервью радиостанции Y 3 мая заявил … . Как сообщает Y, …": the occasion there
            # was someone else's statement, to which the speaker was only the medium
            others = any(o.speaker_key and o.speaker_key != d.speaker_key
                         and ps <= self.words[o.cue_words[0]].start < pe for o in self.drafts if o is not d)
            if ent is not None and named_there and not others:
                for t in self.times:
                    if ps <= t.start < pe and self._occasion_before(t, ps) and not self._after_publication(t) \
                            and not any(o.start <= t.start < o.end for o in self.drafts):
                        return t  # (not an occasion told inside what someone said)
            q = min(k, self.res.sentence_of(d.start))  # (before the quote, when it runs over several sentences)
            if d.kind == "direct" and ent is not None and q > 0 and not any(
                    self.sents[q - 1][0] <= self.words[o.cue_words[0]].start < self.sents[q - 1][1]
                    for o in self.drafts if o is not d):  # (after a dated statement, a quote keeps no date of its own)
                ps, pe = self.sents[q - 1]
                named = [m for m in self.index.mentions if ps <= m.start < pe and m.entity_key
                         and getattr(self.index.get(m.entity_key), "type", None) in ("PER", "ORG")]
                first = next((m for m in named if self.res._nominative(self.res.word_index(m.start),
                                                                         self.res.word_index(m.end) - 1)), None)
                if first is not None and first.entity_key == d.speaker_key:  # (the one who did what that day)
                    days = [t for t in self.times if ps <= t.start < pe and t.granularity in ("day", "datetime")
                            and t.value and not self._after_publication(t)
                            and not any(o.start <= t.start < o.end for o in self.drafts)
                            and not self._in_relative_clause(t, ps, d.speaker_key)]
                    if len(days) == 1:
                        return days[0]  # "X у середу виступив на сесії. «…», – сказав X": said there and then
        return None

    def _speakers_gerund_phrase(self, comma: int, t: TimeExpr) -> bool:
        """"— сказала X, звертаючись до виборців у Y у ніч на неділю": a time in the adverbial participle's
        phrase right after the speech is when the speaker spoke."""
        k = self.res.word_index(comma) + 1
        wt = self.res.word_index(t.start)
        return k < wt and self._gerund(k) and wt - k <= _AFTER_CUE_REACH + 2 and not any(
            self.words[x].is_punct for x in range(k, wt))

    def _participle_before(self, t: TimeExpr) -> bool:
        """"отверг появившиеся в среду слухи": the time is the participle's, not the speech's."""
        if self.lang not in ("uk", "ru"):
            return False
        before = re.findall(r"[^\W\d_]+", self.text[max(0, t.start - 40):t.start])
        return bool(before) and any("PRTF" in tag for tag in sl.tags(self.lang, before[-1].lower()))

    def _others_speak_in(self, ps: int, pe: int, d: _Draft) -> bool:
        """A statement of another speaker has its verb in the sentence."""
        return any(o is not d and o.speaker_key and o.speaker_key != d.speaker_key
                   and ps <= self.words[o.cue_words[0]].start < pe for o in self.drafts)

    def _tells_of(self, ps: int, pe: int, d: _Draft, occasion: tuple[str, ...]) -> bool:
        """The sentence names the speaker or the occasion's own word ("интервью")."""
        if d.speaker_key and any(m.entity_key == d.speaker_key and ps <= m.start < pe for m in self.index.mentions):
            return True
        lo, hi = self.res.word_index(ps), self.res.word_index(pe)
        noun = occasion[-1]  # ("в интервью": its noun)
        return any(w.lemma == noun or w.lower == noun for w in self.words[lo:hi])

    def _occasion_at_cue(self, d: _Draft, s: int, e: int) -> tuple[str, ...]:
        """The words of an occasion phrase in the statement's sentence, outside what was said (else empty)."""
        lo, hi = self.res.word_index(s), self.res.word_index(e)
        for i in range(lo, hi):
            if d.start <= self.words[i].start < d.end:
                continue
            occ = next((occ for occ in self.occasions
                        if sl.match_at(self.words, i, occ) or self._occasion_with_adjective(i, occ)), None)
            if occ:
                return occ
        return ()

    def _occasion_with_adjective(self, i: int, occ: tuple[str, ...]) -> bool:
        """"на підсумковій пресконференції", "на совместном брифинге": an occasion with an adjective after its
        preposition ("на совместной пресс-конференции": its noun may be written in several tokens)."""
        if len(occ) < 2 or i + 2 >= len(self.words) or not sl.match_at(self.words, i, occ[:1]):
            return False
        adj = self.words[i + 1]
        if not any("ADJF" in t for t in sl.tags(self.lang, adj.lower)):
            return False
        if sl.match_at(self.words, i + 2, occ[1:]):
            return True
        # "на совместном с коллегой брифинге", "на спільному з Ейде брифінгу": the adjective's own "with
        # whom" (a word or a two-word name) between
        if i + 4 >= len(self.words) or self.words[i + 2].lower not in _WITH_WORDS:
            return False
        for n in (1, 2):
            if i + 3 + n > len(self.words) or not all(self.words[x].text.isalpha() for x in range(i + 3, i + 3 + n)):
                return False
            if n == 2 and not all(self.words[x].text[:1].isupper() for x in range(i + 3, i + 5)) and not any(
                    "ADJF" in t for t in sl.tags(self.lang, self.words[i + 3].lower)):
                return False  # (a two-word name, or a title with its adjective: "с перуанским министром")
            if sl.match_at(self.words, i + 3 + n, occ[1:]):
                return True
        return False

    def _in_relative_clause(self, t: TimeExpr, sent_start: int, speaker: Optional[str] = None) -> bool:
        """"після ремонту палацу, що завершився в п'ятницю": a day in a relative clause dates the noun before it,
        not the occasion the sentence tells of; but "X, що в четвер приїхав у Y" dates the speaker's own day
        there, unless the clause is about another."""
        wt = self.res.word_index(t.start)
        for i in range(wt - 1, max(self.res.word_index(sent_start), wt - 8) - 1, -1):
            if self.words[i].text == ",":
                if not (i + 1 < wt and self.words[i + 1].lemma in RELATIVE_OR_THAT and i > 0 and any(
                        "NOUN" in g for g in sl.tags(self.lang, self.words[i - 1].lower))):
                    return False
                m = self.res._mention_covering(self.words[i - 1])
                return speaker is None or m is None or m.entity_key != speaker
        return False

    def _after_publication(self, t: TimeExpr) -> bool:
        """Nothing reported was said after the article appeared: such a time is what was said about."""
        pub = self.document.published
        return bool(pub and t.interval_start and t.interval_start[:10] > pub[:10])

    def _occasion_before(self, t: TimeExpr, sent_start: int, relative_ok: bool = False) -> bool:
        """An occasion phrase (``во время визита``, ``під час``) shortly before the time expression (``relative_ok``:
        also with the time in the occasion's own relative clause or participle phrase, in the statement's sentence)."""
        wt = self.res.word_index(t.start)
        lo = max(self.res.word_index(sent_start), wt - 8)
        for i in range(lo, wt):
            for occ in self.occasions:
                if sl.match_at(self.words, i, occ) or self._occasion_with_adjective(i, occ):
                    if not any(self.words[x].text in (".", ";") or (self.words[x].text == "," and not (
                            relative_ok and x + 1 < wt and (self.words[x + 1].lemma in RELATIVE_PRONOUNS or any(
                                "PRTF" in g for g in sl.tags(self.lang, self.words[x + 1].lower)))))
                            for x in range(i, wt)):
                        return True  # ("в інтерв'ю радіо, яке записали в суботу", "в интервью CNN, опубликованном во
                        # вторник": the occasion's own relative clause or participle phrase)
        return False


@lru_cache(maxsize=None)
def _attack_words(lang: str) -> frozenset[str]:
    """The one-word attack triggers of the event lexicon ("удар", "атака", "обстрел")."""
    return frozenset(t.lemmas[0] for t in event_lexicon(lang).triggers if t.type == "Attack" and len(t.lemmas) == 1)


@lru_cache(maxsize=None)
def _quote_naming_nouns(lang: str) -> frozenset:
    return frozenset(word_lists("occasion_nouns.txt").get(lang, frozenset())
                     | word_lists("quoted_org_nouns.txt").get(lang, frozenset()))


def _names_its_quote(word: str, lang: str) -> bool:
    """A noun whose quoted capitalised complement is a name ("конференции «Россия — Африка»", "партия «X»")."""
    return word.isalpha() and word.islower() and bool(lemma_candidates(word.lower(), lang) & _quote_naming_nouns(lang))


def _unnamed_people(r) -> bool:
    """"шриланкийских дипломатов", "двох європейських дипломатів": people of a state, none named (unlike a
    body's press office, "пресс-службу суда")."""
    return r.kind == "COLLECTIVE" and r.noun is not None and r.noun.cls != "org"


def date_by_events(statements: list[Statement], events: list[Event], text: str, lang: str) -> None:
    """"X, открывая форум, заявил", "X после встречи сказал": a statement whose sentence names (outside what was
    said), after an occasion phrase of the cue lexicon, an event that took place on a known day was said that day,
    unless the sentence itself gives a time ("назвал соглашение …": the event is what was spoken of, not when)."""
    occasions = [" ".join(p.words) for p in sl.load(lang).by_frame("occasion")]
    bases = _day_bases(events)

    def at_occasion(start: int, end: int) -> bool:
        window = " ".join(text[max(0, start - 40):end].lower().split())
        return any(o in window for o in occasions)

    for st in statements:
        if st.sentence is None or st.cue_span is None:
            continue
        a, b = st.sentence
        if st.said_on is not None and a <= st.said_on.start < b:
            continue  # the sentence's own time
        near = []
        for ev in events:
            t = ev.time
            if ev.status != "occurred" or t is None or not t.value or t.granularity not in ("day", "datetime") \
                    or t.basis not in bases:  # (the day of the report counts when no event has a day of its own)
                continue
            for start, end, *_rest in [(ev.start, ev.end)] + list(ev.mentions):
                if a <= start < b and not st.start <= start < st.end and at_occasion(start, end):
                    near.append((abs(start - st.cue_span[0]), t))
        if near:
            st.said_on = min(near, key=lambda x: x[0])[1]
        elif st.said_on is None and st.kind == "direct":
            st.said_on = _at_the_occasion_just_told(st, events, text, bases) or _after_the_occasion_told(
                st, events, text, lang, occasions, bases)
        elif st.said_on is None:
            st.said_on = _after_the_occasion_told(st, events, text, lang, occasions, bases, press_only=True)
        elif st.said_on is not None and st.said_on.value and st.said_on.granularity in ("day", "datetime"):
            st.said_on = _not_on_arriving(st, events, text, lang) or st.said_on


_HELD = ("Meeting", "Talks", "Agreement", "Summit")


def _mention_sentences(ev: Event) -> list[tuple[int, tuple[int, int]]]:
    out = [(ev.start, ev.sentence)] if ev.sentence else []
    return out + [(m[0], m[3]) for m in ev.mentions if len(m) > 3 and m[3]]


def _arrival_told(text: str, at: int, lang: str) -> bool:
    """The sentence around offset ``at`` has an arrival verb ("прибыл", "прилетів")."""
    a = max(text.rfind(c, 0, at) for c in ".!?\n") + 1
    b = min((k for k in (text.find(c, at) for c in ".!?\n") if k >= 0), default=len(text))
    verbs = event_lexicon(lang).arrival_verbs()
    return any(lemma_candidates(w.lower(), lang) & verbs for w in re.findall(r"\w+", text[a:b]))


def _not_on_arriving(st: Statement, events: list[Event], text: str, lang: str) -> Optional[TimeExpr]:
    """"X провёл переговоры в среду … . X прибыл во вторник. «…», — сказал X на пресс-конференции": the day told
    last before the statement was the speaker's arrival, told after the talks held a day or so later; what was
    said at a press conference, after signing, was said on the day of those talks."""
    t0 = st.said_on
    if st.sentence is None or (st.sentence[0] <= t0.start < st.sentence[1]):
        return None
    told = [s for ev in events for _m, s in _mention_sentences(ev) if s[0] <= t0.start < s[1]]
    if not told and not _arrival_told(text, t0.start, lang) or any(ev.type != "Visit" or st.speaker_key not in ev.participants
                       for ev in events for _m, s in _mention_sentences(ev) if s[0] <= t0.start < s[1]):
        return None  # (the day's sentence tells the speaker's arrival and nothing else)
    best = None
    for ev in events:
        t = ev.time
        if ev.type not in _HELD or ev.status != "occurred" or st.speaker_key not in ev.participants or t is None \
                or not t.value or t.granularity not in ("day", "datetime") or t.basis is not None:
            continue
        try:
            days = (dt.date.fromisoformat(t.value[:10]) - dt.date.fromisoformat(t0.value[:10])).days
        except ValueError:
            continue
        if not 0 < days <= 3:
            continue
        for start, _s in _mention_sentences(ev):
            if st.sentence[0] - 1200 <= start < st.sentence[0] and (best is None or start > best[0]):
                best = (start, t)
    return best[1] if best else None


_OCCASIONS = ("Meeting", "Talks", "Visit")


def _day_bases(events: list[Event]) -> tuple:
    """The bases of an event's day a statement may take: the words' own day; also the report's day given to the news
    of the article (an event told with no time), when no event the article tells has a day of its own."""
    own = any(ev.status == "occurred" and ev.time is not None and ev.time.basis is None and ev.time.value
              and ev.time.granularity in ("day", "datetime") for ev in events)
    return (None,) if own else (None, "publication")


def _at_the_occasion_just_told(st: Statement, events: list[Event], text: str, bases: tuple = (None,)) -> Optional[TimeExpr]:
    """«…», — сказал X right after the sentence telling that X met, held talks or arrived on a known day: said
    there and then. Only the sentence just before counts (the latest such event in it)."""
    a = st.sentence[0]
    before = text[:a].rstrip()[:-1]  # the sentence before, without its closing mark
    prev_start = max(before.rfind(c) for c in ".!?\n") + 1
    return _latest_told_day(events, set(_OCCASIONS), bases, st.speaker_key, prev_start, a)


def _latest_told_day(events: list[Event], types: set, bases: tuple, speaker: Optional[str], lo: int,
                     hi: int) -> Optional[TimeExpr]:
    """The day of the event of one of ``types``, done on a known day (of one of ``bases``) with ``speaker`` taking
    part, whose mention told last in [lo, hi) is the latest."""
    best = None
    for ev in events:
        t = ev.time
        if ev.type not in types or ev.status != "occurred" or t is None or not t.value \
                or t.granularity not in ("day", "datetime") or t.basis not in bases or speaker not in ev.participants:
            continue
        for start in [ev.start] + [m[0] for m in ev.mentions]:
            if lo <= start < hi and (best is None or start > best[0]):
                best = (start, t)
    return best[1] if best else None


def _after_the_occasion_told(st: Statement, events: list[Event], text: str, lang: str,
                             occasions: list[str], bases: tuple = (None,), press_only: bool = False) -> Optional[TimeExpr]:
    """«…», — написал X после подписания: an occasion phrase of the cue lexicon in the statement's sentence whose
    noun names no event there, but an event word of that type ("подписание" -> Agreement) does: said on the day of
    the latest such event told before, the speaker taking part in it. A press event's noun ("X на спільній
    пресконференції заявив, що …"; data/gazetteer/press_event_nouns.txt) stands for the meeting, talks, signing or
    visit told before (``press_only``: only such a noun counts, for indirect speech)."""
    a, b = st.sentence
    rest = " ".join((text[a:st.start] + " " + text[st.end:b]).lower().split())
    nouns = {o.split()[-1] for o in occasions if len(o.split()) > 1 and re.search(rf"(?<!\w){re.escape(o)}(?!\w)", rest)}
    press = word_lists("press_event_nouns.txt").get(lang, frozenset())
    if any(lemma_candidates(n, lang) & press for n in nouns):
        types = set(_HELD) | {"Visit"}
    elif press_only:
        return None
    else:
        types = {t.type for t in event_lexicon(lang).triggers if not t.verb
                 and any(t.lemmas[0] in lemma_candidates(n, lang) for n in nouns)}
    return _latest_told_day(events, types, bases, st.speaker_key, 0, a)


def _sentences(doc: Doc, document: Document) -> list[tuple[int, int]]:
    """Sentence spans from the pipeline, also split at line breaks, trimmed; header lines left out."""
    text = doc.text
    out = []
    for sent in doc.sents:
        pos = sent.start_char
        for piece in text[sent.start_char:sent.end_char].split("\n"):
            s, e = pos, pos + len(piece)
            pos = e + 1
            while s < e and text[s].isspace():
                s += 1
            while e > s and text[e - 1].isspace():
                e -= 1
            if e > s:
                out.append((s, e))
    return out


def extract(doc: Doc, document: Document, index: EntityIndex, times: list[TimeExpr]) -> list[Statement]:
    ex = _Extractor(doc, document, index, times)
    ex.direct()
    ex.indirect()
    out = ex.finish()
    ex.res.role_mentions()  # for the events: "разговор с главой Кубы" names a person too
    return out


_SPLIT_ATTRIBUTION = re.compile(r"[,!?…]\s*[—–]\s+([^«»„“\"—–]{3,200}?)[.,:]\s*[—–]\s+")


def _speech_parts(text: str, o: int, c: int) -> list[tuple[int, int]]:
    """The quoted speech of «…, — сказал X. — …»: the parts around the author's attribution, whose
    names are the author's words, not the speaker's (so "X" is an antecedent for a later "она")."""
    parts, start = [], o
    for m in _SPLIT_ATTRIBUTION.finditer(text, o + 1, c):
        parts.append((start, m.start(1) - 1))
        start = m.end(1)
    parts.append((start, c))
    return parts


def _quote_mark(text: str) -> bool:
    """A token made of quote marks only ("«", "»\""), no word."""
    return all(ch in sl.QUOTE_CHARS for ch in text)
