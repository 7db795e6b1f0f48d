"""Reading documents: plain-text files and folders, stdin, JSON Lines.

Everything that can go wrong with one input becomes a ``ReadError`` (one line naming the file,
and line for JSONL, and the problem); the other inputs go on.

Text files may carry a header the way scraped articles do; it is recognised by pattern:
- a leading ``date YYYY-MM-DD`` (also inline before the first sentence), or a first/second line
  that is only a date (``05/08/2008 10:35``, ``4 лютого 2026``) -> published;
- a ``Источник: …`` / ``Джерело: …`` / ``Source: …`` line -> publisher;
- a short first line followed by more text -> title.
The text itself is never changed: offsets refer to it exactly as read.
Legacy encodings (cp1251, koi8-r, …) are detected by charset-normalizer.
"""
from __future__ import annotations

import hashlib
import json
import re
import sys
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Optional, Union

from kg.records import SUPPORTED_LANGS, Document

TEXT_SUFFIXES = {".txt", ".text", ".md", ""}
JSONL_SUFFIXES = {".jsonl", ".ndjson"}
KNOWN_KEYS = {"id", "url", "title", "published", "publisher", "lang", "text"}

_DATE_PREFIX = re.compile(r"\A\s*(?:date|дата|published|опубліковано|опубликовано)\s*:?\s*(\d{4}-\d{2}-\d{2})\b",
                          re.IGNORECASE)
_SOURCE_LINE = re.compile(r"^[ \t\u00a0]*(?:Источник|Джерело|Source|Джерела|Sources)[ \t\u00a0]*:[ \t\u00a0]*(\S[^\n]*?)[ \t\u00a0]*$",
                          re.IGNORECASE | re.MULTILINE)
_DATE_ONLY_LINE = re.compile(r"^[\s\u00a0]*[\d./:\- ,]*\d[\w\d./:\- ,]*$")
_ISO_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}")
_DATELINE_CITY = re.compile(r"^[ \t\u00a0]*([A-ZА-ЯІЇЄҐ][A-ZА-ЯІЇЄҐ'’\-]+(?:[ \u00a0][A-ZА-ЯІЇЄҐ][A-ZА-ЯІЇЄҐ'’\-]+)?),[ \t\u00a0]+\d{1,2}[ \t\u00a0]",
                            re.MULTILINE)
# "Город. 5 февраля. АГЕНТСТВО -": the city written as a name, the agency in capitals after the date
_DATELINE_CITY_DOTTED = re.compile(r"^[ \t\u00a0]*([A-ZА-ЯІЇЄҐ][\w'’\-]+(?:[ \u00a0][A-ZА-ЯІЇЄҐ][\w'’\-]+)?)\.[ \t\u00a0]+"
                                   r"\d{1,2}[ \t\u00a0]+\w+\.[ \t\u00a0]+[A-ZА-ЯІЇЄҐ\-]{3,}[ \t\u00a0]*[\-\u2013\u2014]",
                                   re.MULTILINE)
_DATELINE_AGENCY = re.compile(r"[ \t\u00a0]*[^\W\d][^\n,]{0,40},[ \t\u00a0]+\d{1,2}[ \t\u00a0]+\w+\.?[ \t\u00a0]*"
                              r"/[ \t\u00a0]*([^/\n]{2,40}?)[ \t\u00a0]*/")
# a dateline with its year opening a body line: "Тула. 5 марта 2026 г. АГЕНТСТВО - …", "КИЇВ, 3 березня 2027 року –"
_DATELINE_WITH_YEAR = re.compile(r"[ \t\u00a0]*[A-ZА-ЯІЇЄҐ][\w'’\-]+(?:[ \u00a0][A-ZА-ЯІЇЄҐ][\w'’\-]+)?[,.][ \t\u00a0]+"
                                 r"(\d{1,2}[ \t\u00a0]+[^\W\d]+\.?[ \t\u00a0]+\d{4})(?=[ \t\u00a0,.]|$)")
# the label a date line may open with ("Опубліковано 3 грудня 2026 року о 08:45", "Updated: …")
_DATE_LABEL = re.compile(r"^[\s\u00a0]*(?:опубліковано|опубликовано|оновлено|обновлено|published|updated|posted|"
                         r"дата(?:[\s\u00a0]+(?:публікації|публикации))?|date)[\s\u00a0]*:?[\s\u00a0]*", re.IGNORECASE)


@dataclass
class ReadError:
    source: str  # file (and line)
    reason: str

    def __str__(self) -> str:
        return f"{self.source}: {self.reason}"


Item = Union[Document, ReadError]


# -- decoding ---------------------------------------------------------------------------------
def decode(data: bytes) -> str:
    """Bytes -> text. UTF-8 first (offsets are defined on it); else a legacy encoding detected by
    charset-normalizer. Raises ValueError with the reason."""
    if not data.strip():
        raise ValueError("empty file")
    if b"\x00" in data[:4096] and not data.startswith((b"\xff\xfe", b"\xfe\xff")):
        raise ValueError("binary file (NUL bytes), not text")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    from charset_normalizer import from_bytes

    best = from_bytes(data, cp_isolation=None).best()
    if best is None:
        raise ValueError("undecodable bytes: not UTF-8 and no legacy encoding fits")
    text = str(best)
    if _looks_binary(text):
        raise ValueError(f"binary or undecodable content (best guess {best.encoding})")
    return text


def _looks_binary(text: str) -> bool:
    sample = text[:4000]
    if not sample:
        return True
    bad = sum(1 for c in sample if (ord(c) < 32 and c not in "\t\n\r\f") or 0xE000 <= ord(c) <= 0xF8FF or c == "\ufffd")
    letters = sum(1 for c in sample if c.isalpha())
    return bad / len(sample) > 0.02 or letters / len(sample) < 0.3


# -- identity -----------------------------------------------------------------------------------
def content_id(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:16]


# -- headers ------------------------------------------------------------------------------------
def parse_header(doc: Document) -> Document:
    """Fill published/publisher/title from the text's header lines where the document lacks them."""
    text = doc.text
    m = _DATE_PREFIX.match(text)
    body_from = 0
    if m:
        doc.header_spans.append((m.start(), m.end()))
        if not doc.published:
            doc.published = m.group(1)
        body_from = m.end()
    src = _SOURCE_LINE.search(text)
    if src:
        doc.header_spans.append((src.start(), src.end()))
        if not doc.publisher:
            doc.publisher = src.group(1).strip().rstrip(".")
            doc.publisher_span = (src.start(1), src.start(1) + len(doc.publisher))
    lines = _lines(text, body_from)
    if not doc.publisher:
        # a news agency's dateline opening the body: "ЛЬВІВ, 3 березня. /Вісті Заходу/.", "ЖЕНЕВА, 3 марта /Новое агентство/"
        for start, end in lines[:4]:
            dl = _DATELINE_AGENCY.match(text, start, end)
            if dl:
                doc.publisher = dl.group(1).strip()
                doc.publisher_span = (dl.start(1), dl.start(1) + len(doc.publisher))
                break
    # a line of its own that is only a date (dateline), among the header lines (title, lead, source line)
    if not doc.published:
        for start, end in lines[:_HEADER_LINES]:
            if len(text[start:end].split()) > _LEAD_WORDS:
                break  # the body has begun
            value = next(filter(None, (_date_of_header_part(part, doc.lang)
                                       for part in _HEADER_PARTS.split(text[start:end]))), None)
            if value:
                doc.published = value
                doc.header_spans.append((start, end))
                break
    if not doc.published:
        for start, end in lines[:_HEADER_LINES]:
            dl = _DATELINE_WITH_YEAR.match(text, start, end)
            value = _parse_date_line(dl.group(1), doc.lang) if dl else None
            if value:
                doc.published = value  # (the dateline stays part of the body: its place may be an event's)
                break
    if not doc.title and not m and len(lines) >= 2:
        start, end = lines[0]
        first = text[start:end].strip()
        if 0 < len(first.split()) <= 25 and len(first) <= 250 and not first.endswith((".", ":", ";", ",")) \
                and not _SOURCE_LINE.match(first):
            doc.title = first
            offset = text.index(first, start)
            doc.title_span = (offset, offset + len(first))
    return doc


_HEADER_LINES = 5  # title, a lead line, a source line, a date line
# parts of one header line ("Опубліковано 3.05.2026 о 10:15 | Оновлено …", "Політика · 3 травня 2026"): the
# first part that is a date is the publication date
_HEADER_PARTS = re.compile(r"[ \t\u00a0]+[|·•][ \t\u00a0]+")
_BRACKETED = re.compile(r"\s*\([^()\n]*\)")


def _date_of_header_part(line: str, lang: Optional[str]) -> Optional[str]:
    """The date a header line (or one part of it) gives, with or without its label; None if it is no date.
    A remark in brackets ("3 марта 2026, 09:10 (обновлено: 11:05)") is left out."""
    line = _BRACKETED.sub(" ", line).strip()
    label = _DATE_LABEL.match(line)
    if label and label.end() < len(line):
        line = line[label.end():]
    if _DATE_ONLY_LINE.match(line) or (len(line.split()) <= 6 and re.search(r"\d{4}", line)
                                       and not re.search(r"[.!?]\s*$", line.strip())):
        return _parse_date_line(line, lang)
    return None
_LEAD_WORDS = 40  # a longer line is the body's first paragraph


def dateline_city(text: str) -> Optional[str]:
    """The place name in capitals of a dateline opening the body ("ЖЕНЕВА, 5 февраля. …"), as written; else None."""
    m = _DATELINE_CITY.search(text[:800]) or _DATELINE_CITY_DOTTED.search(text[:800])
    return m.group(1) if m else None


def _lines(text: str, offset: int = 0) -> list[tuple[int, int]]:
    out = []
    for mm in re.finditer(r"[^\n]+", text[offset:]):
        if mm.group().strip():
            out.append((offset + mm.start(), offset + mm.end()))
    return out


def _parse_date_line(line: str, lang: Optional[str]) -> Optional[str]:
    line = line.strip()
    if _ISO_DATE.match(line):
        return line[:10]
    import dateparser

    settings = {"DATE_ORDER": "DMY", "PREFER_DAY_OF_MONTH": "first", "REQUIRE_PARTS": ["day", "month", "year"]}
    # the article's language is not known yet when its header is read: the languages newskg reads
    # (all of dateparser's ~200 locales would cost seconds per process and risk odd readings)
    langs = [lang] if lang else list(SUPPORTED_LANGS)
    try:
        value = dateparser.parse(line, languages=langs, settings=settings)
    except Exception:
        value = None
    return value.date().isoformat() if value else None


def normalise_date(value: Optional[str], source: str) -> Optional[str]:
    """A user/JSONL supplied publication date -> ISO date; raises ValueError if unreadable."""
    if value is None or value == "":
        return None
    if _ISO_DATE.match(str(value)):
        return str(value)[:10]
    parsed = _parse_date_line(str(value), None)
    if not parsed:
        raise ValueError(f"unreadable publication date {value!r}")
    return parsed


# -- readers ------------------------------------------------------------------------------------
def iter_files(paths: Iterable[str]) -> Iterator[Union[Path, str, ReadError]]:
    for p in paths:
        if p == "-":
            yield "-"
            continue
        path = Path(p)
        if path.is_dir():
            for f in sorted(path.rglob("*")):
                if f.is_file() and not any(part.startswith(".") for part in f.relative_to(path).parts) \
                        and f.suffix.lower() in TEXT_SUFFIXES | JSONL_SUFFIXES:
                    yield f
        elif path.is_file():
            yield path
        else:
            yield ReadError(str(p), "no such file or directory")


def read_text(data: bytes, source: str, *, lang: Optional[str] = None, published: Optional[str] = None,
              publisher: Optional[str] = None) -> Document:
    text = decode(data)
    doc = Document(id=content_id(text), text=text, source=source, lang=lang, published=published,
                   publisher=publisher)
    return parse_header(doc)


def read_jsonl(data: bytes, source: str, *, lang: Optional[str] = None, published: Optional[str] = None,
               publisher: Optional[str] = None) -> Iterator[Item]:
    try:
        text = decode(data)
    except ValueError as exc:
        yield ReadError(source, str(exc))
        return
    for n, line in enumerate(text.splitlines(), start=1):
        where = f"{source}:{n}"
        if not line.strip():
            continue
        try:
            obj = json.loads(line)
        except json.JSONDecodeError as exc:
            yield ReadError(where, f"malformed JSON ({exc.msg} at column {exc.colno})")
            continue
        if not isinstance(obj, dict):
            yield ReadError(where, "a JSON object per line is expected")
            continue
        body = obj.get("text")
        if not isinstance(body, str) or not body.strip():
            yield ReadError(where, "no 'text' (or it is empty)")
            continue
        try:
            pub = normalise_date(obj.get("published"), where) or published
        except ValueError as exc:
            yield ReadError(where, str(exc))
            continue
        url = obj.get("url") or None
        doc = Document(
            id=str(url) if url else (str(obj["id"]) if obj.get("id") not in (None, "") else content_id(body)),
            text=body, source=where, lang=lang or obj.get("lang") or None, url=url,
            title=obj.get("title") or None, published=pub,
            publisher=obj.get("publisher") or publisher,
            meta={k: v for k, v in obj.items() if k not in KNOWN_KEYS},
        )
        if doc.title and doc.text.startswith(doc.title):
            doc.title_span = (0, len(doc.title))
        yield parse_header(doc)


def read(paths: Iterable[str], *, lang: Optional[str] = None, published: Optional[str] = None,
         publisher: Optional[str] = None) -> Iterator[Item]:
    """Every document (or ReadError) from files, folders (recursive), ``-`` (stdin) and JSONL."""
    for f in iter_files(paths):
        if isinstance(f, ReadError):
            yield f
            continue
        source = "<stdin>" if f == "-" else str(f)
        try:
            data = sys.stdin.buffer.read() if f == "-" else Path(f).read_bytes()
        except OSError as exc:
            yield ReadError(source, f"cannot read ({exc.strerror})")
            continue
        is_jsonl = f != "-" and Path(f).suffix.lower() in JSONL_SUFFIXES
        if f == "-" and data.lstrip()[:1] == b"{":
            is_jsonl = True
        if is_jsonl:
            yield from read_jsonl(data, source, lang=lang, published=published, publisher=publisher)
            continue
        try:
            yield read_text(data, source, lang=lang, published=published, publisher=publisher)
        except ValueError as exc:
            yield ReadError(source, str(exc))
