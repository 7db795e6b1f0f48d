"""Time expressions: found in text, normalised with dateparser against the article's date.

Candidate spans come from patterns built over the word lists in ``lexicons/<lang>/time.tsv``
(month and weekday names in every case, relative words, vague words, modifiers such as
"на початку" / "в конце"). Only the core of a candidate (``17 березень 2026``, ``вівторок``,
``минулого тижня``) is handed to dateparser, always with ``languages=[lang]`` and
``RELATIVE_BASE`` = the publication date; never the current clock. Without a publication date
relative expressions keep their text and get no value; a day and month without a year ("12 июня")
then take the year of the last full date (day, month, year) written before it in the article, if any.

Values are ISO 8601: day ``2026-03-17``, month ``2025-10``, year ``2025``, interval
``2026-03-12/2026-03-14`` (also a week, Monday to Sunday, with granularity ``week``), datetime
``2026-03-17T10:30``. A modifier (start, mid, end) is kept apart from the value.
"""
from __future__ import annotations

import calendar
import datetime as dt
import re
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Optional

from spacy.tokens import Doc

from kg import lexicons
from kg.components.sentences import HEADER
from kg.extract import morph
from kg.extract.doc_cache import doc_text
from kg.records import Document, TimeExpr

KINDS = ("month", "weekday", "relative", "relyear", "vague", "modifier", "period", "yearword", "prep",
         "weekshift", "anchored", "ahead", "achieved", "from", "to", "daytime", "season", "wdadj", "monadj", "daypart",
         "readying")
_W = r"[\s\u00a0]+"
_DASH = r"[\-\u2010-\u2015\u2212]"
_DAY = r"(?:3[01]|[12]\d|0?[1-9])"
_YEAR = r"(?:1[89]\d\d|20\d\d)"
_APOS = "['’ʼ`]"
_NO_BASE_PARSE = dt.datetime(2000, 1, 1)  # only for spans that carry their own year


# -- lexicon ------------------------------------------------------------------------------------
@dataclass
class TimeLexicon:
    lang: str
    entries: dict[str, dict[str, str]] = field(default_factory=dict)  # kind -> form -> value
    canonical: dict[str, dict[int, str]] = field(default_factory=dict)  # month/weekday number -> first form

    def alt(self, kind: str) -> str:
        forms = sorted(self.entries.get(kind, {}), key=len, reverse=True)
        if not forms:
            return r"(?!x)x"
        parts = []
        for f in forms:
            p = re.escape(f).replace(r"\ ", _W).replace("'", _APOS)  # forms are stored with ' only
            if not f.endswith(("-", ".")):
                p += r"(?![\w'’ʼ-])"
            parts.append(p)
        return "(?:" + "|".join(parts) + ")"

    def get(self, kind: str, form: str) -> Optional[str]:
        return self.entries.get(kind, {}).get(_norm_form(form))

    def anchor(self, form: str) -> Optional[tuple[str, int]]:
        """An ``anchored`` phrase's rule: what it counts from (prior | pub | same) and how many days."""
        rule = self.get("anchored", form)
        if rule is None:
            return None
        base, days = rule.split(":")
        return base, int(days)


def _norm_form(s: str) -> str:
    s = re.sub(r"[\s\u00a0]+", " ", s.strip().lower())
    return re.sub(_APOS, "'", s)


@lru_cache(maxsize=None)
def lexicon(lang: str) -> TimeLexicon:
    path = lexicons.path(lang, "time.tsv")
    lex = TimeLexicon(lang)
    for n, cols in lexicons.rows(path):
        if len(cols) < 2 or cols[0] not in KINDS:
            raise ValueError(f"{path}:{n}: expected 'kind<TAB>form<TAB>value' with kind in {KINDS}")
        kind, form, value = cols[0], _norm_form(cols[1]), (cols[2].strip() if len(cols) > 2 else "")
        lex.entries.setdefault(kind, {})[form] = value
        if kind in ("month", "weekday"):
            lex.canonical.setdefault(kind, {}).setdefault(int(value), form)
    return lex


# -- patterns -------------------------------------------------------------------------------------
@lru_cache(maxsize=None)
def _patterns(lang: str) -> list[tuple[str, re.Pattern]]:
    L = lexicon(lang)
    MON, WD, REL, RY, VAG = L.alt("month"), L.alt("weekday"), L.alt("relative"), L.alt("relyear"), L.alt("vague")
    MOD, PER, YW, PREP, SHIFT = L.alt("modifier"), L.alt("period"), L.alt("yearword"), L.alt("prep"), L.alt("weekshift")
    mod = rf"(?:(?P<mod>{MOD})(?:{_W}|(?<=-)))?"
    prep = rf"(?:(?P<prep>{PREP}){_W})?"
    year = rf"(?:,?{_W}(?P<y>{_YEAR})(?:{_W}(?P<yw>{YW}))?)?"
    wday = rf"(?:(?P<wd>{WD}),?{_W})?"  # "в понедельник 23 мая", "on Tuesday, February 3": the date decides
    FROM, TO = L.alt("from"), L.alt("to")
    hour = rf"(?:(?:(?:[01]?\d|2[0-3]):[0-5]\d|{L.alt('daytime')}){_W})?"
    pats = [
        # "з 12 по 14 травня", "с 3 до 5 марта", "from 12 to 14 May": a range of days
        ("interval", rf"{mod}(?:{FROM}){_W}(?P<d1>{_DAY})(?:{_W}(?P<m1>{MON}))?{_W}(?:{TO}){_W}(?P<d2>{_DAY}){_W}(?P<m2>{MON}){year}"),
        # "з понеділка до середи", "со вторника по четверг": a range of weekdays
        # "з 18:00 п'ятниці до полудня неділі": an hour or a time of the day before each weekday (the days count)
        ("wdrange", rf"(?:{FROM}){_W}{hour}(?P<wd>{WD}){_W}(?:{TO}){_W}{hour}(?P<wd2>{WD})"),
        ("interval", rf"{mod}{prep}(?P<d1>{_DAY})(?:{_W}(?P<m1>{MON}))?(?:{_W})?{_DASH}(?:{_W})?(?P<d2>{_DAY}){_W}(?P<m2>{MON}){year}"),
        ("day", rf"{mod}{prep}{wday}(?P<d1>{_DAY}){_W}(?P<m1>{MON}){year}"),
        ("numeric", rf"(?P<d1>{_DAY})\.(?P<mn>0?[1-9]|1[0-2])\.(?P<y>{_YEAR})|(?P<iy>{_YEAR})-(?P<imn>0[1-9]|1[0-2])-(?P<id>[0-3]\d)"),
        ("month", rf"{mod}{prep}(?P<m1>{MON})(?:{_W}(?P<y>{_YEAR})(?:{_W}(?P<yw>{YW}))?|{_W}(?P<ry>{RY}))?"),
        ("year", rf"{mod}{prep}(?P<y>{_YEAR}){_W}(?P<yw>{YW})"),
        ("modperiod", rf"(?P<mod>{MOD})(?:{_W}|(?<=-))(?:(?P<rel>{REL})|(?P<per>{PER}))"),
        ("relative", rf"(?P<rel>{REL})"),
        ("weekdays", rf"{prep}(?P<wd>{WD}){_W}(?:и|і|й|та|and){_W}(?:(?:в|во|у|on){_W})?(?P<wd2>{WD})"),
        ("weekday", rf"{prep}(?:(?P<shift>{SHIFT}){_W})?(?P<wd>{WD})"),
        ("anchored", rf"(?P<anch>{L.alt('anchored')})"),
        ("vague", rf"(?P<vague>{VAG})"),
        ("season", rf"(?P<season>{L.alt('season')})(?!{_W}\d)"),
        ("clock", rf"{prep}(?P<hh>[01]?\d|2[0-3]):(?P<mi>[0-5]\d)(?!\d)"),
        ("wdadj", rf"(?P<wdadj>{L.alt('wdadj')})"),  # "в субботнем эфире": that weekday
        ("monadj", rf"(?P<monadj>{L.alt('monadj')})"),  # "на вересневій сесії": that month
        ("daypart", rf"(?P<dp>{L.alt('daypart')})"),  # "вечером" alone: the publication day
    ]
    if lang == "en":
        pats[1:1] = [
            ("interval", rf"{mod}{prep}(?P<m1>{MON}){_W}(?P<d1>{_DAY})(?:{_W})?{_DASH}(?:{_W})?(?P<d2>{_DAY})(?!\d){year}"),
            ("day", rf"{mod}{prep}{wday}(?P<m1>{MON}){_W}(?P<d1>{_DAY})(?:st|nd|rd|th)?(?!\d){year}"),
        ]
        pats.insert(-4, ("year", rf"(?:(?P<mod>{MOD})(?:{_W}|(?<=-))|(?P<prep>in|since|by|of){_W})(?P<y>{_YEAR})(?!\d)"))
    return [(kind, re.compile(rf"(?<![\w'’ʼ-])(?:{p})", re.IGNORECASE)) for kind, p in pats]


# -- dateparser ----------------------------------------------------------------------------------
@lru_cache(maxsize=64)
def _parser(lang: str, base: Optional[dt.date], prefer: str, relative: bool):
    """One DateDataParser per language and publication date (and past/future preference), reused
    for every span of the article; relative words need dateparser's relative-time parser, the
    cores we build for dates and weekdays only its absolute one (faster)."""
    from dateparser.date import DateDataParser

    rb = dt.datetime(base.year, base.month, base.day) if base else _NO_BASE_PARSE
    return DateDataParser(languages=[lang], settings={
        "RELATIVE_BASE": rb, "PREFER_DATES_FROM": prefer, "RETURN_TIME_AS_PERIOD": True,
        "PREFER_DAY_OF_MONTH": "first",
        "PARSERS": ["relative-time", "absolute-time"] if relative else ["absolute-time"]})


@lru_cache(maxsize=50_000)
def parse_core(lang: str, text: str, base: Optional[dt.date], prefer: str = "current_period",
               relative: bool = False) -> Optional[tuple[dt.date, str]]:
    """dateparser on one candidate core: (date, period) or None. Cached."""
    data = _parser(lang, base, prefer, relative).get_date_data(text)
    if data is None or data.date_obj is None:
        return None
    return data.date_obj.date(), data.period or "day"


# -- values --------------------------------------------------------------------------------------
def _bounds(value: str, gran: str) -> tuple[Optional[str], Optional[str]]:
    if gran in ("day", "datetime"):
        return value[:10], value[:10]
    if gran in ("interval", "week"):
        a, b = value.split("/")
        return a, b
    if gran == "month":
        y, m = int(value[:4]), int(value[5:7])
        return f"{value}-01", f"{value}-{calendar.monthrange(y, m)[1]:02d}"
    if gran == "year":
        return f"{value}-01-01", f"{value}-12-31"
    return None, None


def _value(d: dt.date, unit: str) -> str:
    if unit == "year":
        return f"{d.year:04d}"
    if unit == "month":
        return f"{d.year:04d}-{d.month:02d}"
    if unit == "week":  # as the interval of its days, Monday to Sunday
        mon = d - dt.timedelta(days=d.weekday())
        return f"{mon.isoformat()}/{(mon + dt.timedelta(days=6)).isoformat()}"
    return d.isoformat()


def _shift(base: dt.date, unit: str, off: int) -> dt.date:
    if unit == "day":
        return base + dt.timedelta(days=off)
    if unit == "week":
        return base + dt.timedelta(weeks=off)
    if unit == "month":
        m = base.month - 1 + off
        return dt.date(base.year + m // 12, m % 12 + 1, 1)
    return dt.date(base.year + off, 1, 1)


def _prefer(tense: Optional[str]) -> str:
    return {"past": "past", "future": "future"}.get(tense or "", "current_period")


def _safe_date(y: int, m: int, d: int) -> Optional[dt.date]:
    try:
        return dt.date(y, m, d)
    except ValueError:
        return None


class _Resolver:
    def __init__(self, lang: str, base: Optional[dt.date]):
        self.lang, self.base, self.lex = lang, base, lexicon(lang)
        self.anchor_year: Optional[int] = None  # year of the last full date in an undated article
        self.last_year: Optional[int] = None  # year of the last time written with its year
        self.year_told: Optional[tuple[int, int]] = None  # end offset and value of the last year written alone

    def month_no(self, form: str) -> int:
        return int(self.lex.get("month", form))

    def month_name(self, form: str) -> str:
        return self.lex.canonical["month"][self.month_no(form)]

    def year_of(self, m: re.Match) -> Optional[int]:
        gd = m.groupdict()
        if gd.get("y"):
            return int(gd["y"])
        if gd.get("ry") and self.lex.get("relyear", gd["ry"]) == "same":
            return self.last_year  # "у жовтні того ж року": the year the text named last
        if gd.get("ry") and self.base:
            return self.base.year + int(self.lex.get("relyear", gd["ry"]))
        if self.base is None and self.anchor_year is not None and gd.get("d1") and not gd.get("ry"):
            return self.anchor_year  # undated article: "12 июня" after "13 июня 2018 года" is in 2018
        return None

    def day(self, dnum: int, mform: str, year: Optional[int], tense: Optional[str]) -> Optional[dt.date]:
        name = self.month_name(mform)
        if year is not None:
            r = parse_core(self.lang, f"{dnum} {name} {year}", None)
            return r[0] if r else _safe_date(year, self.month_no(mform), dnum)
        if self.base is None:
            return None
        r = parse_core(self.lang, f"{dnum} {name}", self.base, _prefer(tense))
        return r[0] if r else _safe_date(self.base.year, self.month_no(mform), dnum)

    def month(self, mform: str, year: Optional[int], tense: Optional[str]) -> Optional[str]:
        name = self.month_name(mform)
        if year is not None:
            r = parse_core(self.lang, f"{name} {year}", None)
            return _value(r[0], "month") if r else f"{year:04d}-{self.month_no(mform):02d}"
        if self.base is None:
            return None
        if self.month_no(mform) == self.base.month:
            return f"{self.base.year:04d}-{self.base.month:02d}"  # "в декабре" in December: this one, past or ahead
        r = parse_core(self.lang, name, self.base, _prefer(tense))
        if r:
            return _value(r[0], "month")
        mn, y = self.month_no(mform), self.base.year
        if tense == "past" and mn > self.base.month:
            y -= 1
        elif tense == "future" and mn < self.base.month:
            y += 1
        return f"{y:04d}-{mn:02d}"

    def relative(self, phrase: str) -> tuple[Optional[str], str]:
        unit, off = self.lex.get("relative", phrase).split(":")
        if self.base is None:
            return None, unit
        core = re.sub(r"[\s\u00a0]+", " ", phrase.strip())
        r = parse_core(self.lang, core, self.base, "current_period", True)
        if r and (unit != "day" or r[1] in ("day", "time")):
            d = r[0]
        else:
            d = _shift(self.base, unit, int(off))
        return _value(d, unit), unit

    def season(self, form: str, tense: Optional[str]) -> Optional[str]:
        """The year of the season: its first month is the lexicon's value (winter runs into the next year and is
        the publication year's). Ahead in the future tense once this year's is over, back in the past tense
        while this year's has not begun."""
        if self.base is None:
            return None
        first = int(self.lex.get("season", form))
        last = first + 2
        year = self.base.year
        if first <= 12 < last:
            return str(year)
        if tense == "future" and self.base.month > last:
            year += 1
        elif tense == "past" and self.base.month < first:
            year -= 1
        return str(year)

    def weekday(self, wform: str, shift: Optional[str], tense: Optional[str]) -> Optional[str]:
        if self.base is None:
            return None
        wd = int(self.lex.get("weekday", wform))
        direction = (self.lex.get("weekshift", shift) if shift else None) or tense or "past"
        if direction == "present":
            direction = "past"
        if shift and direction == "future":  # "next Thursday", "наступного четверга": in the next week
            monday = self.base - dt.timedelta(days=self.base.weekday()) + dt.timedelta(weeks=1)
            return (monday + dt.timedelta(days=wd)).isoformat()
        if wd == self.base.weekday() and direction in ("past", "future") and not shift:
            return self.base.isoformat()  # "said on / will meet on Wednesday" in a Wednesday paper: that day
        r = parse_core(self.lang, self.lex.canonical["weekday"][wd], self.base, _prefer(direction))
        if r and r[0].weekday() == wd:
            return r[0].isoformat()
        delta = (self.base.weekday() - wd) % 7 or 7
        d = self.base - dt.timedelta(days=delta) if direction != "future" else \
            self.base + dt.timedelta(days=(wd - self.base.weekday()) % 7 or 7)
        return d.isoformat()


# -- extraction ----------------------------------------------------------------------------------
def publication_date(document: Document) -> Optional[dt.date]:
    """The article's date: its metadata/header date, else a dateline ("OTTAWA, 12 November 2026 —")."""
    if document.published:
        try:
            return dt.date.fromisoformat(document.published[:10])
        except ValueError:
            return None
    d = dateline(document)
    return dt.date.fromisoformat(d) if d else None


_DATELINE_HEAD = re.compile(r"^[ \t\u00a0]*(?:[A-ZА-ЯІЇЄҐ][\w'’.\- \u00a0]{0,40},[ \t\u00a0]*)?$")
# after the date: a dash or colon, or the agency between slashes or in brackets ("… 2027 /Волинь-прес/.", "… 2026 года.
# /ТАСС/.", "… 2026 (Reuters) -")
_DATELINE_TAIL = re.compile(r"[ \t\u00a0]*(?:[\u2014\u2013\-:]|\.?[ \t\u00a0]*/[^/\n]{2,40}/|\([^()\n]{2,40}\)[ \t\u00a0]*[\u2014\u2013\-])")


def dateline(document: Document) -> Optional[str]:
    """ISO date of a dateline opening the body: a full date with its year near the start of a line,
    followed by a dash ("ЛУЦЬК, 17 березня 2026 —", "RIGA, 5 February 2026 —"); None if there is none."""
    text, lang = document.text, document.lang or "en"
    if lang not in ("uk", "ru", "en"):
        return None
    head = text[:600]
    res = _Resolver(lang, None)
    for s, e, kind, m in _candidates(head, lang):
        if kind not in ("day", "numeric") or not m.groupdict().get("y") and not m.groupdict().get("iy"):
            continue
        line_start = head.rfind("\n", 0, s) + 1
        if not _DATELINE_HEAD.match(head[line_start:s]) or not _DATELINE_TAIL.match(head, e):
            continue
        if any(hs <= s < he for hs, he in document.header_spans or []):
            continue
        gd = m.groupdict()
        if kind == "numeric":
            d = _safe_date(int(gd["iy"]), int(gd["imn"]), int(gd["id"])) if gd.get("iy") else \
                _safe_date(int(gd["y"]), int(gd["mn"]), int(gd["d1"]))
        else:
            d = res.day(int(gd["d1"]), gd["m1"], int(gd["y"]), None)
        if d:
            return d.isoformat()
    return None


def _candidates(text: str, lang: str) -> list[tuple[int, int, str, re.Match]]:
    L = lexicon(lang)
    found = []
    for prio, (kind, pat) in enumerate(_patterns(lang)):
        for m in pat.finditer(text):
            if m.end() == m.start():
                continue
            if lang == "en" and not _en_capitalised(m):
                continue
            if kind == "weekdays" and (int(L.get("weekday", m.group("wd2"))) - int(L.get("weekday", m.group("wd")))) % 7 != 1:
                continue  # "в понедельник и четверг": two days apart, each its own
            if kind in ("weekday", "weekdays") and lang in ("uk", "ru") and not (m.group("prep") or m.groupdict().get("shift")):
                continue  # bare "середа"/"среда" is mostly the noun, not the weekday
            if lang in ("uk", "ru") and re.fullmatch(r"[А-ЯІЇЄҐ][а-яіїєґё']+", m.group(0)) \
                    and L.get("month", m.group(0)) is not None \
                    and re.match(r"\s+[А-ЯІЇЄҐ][а-яіїєґё']", text[m.end():]):
                continue  # "Марта Озола", "Августа Кім": a capitalised month word before a capitalised word is a name
            found.append((m.start(), m.end(), kind, m, prio))
    found.sort(key=lambda c: (-(c[1] - c[0]), c[4], c[0]))
    taken: list[tuple[int, int, str, re.Match]] = []
    for s, e, kind, m, _p in found:
        if any(s < te and ts < e for ts, te, _k, _m in taken):
            continue
        taken.append((s, e, kind, m))
    taken.sort(key=lambda c: c[0])
    return [c for c in taken if c[2] != "daypart" or not _day_named_beside(text, c, taken)]


def spans(text: str, lang: str) -> list[tuple[int, int]]:
    """Character spans of the time expressions written in ``text`` (found, not resolved)."""
    return [(s, e) for s, e, _k, _m in _candidates(text, lang)]


_DAYPART_REACH = 25  # characters after a time of the day to a weekday or date that names its day


def _day_named_beside(text: str, part: tuple, taken: list) -> bool:
    """A time of the day whose day the sentence names: before it ("у вівторок …, а ввечері") or right after it
    ("вечером в субботу"); the named day decides."""
    s, e = part[0], part[1]
    lo = max(text.rfind(p, 0, s) for p in ".!?\n") + 1
    header = HEADER.match(text, lo)
    if header is not None and header.end() <= s:
        lo = header.end()  # " date 2026-02-04 Уночі …": the dateline is a sentence of its own
    for ts, te, kind, _m in taken:
        if kind in ("daypart", "clock", "vague") or (ts, te) == (s, e):
            continue
        if lo <= ts < s or (e <= ts <= e + _DAYPART_REACH and not re.search(r"[.!?\n]", text[e:ts])):
            return True
    return False


def _en_capitalised(m: re.Match) -> bool:
    for g in ("m1", "m2", "wd"):
        v = m.groupdict().get(g)
        if v and not v[0].isupper():
            return False
    return True


def _token_at(doc: Doc, char: int) -> Optional[int]:
    span = doc.char_span(char, char + 1, alignment_mode="expand")
    return span.start if span is not None and len(span) else None


def _tense_at(doc: Doc, char: int, lang: str) -> Optional[str]:
    i = _token_at(doc, char)
    if i is None:
        return None
    ahead = lexicon(lang).entries.get("ahead", {})
    if ahead:
        a, b = morph.clause_tokens(doc[i].sent, i)
        if any(doc[k].lower_ in ahead for k in range(a, b)):
            return "future"  # "засідання призначене на 3 травня": a date something is scheduled for lies ahead
    if lang in ("uk", "ru") and _infinitive_governs(doc, i, lang):
        return "future"  # "согласился приехать в Литву в октябре": the visit to come, not the agreeing
    return morph.governing_tense(doc, i, lang)


def _readied(doc: Doc, char: int, lang: str) -> bool:
    """A noun of preparing stands right before the month's adjective ("подготовке июльского саммита", "підготовки
    до липневого саміту"), a preposition between them allowed."""
    i = _token_at(doc, char)
    readying = lexicon(lang).entries.get("readying", {})
    if i is None or not readying:
        return False
    k = i - 1
    if k >= 0 and doc[k].pos_ == "ADP":
        k -= 1
    return k >= 0 and doc[k].lower_ in readying


def _infinitive_governs(doc: Doc, i: int, lang: str) -> bool:
    """An infinitive is the verb nearest the time expression in its clause (nearer than any finite verb)."""
    a, b = morph.clause_tokens(doc[i].sent, i)
    achieved = lexicon(lang).entries.get("achieved", {})
    best_inf = best_fin = None
    for k in range(a, b):
        # (at equal distance the infinitive after the time wins: "пообещал весной посетить")
        d = abs(k - i) * 2 - (1 if k > i else 0)
        ps = morph.parses(lang, doc[k].lower_)
        if ps and {"INFN", "infn"} & set(ps[0][2]):  # the dictionary's reading: the tagger sometimes calls a past verb one
            if k > a and doc[k - 1].lower_ in achieved:
                continue  # "смог посетить Китай в мае": done, not to come
            best_inf = d if best_inf is None else min(best_inf, d)
        elif morph.tense(doc[k], lang) is not None:
            best_fin = d + 1 if best_fin is None else min(best_fin, d + 1)
    return best_inf is not None and (best_fin is None or best_inf < best_fin)


def extract(doc: Doc, document: Document) -> list[TimeExpr]:
    text = document.text
    lang = document.lang or "en"
    if lang not in ("uk", "ru", "en"):
        return []
    base = publication_date(document)
    res = _Resolver(lang, base)
    skip = list(document.header_spans or [])
    out: list[TimeExpr] = []
    counted: set[int] = set()
    for s, e, kind, m in _candidates(text, lang):
        if any(hs <= s < he for hs, he in skip):
            continue
        if kind == "anchored":  # counted from written dates only, not from another counted day
            te = _anchored(doc, text, s, e, m, res, [t for t in out if id(t) not in counted], lang)
            counted.add(id(te))
        else:
            te = _resolve(doc, text, s, e, kind, m, res, lang)
        if te is not None:
            out.append(te)
            if te.value and (m.groupdict().get("y") or m.groupdict().get("iy")):
                res.last_year = int(te.value[:4])
                res.year_told = (e, res.last_year) if te.granularity == "year" else None
            if te.value and te.granularity in ("day", "interval", "datetime") and (
                    m.groupdict().get("y") or m.groupdict().get("iy")):
                res.anchor_year = int(te.value[:4])  # only a full written date anchors later day-months
    return _attach_clock(out, base, text)


def outside_names(times: list[TimeExpr], names: list[tuple[int, int]]) -> list[TimeExpr]:
    """Time words inside a longer name of a body or place are part of that name, not a time ("партия «Европа
    завтра!»", "вулиця 9 Травня")."""
    return [t for t in times if not any(s <= t.start and t.end <= e and e - s > t.end - t.start for s, e in names)]


_ANCHOR_REACH = 400  # characters back to the date a "day before/after" phrase counts from


def _ahead_of_a_past_clause(doc: Doc, s: int, t: TimeExpr, res: "_Resolver", lang: str) -> bool:
    """"Суд продолжит слушания 9 мая. В тот же день X встретился с Y": a day after publication
    is not the day of what the clause at ``s`` tells as done."""
    if not (res.base and t.interval_start and t.interval_start > res.base.isoformat()[:10]):
        return False
    return _tense_at(doc, s, lang) == "past"


def _anchored(doc: Doc, text: str, s: int, e: int, m: re.Match, res: _Resolver, before: list[TimeExpr],
              lang: str) -> Optional[TimeExpr]:
    """``накануне``, ``днем ранее``, ``наступного дня``, ``a day earlier``: a day counted from the
    last day-date written shortly before (the occasion the text is telling of); for the ``pub``
    forms (``накануне``, ``напередодні``) with no such date, from the publication date. Followed by
    a genitive (``накануне визита``, ``напередодні зустрічі``) it is the eve of that, not a date."""
    te = TimeExpr(text=text[s:e], start=s, end=e, granularity="vague")
    anchor, days = res.lex.anchor(m.group("anch"))
    if anchor == "same":
        # "тогда": the time told just before, whatever its precision; no time word without one
        same = next((t for t in reversed(before) if t.value and t.granularity in ("day", "datetime", "month", "year", "interval")
                     and s - t.end <= _ANCHOR_REACH and not _ahead_of_a_past_clause(doc, s, t, res, lang)), None)
        if same is None:
            return None
        te.value, te.granularity, te.modifier = same.value, same.granularity, same.modifier
        te.interval_start, te.interval_end = same.interval_start, same.interval_end
        return te
    if _genitive_follows(doc, e, lang):
        return te
    prior = next((t for t in reversed(before) if t.granularity == "day" and t.value and s - t.end <= _ANCHOR_REACH
                  and not _ahead_of_a_past_clause(doc, s, t, res, lang)), None)
    if prior is None and anchor == "prior" and int(days) == 0:
        # "цього самого дня" far from any date: the day told last, however far back (the article's one day)
        relative = re.compile(rf"(?:{res.lex.alt('relative')})", re.IGNORECASE)
        prior = next((t for t in reversed(before) if t.granularity == "day" and t.value
                      and not relative.fullmatch(t.text) and not _ahead_of_a_past_clause(doc, s, t, res, lang)), None)
        # (a date or a weekday the text gives, not "сьогодні" said in a quote)
    base = None
    if prior is not None:
        base = dt.date.fromisoformat(prior.value[:10])
    elif anchor == "pub":
        base = res.base
    if base is None:
        return te
    d = base + dt.timedelta(days=int(days))
    te.value, te.granularity = d.isoformat(), "day"
    te.interval_start, te.interval_end = _bounds(te.value, "day")
    return te


def _genitive_follows(doc: Doc, end: int, lang: str) -> bool:
    """The next word is a noun/adjective that can be genitive and not nominative ("накануне визита")."""
    if lang not in ("uk", "ru"):
        nxt = re.match(r"[\s\u00a0]*(of)\b", doc_text(doc)[end:end + 6], re.IGNORECASE)
        return nxt is not None
    i = _token_at(doc, end + 1) if end + 1 < len(doc_text(doc)) else None
    if i is None or doc[i].idx < end or not doc[i].text[:1].isalpha():
        return False
    tok = doc[i]
    while i + 2 < len(doc) and doc[i + 1].text in ("-", "‐") and not tok.whitespace_ and not doc[i + 1].whitespace_:
        i += 2  # "накануне премьер-министр …": a compound's case is its last part's
        tok = doc[i]
    if tok.pos_ == "ADP" or any(pos == "PREP" for _nf, pos, _g, _k in morph.parses(lang, tok.text.lower())):
        return False  # "прибывший накануне в Ригу": a preposition, not the eve of something
    if tok.ent_type_ == "PER":
        return False  # "Накануне Рамафоса сказал": a person's name, the subject (whatever case its ending reads as)
    if morph.can_be_genitive_not_nominative(tok.text, lang):
        return True  # "накануне визита"
    if "Gen" not in morph.cases(tok, lang) or morph.is_verb(tok, lang):
        return False
    # "напередодні зустрічі Туск заявив" (genitive) vs "напередодні війська атакували" (the
    # nominative plural subject of a plural verb)
    nxt = doc[i + 1] if i + 1 < len(doc) else None
    plural = nxt is not None and morph.is_verb(nxt, lang) and ("Plur" in nxt.morph.get("Number") or any(
        pos == "VERB" and "plur" in gram for _nf, pos, gram, _k in morph.parses(lang, nxt.text.lower())))
    return not plural


def _resolve(doc: Doc, text: str, s: int, e: int, kind: str, m: re.Match, res: _Resolver,
             lang: str) -> Optional[TimeExpr]:
    gd = m.groupdict()
    mod = res.lex.get("modifier", gd["mod"]) if gd.get("mod") else None
    te = TimeExpr(text=text[s:e], start=s, end=e, modifier=mod or None)
    needs_tense = kind in ("weekday", "weekdays", "wdrange", "month", "day", "interval", "wdadj", "monadj") and not gd.get("y")
    tense = _tense_at(doc, s, lang) if needs_tense else None
    value, gran = None, None
    if kind == "interval":
        year = res.year_of(m)
        m_end = gd.get("m2") or gd["m1"]
        b = res.day(int(gd["d2"]), m_end, year, tense)
        a = res.day(int(gd["d1"]), gd.get("m1") or m_end, year if year or not b else b.year, tense)
        if year is None and res.base is not None:
            a0 = _safe_date(res.base.year, res.month_no(gd.get("m1") or m_end), int(gd["d1"]))
            b0 = _safe_date(res.base.year, res.month_no(m_end), int(gd["d2"]))
            if a0 and b0 and a0 <= res.base <= b0:
                a, b = a0, b0  # "находясь 8–9 марта на саммите" in a paper of 8 March: these days, now
        if a and b:
            if b < a:  # "30 декабря – 2 января 2026 года": the year is the end's
                a = _safe_date(a.year - 1, a.month, a.day) or a
            value, gran = f"{a.isoformat()}/{b.isoformat()}", "interval"
        else:
            gran = "interval"
    elif kind == "day":
        d = res.day(int(gd["d1"]), gd["m1"], res.year_of(m), tense)
        value, gran = (d.isoformat() if d else None), "day"
    elif kind == "numeric":
        if gd.get("iy"):
            d = _safe_date(int(gd["iy"]), int(gd["imn"]), int(gd["id"]))
        else:
            d = _safe_date(int(gd["y"]), int(gd["mn"]), int(gd["d1"]))
        if d is None:
            return None
        value, gran = d.isoformat(), "day"
    elif kind == "month":
        year = res.year_of(m)
        if year is None and res.year_told is not None and res.year_told[0] <= s <= res.year_told[0] + 3 \
                and not text[res.year_told[0]:s].strip(" ,\u00a0"):
            year = res.year_told[1]  # "весной 2018 года, в апреле": the month of the year just written
        value, gran = res.month(gd["m1"], year, tense), "month"
    elif kind == "year":
        r = parse_core(lang, gd["y"], None)
        value, gran = (f"{r[0].year:04d}" if r else gd["y"]), "year"
    elif kind in ("relative", "modperiod"):
        if gd.get("rel"):
            value, gran = res.relative(gd["rel"])
        else:
            gran = res.lex.get("period", gd["per"])
            value = _value(res.base, gran) if res.base else None
    elif kind == "weekdays":  # "во вторник и среду": two days running are one interval, else the first day
        a, b = res.weekday(gd["wd"], None, tense), res.weekday(gd["wd2"], None, tense)
        if a and b and (dt.date.fromisoformat(b) - dt.date.fromisoformat(a)).days == 1:
            value, gran = f"{a}/{b}", "interval"
        else:
            value, gran = a, "day"
    elif kind == "wdrange":  # the first day as a weekday alone is, the last the next such day after it
        a = res.weekday(gd["wd"], None, tense)
        if a:
            days = (int(res.lex.get("weekday", gd["wd2"])) - int(res.lex.get("weekday", gd["wd"]))) % 7
            b = (dt.date.fromisoformat(a) + dt.timedelta(days=days)).isoformat()
            value, gran = f"{a}/{b}", "interval"
        else:
            gran = "interval"
    elif kind == "weekday":
        value, gran = res.weekday(gd["wd"], gd.get("shift"), tense), "day"
    elif kind == "wdadj":
        wd = int(res.lex.get("wdadj", gd["wdadj"]))
        value, gran = res.weekday(res.lex.canonical["weekday"][wd], None, tense), "day"
    elif kind == "monadj":
        if text[s].isupper() and text[:s].rstrip(" \u00a0")[-1:] not in ("", ".", "!", "?", "\n", "«", '"'):
            return None  # "Октябрьский район": a name, no month
        if _readied(doc, s, lang):
            tense = "future"  # "подготовке августовского конгресса": the congress being prepared lies ahead
        value, gran = res.month(res.lex.canonical["month"][int(res.lex.get("monadj", gd["monadj"]))], None, tense), "month"
    elif kind == "daypart":
        value, gran = (res.base.isoformat() if res.base else None), "day"
    elif kind == "vague":
        gran = "vague"
    elif kind == "season":  # "восени", "летом": that season's year, the next one ahead or the last one gone
        value = res.season(gd["season"], _tense_at(doc, s, lang))
        gran = "year" if value else None
    elif kind == "clock":
        te.value = f"{int(gd['hh']):02d}:{gd['mi']}"  # provisional, completed by _attach_clock
        te.granularity = "clock"
        return te
    te.value, te.granularity = value, gran
    if value:
        te.interval_start, te.interval_end = _bounds(value, gran)
    return te


def _attach_clock(times: list[TimeExpr], base: Optional[dt.date], text: str) -> list[TimeExpr]:
    """Clock times join the date right before them ("17 березня 2026 о 10:30"); alone they take the
    publication date, or stay unresolved without one."""
    out: list[TimeExpr] = []
    for t in times:
        if t.granularity != "clock":
            out.append(t)
            continue
        hhmm = t.value
        prev = out[-1] if out else None
        gap = text[prev.end:t.start] if prev is not None else ""
        if prev is not None and prev.granularity == "day" and 0 <= t.start - prev.end <= 12 \
                and len(gap.strip(" ,\u00a0").split()) <= 1 and not any(ch.isdigit() or ch in ".;!?\n" for ch in gap):
            # "17 березня о 10:30", "вчора близько 07:30": one short word may stand between
            out[-1] = TimeExpr(text=text[prev.start:t.end], start=prev.start, end=t.end,
                               value=f"{prev.value}T{hhmm}" if prev.value else None, granularity="datetime",
                               modifier=prev.modifier, interval_start=prev.interval_start,
                               interval_end=prev.interval_end)
            continue
        t.granularity = "datetime"
        t.value = f"{base.isoformat()}T{hhmm}" if base else None
        t.interval_start = t.interval_end = base.isoformat() if base else None
        out.append(t)
    return out


# -- helpers for the statement and event extractors ----------------------------------------------
def within(times: list[TimeExpr], start: int, end: int) -> list[TimeExpr]:
    """Time expressions lying inside [start, end)."""
    return [t for t in times if t.start >= start and t.end <= end]


def nearest(times: list[TimeExpr], start: int, end: int, lo: int, hi: int) -> Optional[TimeExpr]:
    """The time expression inside [lo, hi) (e.g. a sentence) closest to the span [start, end)."""
    best, best_d = None, None
    for t in within(times, lo, hi):
        d = t.start - end if t.start >= end else (start - t.end if t.end <= start else 0)
        if best_d is None or d < best_d:
            best, best_d = t, d
    return best
