"""Roles and titles from appositions next to a person's name.

``речник МЗС України Олег Ніколенко`` -> Role(title="речник МЗС України",
title_norm="речник", org_key=<the ministry>); coordinated titles are split
(``віцепрем'єр-міністр і колишній міністр оборони Іван Коваль`` -> two roles);
a title after the name between commas/dashes counts too (``Олег Ніколенко, речник ...,``).

The title words are data: ``lexicons/<lang>/titles.txt`` (lemma, category). The organisation
or country a role is of is the first ORG/LOC entity mentioned inside the title, else the country
of a demonym in it (``французький президент``). The person's ``country_key`` is set from it
when the title names a state or a state body (``президент Франції`` -> France).
"""
from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from typing import Optional, Sequence

from spacy.tokens import Doc, Token

from kg import gazetteer as gazetteer_mod
from kg import lexicons
from kg.extract import morph as word_morph
from kg.extract.entity_index import EntityIndex
from kg.extract.names import lemma_candidates, morph
from kg.records import Document, Role

MAX_WINDOW = 12
CONJUNCTIONS = frozenset({"і", "й", "та", "и", "and"})  # (the speakers module reads titles with them too)
_CONJ = CONJUNCTIONS
_SOURCE_PHRASES = {("по", "словам"), ("за", "словами"), ("по", "мнению"), ("на", "думку"), ("according", "to")}
_OPENING = set("\"«“„'")
_STOP_POS = {"VERB", "INFN", "GRND", "PRTS", "CONJ", "PRCL", "NPRO", "PRED", "INTJ", "ADVB", "COMP"}
_STOP_UD = {"VERB", "AUX", "SCONJ", "PRON", "PART", "ADV", "INTJ"}
_GLUE = {"при", "в", "у", "во", "in", "to", "at", "of", "the", "з", "по", "із", "із", "з", "для", "for", "on"}


# title categories (titles.txt) of those who head a state or its government
LEADING = ("head_of_state", "head_of_government")


@dataclass
class TitleLexicon:
    single: dict[str, str]  # lemma -> category
    multi: dict[tuple[str, ...], str]
    office: frozenset[str] = frozenset()  # "пост", "посада": "на пост главы X" introduces a title
    posting: frozenset[str] = frozenset()  # "посол Польщі в Литві": the place after it is where the office sits

    def category(self, cands: list[frozenset[str]], i: int) -> tuple[Optional[str], int]:
        """Category of a title starting at word i and its length in words (0 when none)."""
        for (words, cat) in self.multi.items():
            n = len(words)
            if i + n <= len(cands) and all(words[k] in cands[i + k] for k in range(n)):
                return cat, n
        for c in cands[i]:
            if c in self.single:
                return self.single[c], 1
        return None, 0


@lru_cache(maxsize=None)
def titles(lang: str) -> TitleLexicon:
    single: dict[str, str] = {}
    multi: dict[tuple[str, ...], str] = {}
    office: set[str] = set()
    posting: set[str] = set()
    path = lexicons.path(lang, "titles.txt", required=False)
    for lineno, cols in lexicons.rows(path):
        word, cat = cols[0].strip().lower(), "\t".join(cols[1:])
        if not word:
            raise SystemExit(f"{path}:{lineno}: empty title")
        if cat.strip() in ("office", "posting"):
            (office if cat.strip() == "office" else posting).add(word)
            continue
        parts = tuple(word.split())
        if len(parts) > 1:
            multi[parts] = cat.strip() or "other"
        else:
            single[word] = cat.strip() or "other"
    return TitleLexicon(single, multi, frozenset(office), frozenset(posting))


_FUNCTION_UD = {"ADP", "DET", "PRON", "SCONJ", "CCONJ", "PART", "AUX", "NUM"}


def _cands(tok: Token, lang: str) -> frozenset[str]:
    """Lemma candidates of a word for title lookup; none for a function word the tagger is sure of
    ("После" is a preposition, not the locative of "посол")."""
    text = tok.text.lower()
    if tok.pos_ in _FUNCTION_UD:
        return frozenset({text})
    if not tok.pos_ and lang in ("uk", "ru"):
        m = morph(lang)
        ps = m.parse(text) if m is not None else []
        if ps and ps[0].tag.POS in ("PREP", "CONJ", "PRCL", "NPRO") and ps[0].score > 0.9:
            return frozenset({text})
    if lang in ("uk", "ru"):
        return lemma_candidates(tok.text, lang) | {tok.lemma_.lower()}
    return frozenset({text, tok.lemma_.lower()})


def _is_stop(tok: Token, lang: str) -> bool:
    if tok.is_space:
        return True
    if tok.is_punct:
        return tok.text not in "-‐‑«»„“”\""  # (a body's quoted name is part of the title: "глава АО «X»")
    if tok.text.lower() in _CONJ or tok.text.lower() in _GLUE:
        return False
    if tok.ent_type_ == "JOB":
        return False  # inside the NER's own title span ("міністр оборони", "оборони" mistagged as a verb)
    if tok.pos_ and tok.pos_ in _STOP_UD and not (tok.pos_ in ("VERB", "AUX") and (
            _no_verb_reading(tok, lang) or _noun_after_adjective(tok, lang))):
        return True  # (the tagger's verb that the dictionary knows only as a noun, "справ", is no stop)
    if tok.pos_ == "ADP" or (not tok.pos_ and lang in ("uk", "ru") and _is_prep(tok.text.lower(), lang)):
        return True  # a preposition that is not part of a title ("вместо", "после")
    m = morph(lang)
    if m is not None and not tok.pos_:
        ps = m.parse(tok.text.lower())
        if ps and all(p.tag.POS in _STOP_POS for p in ps[:3]):
            return True
    return False


_VERB_POS = {"VERB", "INFN", "GRND", "PRTS", "PRTF"}


def _no_verb_reading(tok: Token, lang: str) -> bool:
    """The dictionary knows the word, and as a verb form only in the imperative ("справ": "справа" in the
    genitive plural, or "справити" in the imperative, which news titles do not hold)."""
    m = morph(lang) if lang in ("uk", "ru") else None
    ps = [p for p in m.parse(tok.text.lower()) if p.is_known] if m is not None else []
    return bool(ps) and not any(p.tag.POS in _VERB_POS and "impr" not in p.tag for p in ps)


def _noun_after_adjective(tok: Token, lang: str) -> bool:
    """"морского дела": a word the tagger took for a verb that the dictionary also knows as a noun, right after an
    adjective, is that noun (a title's complement), not a verb."""
    m = morph(lang) if lang in ("uk", "ru") else None
    if m is None or tok.i == 0 or tok.doc[tok.i - 1].pos_ != "ADJ":
        return False
    return any(p.tag.POS == "NOUN" for p in m.parse(tok.text.lower()) if p.is_known)


def _is_prep(word: str, lang: str) -> bool:
    m = morph(lang)
    ps = m.parse(word) if m is not None else []
    return bool(ps) and ps[0].tag.POS == "PREP" and ps[0].score > 0.9


def sentence_table(doc: Doc) -> list:
    from kg.extract.entities import sentence_table as table  # late import: entities imports roles
    return table(doc)


def _window_before(doc: Doc, first_tok: int, lang: str, blocked=frozenset()) -> list[Token]:
    sent_start = sentence_table(doc)[first_tok].start
    out: list[Token] = []
    j = first_tok - 1
    if j - 1 >= sent_start and doc[j].text == "," and _is_title_word(doc[j - 1], lang):
        j -= 1  # "Ukraine's foreign minister, Iryna Savchuk"
    if j >= sent_start and doc[j].text.lower() in _CONJ:
        return []  # "гендиректор і Бережна": the title is the other person's, named or not
    while j >= sent_start and len(out) < MAX_WINDOW:
        t = doc[j]
        if t.is_space and "\n" not in t.text:
            j -= 1  # a no-break space the tokenizer kept as a token
            continue
        if t.text == "," and out and t.i not in blocked and _remit_list_before(doc, j, sent_start, lang, blocked):
            out.append(t)  # "міністра енергетики, водних ресурсів та екології X": the remit's list runs on
            j -= 1
            continue
        if _is_stop(t, lang) or t.i in blocked:
            break
        out.append(t)
        j -= 1
    out.reverse()
    return out


def _remit_list_before(doc: Doc, comma: int, sent_start: int, lang: str, blocked=frozenset()) -> bool:
    """The comma at ``comma`` parts the items of a title's remit: lower-case words (and more commas) back to a
    title word, within a few words ("міністра енергетики, водних ресурсів та …")."""
    j = comma - 1
    seen = 0
    while j >= sent_start and seen < 6:
        t = doc[j]
        if t.i in blocked or t.text[:1].isupper():
            return False
        if t.text != ",":
            if _is_title_word(t, lang):
                return True
            if _is_stop(t, lang):
                return False
            seen += 1
        j -= 1
    return False


def _window_after(doc: Doc, last_tok: int, lang: str, blocked=frozenset()) -> list[Token]:
    """Tokens of ``, <title> ,`` after a name (empty when there is no such apposition)."""
    sent_end = sentence_table(doc)[last_tok].end
    j = last_tok + 1
    while j < sent_end and doc[j].is_space and "\n" not in doc[j].text:
        j += 1
    if j >= sent_end or doc[j].text not in (",", "—", "–"):
        return []
    return _title_tokens(doc, j + 1, sent_end, lang, blocked)


def _title_tokens(doc: Doc, j: int, sent_end: int, lang: str, blocked=frozenset(), stop_at_conj: bool = False) -> list[Token]:
    """The tokens of a title from token j on, up to a stop word, a blocked (other person's) token or
    MAX_WINDOW tokens; ``stop_at_conj``: also before a conjunction not followed by a name or title word
    ("на пост главы Чили и днём рождения")."""
    out: list[Token] = []
    while j < sent_end and len(out) < MAX_WINDOW:
        t = doc[j]
        if t.is_space and "\n" not in t.text:
            j += 1
            continue
        if _is_stop(t, lang) or t.i in blocked:
            break
        if stop_at_conj and t.text.lower() in _CONJ and j + 1 < sent_end and not (
                doc[j + 1].text[:1].isupper() or _is_title_word(doc[j + 1], lang)):
            break
        out.append(t)
        j += 1
    return out


_OFFICE_PREP = {"на", "to", "for", "as"}
MAX_GAP = 3


def _window_office(doc: Doc, last_tok: int, lang: str, lex: TitleLexicon, blocked=frozenset()) -> list[Token]:
    """Tokens of the title a name is put into: ``X ... на пост главы Чили``, ``призначив X на посаду
    міністра``, ``elected X to the post of president`` (a few words may come between the name and
    ``на пост``), or a title in the instrumental right after the name (``утвердил X председателем
    Госсовета``, ``призначено X головою``). Empty when there is none."""
    if lang not in ("uk", "ru", "en"):
        return []
    sent_end = sentence_table(doc)[last_tok].end
    j = last_tok + 1
    while j < sent_end and doc[j].is_space:
        j += 1
    if j < sent_end and lang in ("uk", "ru") and _instrumental_title(doc[j], lang, lex):
        start = j
    else:
        start = None
        for k in range(j, min(j + MAX_GAP + 2, sent_end - 1)):
            t = doc[k]
            if t.is_punct or t.i in blocked:
                break
            if t.text.lower() in _OFFICE_PREP:
                nxt = k + 1
                if lang == "en" and nxt < sent_end and doc[nxt].text.lower() == "the":
                    nxt += 1
                if nxt < sent_end and _cands(doc[nxt], lang) & lex.office:
                    start = nxt + 1
                    if lang == "en" and start < sent_end and doc[start].text.lower() == "of":
                        start += 1
                    break
    if start is None:
        return []
    return _title_tokens(doc, start, sent_end, lang, blocked, stop_at_conj=True)


def _instrumental_title(tok: Token, lang: str, lex: TitleLexicon) -> bool:
    """A title noun in the instrumental case (председателем, головою)."""
    m = morph(lang)
    if m is None or tok.text[:1].isupper():
        return False
    for p in m.parse(tok.text.lower()):
        if p.tag.POS == "NOUN" and "ablt" in p.tag and lex.single.get(p.normal_form) not in (None, "modifier"):
            return True
    return False


def _split_titles(window: list[Token], lang: str, lex: TitleLexicon) -> list[tuple[int, int, str, int]]:
    """(start, end, category, head index) of the titles in a window of tokens, left to right."""
    cands = [_cands(t, lang) for t in window]
    starts = []
    i = 0
    while i < len(window):
        cat, n = lex.category(cands, i)
        if cat is not None:
            starts.append((i, cat, n))
            i += n
            continue
        i += 1
    if not starts:
        return []
    first = starts[0][0]
    # the title phrase runs from the first title word; a conjunction followed by a title word
    # starts a new title
    segments: list[list[int]] = [[first]]
    i = first + 1
    while i < len(window):
        tok = window[i]
        if tok.text.lower() in _CONJ and any(s == i + 1 for s, _, _ in starts):
            segments[-1].append(i)  # end marker (exclusive)
            segments.append([i + 1])
        elif tok.pos_ == "ADP" and len(segments[-1]) == 1:
            later = next((s for s, _, _ in starts if i < s <= i + 2), None)
            if later is not None:  # "коллега при участии главы «Газпрома»": a title of another phrase after a
                segments[-1].append(i)  # preposition (the one next to a name is that name's)
                segments.append([later])
                i = later
        i += 1
    segments[-1].append(len(window))
    out = []
    for seg in segments:
        s, e = seg[0], seg[1]
        if s >= e:
            continue
        head = None
        cat = None
        for st, c, n in starts:
            if s <= st < e and c != "modifier":
                head, cat = st, c
                break
        if head is None:
            continue
        # a leading hyphenated prefix: "прес-секретар" split by the tokenizer
        out.append((s, e, cat, head))
    return out


def extract(doc: Doc, document: Document, index: EntityIndex) -> list[Role]:
    lang = index.lang
    text = document.text if document.text is not None else doc.text
    lex = titles(lang)
    if not lex.single and not lex.multi:
        return []
    gaz = gazetteer_mod.load()
    roles: list[Role] = []
    seen: set[tuple[str, int, int]] = set()
    person_toks: dict[str, set[int]] = {}
    for m in index.mentions:
        e = index.get(m.entity_key)
        if e is not None and e.type == "PER":
            sp = doc.char_span(m.start, m.end, alignment_mode="expand")
            if sp is not None:
                person_toks.setdefault(e.key, set()).update(range(sp.start, sp.end))
    job_starts = {e.start for e in doc.ents if e.label_ == "JOB"}  # the NER's own title spans
    for m in list(index.mentions):
        ent = index.get(m.entity_key)
        if ent is None or ent.type != "PER" or m.label != "PER":
            continue
        span = doc.char_span(m.start, m.end, alignment_mode="expand")
        if span is None or len(span) == 0:
            continue
        blocked = frozenset(i for k, v in person_toks.items() if k != ent.key for i in v)
        before = _window_before(doc, span.start, lang, blocked)
        after = _window_after(doc, span.end - 1, lang, blocked)
        if span.start >= 2 and (doc[span.start - 2].lower_, doc[span.start - 1].lower_) in _SOURCE_PHRASES:
            after = []  # "По словам X, председатель Y принял …": the title after the comma is the clause's subject
        for window in (before, after, _window_office(doc, span.end - 1, lang, lex, blocked)):
            if not window:
                continue
            titles_found = _split_titles(window, lang, lex)
            if not titles_found:
                titles_found = _job_title(window, job_starts)
            if window is before or window is after:
                # "помощник Кузнецова": a name in another case than the title is not its holder; nor is the title
                # after a comma ("По словам Иванова, министр …": the said content's subject)
                titles_found = [t for t in titles_found if _cases_agree(window[t[3]], span, lang, ent)]
            if window is before and len(titles_found) > 1:
                # "его коллега при участии главы «Газпрома» Алексея Миллера": only the title next to the name
                last_prep = max((k for k in range(len(titles_found) - 1) if window[titles_found[k + 1][0] - 1].pos_ == "ADP"
                                 or (titles_found[k + 1][0] >= 2 and window[titles_found[k + 1][0] - 2].pos_ == "ADP")),
                                default=None)
                if last_prep is not None:
                    titles_found = titles_found[last_prep + 1:]
                # "Министр энергетики X и гендиректор «Y» Имя Фамилия подписали": with a plural verb after the name
                # the title before the conjunction is another person's, unnamed ("Віцепрем'єр X і колишній міністр
                # Y Ян Новак прибув": one person's two titles)
                last_conj = max((k for k in range(len(titles_found) - 1)
                                 if window[titles_found[k + 1][0] - 1].text.lower() in _CONJ), default=None)
                if last_conj is not None and _plural_verb_after(doc, span.end):
                    titles_found = titles_found[last_conj + 1:]
            for s, e, cat, head in titles_found:
                deputy = None
                if s >= 2 and window[s - 1].text in "-‐‑" and not window[s - 2].whitespace_ \
                        and not window[s - 1].whitespace_ and window[s - 2].text.isalpha():
                    deputy = window[s - 2].text.lower()  # "віце-прем'єр", "вице-спикер": a deputy, not the head
                    s -= 2
                while s > 0 and gaz.demonym(window[s - 1].text, lang) is not None:
                    s -= 1  # "французький президент": the demonym belongs to the title
                toks = window[s:e]
                start, end = toks[0].idx, toks[-1].idx + len(toks[-1].text)
                if (ent.key, start, end) in seen:
                    continue
                seen.add((ent.key, start, end))
                inner = [x for x in index.mentions_in(start, end) if x.entity_key and x.entity_key != ent.key]
                inner.sort(key=lambda x: (x.start, -(x.end - x.start)))  # Lviv City Council before Lviv
                org_key = None
                country_key = None
                for x in inner:
                    e2 = index.get(x.entity_key)
                    if e2 is None or e2.type == "PER" or _posted_in(doc, x.start, lex):
                        continue
                    org_key = org_key or e2.key
                    if country_key is None:
                        entry = gaz.entries.get(e2.key)
                        if entry is not None and entry.alpha2:
                            country_key = entry.key
                        elif e2.country_key:
                            country_key = e2.country_key
                if country_key is None:
                    for t in toks:
                        d = gaz.demonym(t.text, lang)
                        if d is not None:
                            country_key = d.key
                            break
                    if country_key is None and org_key is None and any(
                            lemma_candidates(t.text.lower(), lang) & state_nouns(lang) for t in toks):
                        country_key = state_told_before(index, start, gaz)  # "главой кабинета республики"
                    if org_key is None and country_key in index.entities:
                        org_key = country_key  # a country the article names; else only the person's country
                head_tok = window[head]
                if _plural(head_tok, lang) and not _singular_title(head_tok, lang, lex):
                    continue  # "між президентами X і Y": a title shared by several people
                title_norm = _head_lemma(head_tok, lang, lex, window[head + 1:e])
                if deputy:
                    title_norm = f"{deputy}-{title_norm}"
                if cat != "counterpart":  # "бетанським колегою X": no title, only where X is from
                    roles.append(Role(person_key=ent.key, title=text[start:end], start=start, end=end,
                                      title_norm=title_norm, org_key=org_key))
                if country_key and not ent.country_key and cat != "other":
                    ent.country_key = country_key
    index.roles = roles
    return roles


def _plural_verb_after(doc: Doc, i: int) -> bool:
    """The first verb within a few words after token i, in its sentence, is plural."""
    for tok in doc[i:i + 6]:
        if tok.is_sent_start and tok.i > i:
            return False
        if tok.pos_ in ("VERB", "AUX"):
            return "Plur" in tok.morph.get("Number")
    return False


def _cases_agree(title: Token, name, lang: str, ent) -> bool:
    """A title and the name after it can stand in one case. Only the name's last word counts, and only when it is
    written otherwise than in the entity's nominative name ("Кузнецова" of "Кузнецов"; a foreign "Ліні" the dictionary
    also reads as a case of another name does not); unknown cases agree with anything."""
    if lang not in ("uk", "ru") or not title.is_alpha:
        return True
    doc = title.doc
    while title.i + 2 < len(doc) and doc[title.i + 1].text == "-" and not title.whitespace_ \
            and not doc[title.i + 1].whitespace_ and doc[title.i + 2].is_alpha:
        title = doc[title.i + 2]  # "премьер-министром": the compound's last part takes the case ending
    own = {p.lower() for n in (ent.name, *ent.labels.values()) if n for w in n.split() for p in (w, *w.split("-"))}
    a = word_morph.cases(title, lang)
    last = name[-1]  # the surname: a foreign given name before it may read as another name's case ("Сюзанне")
    known = [c for c in (word_morph.name_cases(t, lang, ent.gender) for t in (last,)
                         if t.is_alpha and t.text.lower() not in own) if c]
    return not a or not known or any(a & c for c in known)


def _posted_in(doc: Doc, start: int, lex: TitleLexicon) -> bool:
    """The mention follows a posting preposition ("посол Польщі в Литві", "ambassador to Latvia"): the place
    where the office sits, not the person's state or organisation."""
    tok = doc.char_span(start, start + 1, alignment_mode="expand")
    return tok is not None and tok.start > 0 and doc[tok.start - 1].text.lower() in lex.posting


def _is_title_word(tok: Token, lang: str) -> bool:
    lex = titles(lang)
    cands = _cands(tok, lang)
    return any(c in lex.single for c in cands) or any(w[-1] in cands for w in lex.multi)


def _singular_title(tok: Token, lang: str, lex: TitleLexicon) -> bool:
    """The word also reads as a title in the singular: "прем'єр" is the title, though the tagger may
    take it for the genitive plural of "прем'єра"."""
    m = morph(lang)
    if m is None:
        return False
    return any(p.tag.POS == "NOUN" and p.tag.number != "plur" and p.normal_form.replace("’", "'") in lex.single
               for p in m.parse(tok.text.lower().replace("’", "'")))


def _plural(tok: Token, lang: str) -> bool:
    if tok.morph.get("Number"):
        return tok.morph.get("Number") == ["Plur"]
    m = morph(lang)
    if m is None:
        return tok.text.lower().endswith("s") and lang == "en"
    ps = [p for p in m.parse(tok.text.lower()) if p.tag.POS == "NOUN"]
    return bool(ps) and all(p.tag.number == "plur" for p in ps)


def _job_title(window: list[Token], job_starts: set[int]) -> list[tuple[int, int, str, int]]:
    """A title the NER marked (label JOB) that the lexicon does not know: from its first word to
    the name."""
    for i, t in enumerate(window):
        if t.i in job_starts:
            return [(i, len(window), "other", i)]
    return []


def _head_lemma(tok: Token, lang: str, lex: TitleLexicon, after: Sequence[Token] = ()) -> str:
    """The title's lemma at its head word: a multi-word title the words from there spell ("генеральний директор",
    not another that starts alike), else the head's own."""
    cands = [_cands(t, lang) for t in (tok, *after)]
    for c in sorted(cands[0]):
        if c in lex.single:
            return c
    for words in sorted(lex.multi, key=len, reverse=True):
        if len(words) <= len(cands) and all(words[k] in cands[k] for k in range(len(words))):
            return " ".join(words)
    for words in lex.multi:
        if words[0] in cands[0]:
            return " ".join(words)
    return tok.lemma_.lower() or tok.text.lower()


@lru_cache(maxsize=None)
def state_nouns(lang: str) -> frozenset[str]:
    return gazetteer_mod.word_lists("state_nouns.txt").get(lang, frozenset())


def state_told_before(index: EntityIndex, start: int, gaz) -> Optional[str]:
    """The state the text named last before a title that calls it "the republic" (within a few hundred characters)."""
    for m in sorted((m for m in index.mentions if m.end <= start and start - m.end < 400 and m.entity_key),
                    key=lambda m: m.start, reverse=True):
        e = index.get(m.entity_key)
        if e is not None and e.type == "LOC" and gaz.is_state(e.key):
            return e.key
    return None


def other_offices(roles, a: set[str], b: str) -> bool:
    """Whether the person ``b`` holds another office than the persons ``a`` (of the same kind): titles with one head
    noun and different remits ("министр обороны X", "министр иностранных дел Y"). A "colleague" holds the same."""
    mine = [r.title.lower().split() for r in roles if r.person_key in a]
    theirs = [r.title.lower().split() for r in roles if r.person_key == b]
    return any(len(x) > 1 and len(y) > 1 and x[0] == y[0] and x[1][:4] != y[1][:4] for x in mine for y in theirs)
