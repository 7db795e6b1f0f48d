"""Records -> RDF: the only module that knows the ontology's IRIs.

One ``ArticleExtraction`` becomes one rdflib ``Graph`` (stored as the named graph whose name is the
article IRI). Everything is named by deterministic IRIs, no blank nodes, so the same input always
gives the same triples:

- article    ``https://w3id.org/newskg/id/article/<doc id slug or sha1>``
- entity     ``https://w3id.org/newskg/id/entity/<key prefix>/<key rest>`` (``wd:Q7747`` -> ``.../entity/wd/Q7747``)
- statement  ``<article>/statement/<start>-<end>`` (content offsets)
- event      ``<article>/event/<start>-<end>`` (first trigger offsets)
- role       ``<article>/role/<start>-<end>``; time ``<article>/time/<start>-<end>`` (``…/day``: an event's day of a clock time; ``<article>/time/published``: the publication day of an event with no time of its own)
- text span  ``<article>#char=<start>,<end>`` (NIF RFC 5147 style), a ``nkg:Mention`` / ``nif:Sentence``
"""
from __future__ import annotations

import calendar
import hashlib
import re
from datetime import date
from functools import lru_cache
from typing import Optional
from urllib.parse import quote

from rdflib import Graph, Literal, Namespace, URIRef
from rdflib.namespace import OWL, RDF, RDFS, SKOS, XSD, FOAF

from kg import gazetteer
from kg.records import ArticleExtraction, Document, Entity, Event, Role, Statement, TimeExpr

# ------------------------------------------------------------------------------------ namespaces
ONTOLOGY_IRI = "https://w3id.org/newskg/ontology"
NKG = Namespace(ONTOLOGY_IRI + "#")
ID_BASE = "https://w3id.org/newskg/id/"
ARTICLE_BASE = ID_BASE + "article/"
ENTITY_BASE = ID_BASE + "entity/"
# entity descriptions (types, labels, sameAs, ...) are stored once, in this shared named graph;
# each article graph says which entities it mentions (schema:mentions) and where (mentions)
ENTITIES_GRAPH = ID_BASE + "entities"
WIKIDATA = Namespace("http://www.wikidata.org/entity/")
SCHEMA = Namespace("https://schema.org/")
PROV = Namespace("http://www.w3.org/ns/prov#")
SEM = Namespace("http://semanticweb.cs.vu.nl/2009/11/sem/")
NIF = Namespace("http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#")
ITSRDF = Namespace("http://www.w3.org/2005/11/its/rdf#")
TIME = Namespace("http://www.w3.org/2006/time#")
DCTERMS = Namespace("http://purl.org/dc/terms/")

PREFIXES = {
    "nkg": str(NKG), "schema": str(SCHEMA), "prov": str(PROV), "sem": str(SEM), "nif": str(NIF),
    "itsrdf": str(ITSRDF), "owl": str(OWL), "rdf": str(RDF), "rdfs": str(RDFS), "skos": str(SKOS),
    "xsd": str(XSD), "foaf": str(FOAF), "time": str(TIME), "dcterms": str(DCTERMS), "wd": str(WIKIDATA),
    "article": ARTICLE_BASE, "entity": ENTITY_BASE,
}

ENTITY_CLASSES = {"PER": NKG.Person, "ORG": NKG.Organization, "LOC": NKG.Place}
STATEMENT_KIND = {"direct": NKG.DirectSpeech, "indirect": NKG.IndirectSpeech}
EVENT_STATUS = {"planned": NKG.Planned, "occurred": NKG.Occurred, "denied": NKG.Denied, "possible": NKG.Possible}
# event types the ontology declares (others still map to nkg:<Type>, typed nkg:Event as well)
EVENT_TYPES = ("Contact", "Meeting", "Summit", "Call", "Talks", "Visit", "Attack", "Agreement",
               "Election", "Sanctions", "Ceasefire")
GRANULARITIES = ("datetime", "day", "week", "month", "year", "interval", "vague")
MODIFIERS = ("start", "mid", "end", "approx")

_SAFE_ID = re.compile(r"[A-Za-z0-9][A-Za-z0-9_.\-]{0,95}")
_CYRILLIC = re.compile(r"[\u0400-\u04FF]")
_LATIN = re.compile(r"[A-Za-z]")


# ------------------------------------------------------------------------------------------ IRIs
def article_iri_for_id(doc_id: str) -> str:
    """Article IRI from a document id: the id itself when it is slug-safe, else a SHA-1 of it."""
    if _SAFE_ID.fullmatch(doc_id):
        return ARTICLE_BASE + doc_id
    return ARTICLE_BASE + hashlib.sha1(doc_id.encode("utf-8")).hexdigest()[:24]


def article_iri(document: Document) -> str:
    """The article IRI (= its named graph) from ``Document.id``; stable across runs."""
    return article_iri_for_id(document.id)


def entity_iri(key: str) -> str:
    """Entity IRI from its canonical key (``wd:Q212``, ``per:ivan-koval``), percent-encoded."""
    if not key:
        raise ValueError("entity key is empty")
    prefix, sep, rest = key.partition(":")
    if sep and prefix and rest:
        return ENTITY_BASE + quote(prefix, safe="-._~") + "/" + quote(rest, safe="-._~")
    return ENTITY_BASE + quote(key, safe="-._~")


def span_iri(article: str, start: int, end: int) -> str:
    return f"{article}#char={start},{end}"


def statement_iri(article: str, statement: Statement) -> str:
    return f"{article}/statement/{statement.id_part}"


EVENT_BASE = ID_BASE + "event/"


def event_iri(article: str, event: Event) -> str:
    """One event, one IRI: an event whose identity the extractor could fix across articles (type +
    participants [+ time], ``Event.key``) gets an article-independent IRI, so every article telling
    of it adds its mentions to the same node; otherwise the IRI is the article's trigger offsets."""
    if event.key and _mergeable(event):
        return EVENT_BASE + hashlib.sha1(event.key.encode("utf-8")).hexdigest()[:20]
    return f"{article}/event/{event.id_part}"


def _mergeable(event: Event) -> bool:
    """Cross-article identity needs two parties, or one party and a time the text says (not the publication
    day given to an event with no time of its own)."""
    parties = [p for p in dict.fromkeys(event.participants) if p]
    return len(parties) >= 2 or (len(parties) == 1 and event.time is not None and bool(event.time.value)
                                 and event.time.basis is None)


def role_iri(article: str, role: Role) -> str:
    return f"{article}/role/{role.start}-{role.end}"


def time_iri(article: str, t: TimeExpr) -> str:
    """One node per time expression; an event's day read off a clock time ("вчора о 07:30") is a node of its own;
    the publication day given to events with no time of their own is ``<article>/time/published``."""
    if t.basis == "publication":
        return f"{article}/time/published"
    base = f"{article}/time/{t.start}-{t.end}"
    return base + "/day" if t.granularity == "day" and t.value and re.search(r"\d{1,2}[:.]\d{2}", t.text) else base


def event_type_iri(type_name: str) -> str:
    """Class IRI of an event type name (``Call``, ``meeting`` -> ``nkg:Meeting``)."""
    clean = re.sub(r"[^0-9A-Za-z]+", " ", type_name or "").strip()
    if not clean:
        return str(NKG.Event)
    name = "".join(w[:1].upper() + w[1:] for w in clean.split())
    for known in EVENT_TYPES:
        if known.lower() == name.lower():
            return str(NKG[known])
    return str(NKG[name])


def status_iri(status: str) -> str:
    try:
        return str(EVENT_STATUS[status])
    except KeyError:
        raise ValueError(f"unknown event status {status!r} (expected {', '.join(EVENT_STATUS)})") from None


def kind_iri(kind: str) -> str:
    try:
        return str(STATEMENT_KIND[kind])
    except KeyError:
        raise ValueError(f"unknown statement kind {kind!r} (expected {', '.join(STATEMENT_KIND)})") from None


def wikidata_iri(qid: str) -> str:
    return str(WIKIDATA[qid])


# ------------------------------------------------------------------------------------ time values
_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")
_YM = re.compile(r"\d{4}-\d{2}")
_Y = re.compile(r"\d{4}")
_DT = re.compile(r"(\d{4}-\d{2}-\d{2})T(\d{2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?(Z|[+-]\d{2}:\d{2})?")
_WEEK = re.compile(r"(\d{4})-W(\d{2})")


def _valid_date(s: Optional[str]) -> Optional[str]:
    if not s or not _DATE.fullmatch(s):
        return None
    try:
        date.fromisoformat(s)
    except ValueError:
        return None
    return s


def time_literal(value: Optional[str]) -> Optional[Literal]:
    """The xsd-typed literal of an ISO value (date, year-month, year, date-time), or None (intervals, weeks, vague)."""
    if not value:
        return None
    if _valid_date(value):
        return Literal(value, datatype=XSD.date)
    if _YM.fullmatch(value) and 1 <= int(value[5:]) <= 12:
        return Literal(value, datatype=XSD.gYearMonth)
    if _Y.fullmatch(value):
        return Literal(value, datatype=XSD.gYear)
    m = _DT.fullmatch(value)
    if m and _valid_date(m.group(1)):
        d, hh, mm, ss, tz = m.groups()
        if int(hh) < 24 and int(mm) < 60 and int(ss or 0) < 60:
            return Literal(f"{d}T{hh}:{mm}:{ss or '00'}{tz or ''}", datatype=XSD.dateTime)
    return None


def time_bounds(value: Optional[str]) -> tuple[Optional[str], Optional[str]]:
    """First and last day (ISO dates) an ISO value covers, when it can be told from the value alone."""
    if not value:
        return None, None
    if "/" in value:
        a, _, b = value.partition("/")
        return time_bounds(a)[0], time_bounds(b)[1]
    if _valid_date(value):
        return value, value
    m = _DT.fullmatch(value)
    if m and _valid_date(m.group(1)):
        return m.group(1), m.group(1)
    if _YM.fullmatch(value):
        y, mo = int(value[:4]), int(value[5:])
        if 1 <= mo <= 12:
            return f"{y:04d}-{mo:02d}-01", f"{y:04d}-{mo:02d}-{calendar.monthrange(y, mo)[1]:02d}"
    if _Y.fullmatch(value):
        return f"{value}-01-01", f"{value}-12-31"
    m = _WEEK.fullmatch(value)
    if m:
        try:
            y, w = int(m.group(1)), int(m.group(2))
            return date.fromisocalendar(y, w, 1).isoformat(), date.fromisocalendar(y, w, 7).isoformat()
        except ValueError:
            return None, None
    return None, None


# ---------------------------------------------------------------------------------------- mapping
class _Builder:
    def __init__(self, extraction: ArticleExtraction):
        self.x = extraction
        self.doc = extraction.document
        self.lang = (self.doc.lang or "und").lower()
        self.text = self.doc.text or ""
        self.article = URIRef(article_iri(self.doc))
        self.g = Graph()
        for p, ns in PREFIXES.items():
            self.g.bind(p, ns, override=True)
        self.entities_done: set[str] = set()
        self.known_entities = {e.key: e for e in extraction.entities}
        self.statement_spans = {(s.start, s.end) for s in extraction.statements}
        self.sentence_spans: set[tuple[int, int]] = set()
        self.time_values: dict[str, Optional[str]] = {}  # time node IRI -> the value it holds

    # -- helpers ---------------------------------------------------------------------------
    def add(self, s, p, o) -> None:
        self.g.add((s, p, o))

    def lit(self, text: str, lang: Optional[str] = None) -> Literal:
        return Literal(text, lang=lang or self.lang)

    def label_lang(self, text: str) -> Optional[str]:
        """Language tag for a surface form: the article's language unless the script says otherwise."""
        if self.lang in ("uk", "ru") and not _CYRILLIC.search(text) and _LATIN.search(text):
            return None
        if self.lang == "en" and _CYRILLIC.search(text):
            return None
        return self.lang

    def span(self, start: Optional[int], end: Optional[int], sentence: Optional[tuple[int, int]] = None) -> Optional[URIRef]:
        """The NIF span resource of [start, end) (evidence); None for missing/invalid offsets."""
        if start is None or end is None or start < 0 or end < start or end > len(self.text):
            return None
        iri = URIRef(span_iri(str(self.article), start, end))
        self.add(iri, RDF.type, NKG.Mention)
        self.add(iri, NIF.beginIndex, Literal(start, datatype=XSD.integer))
        self.add(iri, NIF.endIndex, Literal(end, datatype=XSD.integer))
        self.add(iri, NIF.anchorOf, Literal(self.text[start:end]))
        self.add(iri, NIF.referenceContext, self.article)
        sent = self.sentence(sentence)
        if sent is not None and sent != iri:
            self.add(iri, NIF.sentence, sent)
        return iri

    def sentence(self, sentence: Optional[tuple[int, int]]) -> Optional[URIRef]:
        if not sentence:
            return None
        s, e = sentence[0], sentence[1]
        if s is None or e is None or s < 0 or e < s or e > len(self.text):
            return None
        iri = URIRef(span_iri(str(self.article), s, e))
        if (s, e) not in self.sentence_spans:
            self.sentence_spans.add((s, e))
            self.add(iri, RDF.type, NIF.Sentence)
            self.add(iri, NIF.beginIndex, Literal(s, datatype=XSD.integer))
            self.add(iri, NIF.endIndex, Literal(e, datatype=XSD.integer))
            self.add(iri, NIF.anchorOf, Literal(self.text[s:e]))
            self.add(iri, NIF.referenceContext, self.article)
        return iri

    def entity_ref(self, key: Optional[str], describe: bool = True) -> Optional[URIRef]:
        """IRI of an entity key; unless ``describe`` is False, makes sure the entity is described in this graph."""
        if not key:
            return None
        iri = URIRef(entity_iri(key))
        if not describe and key not in self.known_entities:
            return iri
        if key not in self.entities_done:
            self.entities_done.add(key)
            self.add(self.article, SCHEMA.mentions, iri)
            ent = self.known_entities.get(key)
            if ent is not None:
                self.entity(ent, iri)
            else:  # referenced but not among the article's entities: a minimal description
                self.add(iri, RDF.type, NKG.Entity)
                self.add(iri, NKG.entityKey, Literal(key))
                entry = gazetteer.load().entries.get(key)  # a gazetteer place: its own names
                if entry is not None and entry.labels:
                    for lang, label in sorted(entry.labels.items()):
                        self.add(iri, RDFS.label, Literal(label, lang=lang))
                else:
                    tail = key.partition(":")[2] or key
                    self.add(iri, RDFS.label, Literal(tail.replace("-", " ").replace("_", " ")))
        return iri

    # -- parts -----------------------------------------------------------------------------
    def article_meta(self) -> None:
        a, d = self.article, self.doc
        self.add(a, RDF.type, NKG.Article)
        self.add(a, NKG.documentId, Literal(d.id))
        self.add(a, SCHEMA.inLanguage, Literal(self.lang))
        self.add(a, NIF.beginIndex, Literal(0, datatype=XSD.integer))
        self.add(a, NIF.endIndex, Literal(len(self.text), datatype=XSD.integer))
        if d.title:
            self.add(a, SCHEMA.headline, self.lit(d.title.strip()))
        if d.url:
            self.add(a, SCHEMA.url, Literal(d.url, datatype=XSD.anyURI))
        if _valid_date(d.published):
            self.add(a, SCHEMA.datePublished, Literal(d.published, datatype=XSD.date))
        if self.x.publisher_key:
            self.add(a, SCHEMA.publisher, self.entity_ref(self.x.publisher_key))
        elif d.publisher:
            self.add(a, NKG.publisherName, Literal(d.publisher))
        if d.title_span:
            sp = self.span(*d.title_span)
            if sp is not None:
                self.add(a, NKG.titleSpan, sp)
        if d.publisher_span:
            sp = self.span(*d.publisher_span)
            if sp is not None:
                self.add(a, NKG.publisherSpan, sp)
        for hs in d.header_spans:
            sp = self.span(*hs)
            if sp is not None:
                self.add(a, NKG.headerSpan, sp)

    def entity(self, ent: Entity, iri: URIRef) -> None:
        self.add(iri, RDF.type, NKG.Entity)
        cls = ENTITY_CLASSES.get(ent.type)
        if cls is not None:
            self.add(iri, RDF.type, cls)
        if ent.is_outlet:
            self.add(iri, RDF.type, NKG.NewsOutlet)
        self.add(iri, NKG.entityKey, Literal(ent.key))
        labels = {lang.lower(): label for lang, label in (ent.labels or {}).items() if label}
        for lang, label in sorted(labels.items()):
            self.add(iri, RDFS.label, Literal(label, lang=lang))
        if ent.name and self.lang not in labels:
            self.add(iri, RDFS.label, Literal(ent.name, lang=self.label_lang(ent.name)))
        elif ent.name and ent.name not in labels.values():
            self.add(iri, SKOS.altLabel, Literal(ent.name, lang=self.label_lang(ent.name)))
        if not labels and not ent.name:  # every entity has a label: fall back to its key
            tail = ent.key.partition(":")[2] or ent.key
            self.add(iri, RDFS.label, Literal(tail.replace("-", " ").replace("_", " ")))
        for alt in sorted(ent.alt_labels or ()):
            if alt:
                self.add(iri, SKOS.altLabel, Literal(alt, lang=self.label_lang(alt)))
        if ent.wikidata:
            qid = ent.wikidata.rsplit("/", 1)[-1].rsplit(":", 1)[-1]
            if re.fullmatch(r"Q\d+", qid):
                self.add(iri, OWL.sameAs, URIRef(wikidata_iri(qid)))
                self.add(iri, NKG.wikidataId, Literal(qid))
        if ent.gender in ("masc", "fem"):
            self.add(iri, FOAF.gender, Literal("male" if ent.gender == "masc" else "female"))
        if ent.country_key and ent.country_key != ent.key:
            # a country the article does not mention is linked, not described (it is not an entity of this article)
            self.add(iri, NKG.country, self.entity_ref(ent.country_key, describe=False))
        for m in ent.mentions:
            sp = self.span(m.start, m.end, m.sentence)
            if sp is None:
                continue
            self.add(iri, NKG.hasMention, sp)
            self.add(sp, ITSRDF.taIdentRef, iri)
            if m.label:
                self.add(sp, NKG.mentionLabel, Literal(m.label))
            if m.norm:
                self.add(sp, NKG.normalisedForm, self.lit(m.norm))

    def time(self, t: TimeExpr) -> URIRef:
        iri = time_iri(str(self.article), t)
        if self.time_values.setdefault(iri, t.value) != t.value:
            # one expression read two ways (a visit's day that its length makes an interval, while a statement
            # said that day keeps the day): each reading is a node of its own
            iri = f"{iri}/{re.sub(r'[^0-9A-Za-z-]+', '_', t.value or 'unknown')}"
        iri = URIRef(iri)
        self.add(iri, RDF.type, NKG.TimeExpression)
        sp = self.span(t.start, t.end)
        if sp is not None:
            self.add(iri, NKG.hasMention, sp)
        if t.value:
            self.add(iri, NKG.isoValue, Literal(t.value))
            typed = time_literal(t.value)
            if typed is not None:
                self.add(iri, SEM.hasTimeStamp, typed)
        begin, end = _valid_date(t.interval_start), _valid_date(t.interval_end)
        if not begin or not end:
            b2, e2 = time_bounds(t.value)
            begin, end = begin or b2, end or e2
        if begin:
            self.add(iri, SEM.hasBeginTimeStamp, Literal(begin, datatype=XSD.date))
        if end:
            self.add(iri, SEM.hasEndTimeStamp, Literal(end, datatype=XSD.date))
        if t.granularity:
            self.add(iri, NKG.granularity, Literal(t.granularity))
        if t.modifier:
            self.add(iri, NKG.modifier, Literal(t.modifier))
        if t.basis:
            self.add(iri, NKG.timeBasis, Literal(t.basis))
        return iri

    def role(self, r: Role) -> None:
        iri = URIRef(role_iri(str(self.article), r))
        self.add(iri, RDF.type, NKG.Role)
        self.add(iri, NKG.roleHolder, self.entity_ref(r.person_key))
        self.add(iri, NKG.roleTitle, self.lit(r.title))
        if r.title_norm:
            self.add(iri, NKG.roleTitleNorm, self.lit(r.title_norm))
        if r.org_key:
            self.add(iri, NKG.roleOf, self.entity_ref(r.org_key))
        sp = self.span(r.start, r.end)
        if sp is not None:
            self.add(iri, NKG.hasMention, sp)
        self.add(iri, NKG.reportedIn, self.article)

    def statement(self, st: Statement) -> None:
        iri = URIRef(statement_iri(str(self.article), st))
        lang = (st.lang or self.lang).lower()
        self.add(iri, RDF.type, NKG.Statement)
        self.add(iri, NKG.content, Literal(st.content, lang=lang))
        sp = self.span(st.start, st.end, st.sentence)
        if sp is not None:
            self.add(iri, NKG.contentSpan, sp)
        kind = STATEMENT_KIND.get(st.kind)
        if kind is not None:
            self.add(iri, NKG.kind, kind)
        if st.cue:
            self.add(iri, NKG.cue, Literal(st.cue, lang=lang))
        if st.cue_span:
            sp = self.span(*st.cue_span)
            if sp is not None:
                self.add(iri, NKG.cueSpan, sp)
        if st.speaker_key:
            self.add(iri, NKG.speaker, self.entity_ref(st.speaker_key))
        if st.speaker_text:
            self.add(iri, NKG.speakerText, Literal(st.speaker_text, lang=lang))
        if st.speaker_span:
            sp = self.span(*st.speaker_span)
            if sp is not None:
                self.add(iri, NKG.speakerSpan, sp)
        if st.via_key:
            self.add(iri, NKG.via, self.entity_ref(st.via_key))
        if st.addressee_key:
            self.add(iri, NKG.addressee, self.entity_ref(st.addressee_key))
        if st.said_on is not None:
            self.add(iri, NKG.saidOn, self.time(st.said_on))
        self.add(iri, NKG.reportedIn, self.article)

    def _statement_for(self, span: tuple[int, int]) -> Optional[URIRef]:
        s, e = span[0], span[1]
        if (s, e) in self.statement_spans:
            return URIRef(f"{self.article}/statement/{s}-{e}")
        best = None
        for st in self.x.statements:  # overlapping statement (offsets given slightly differently)
            if st.start < e and s < st.end:
                ov = min(e, st.end) - max(s, st.start)
                if best is None or ov > best[0]:
                    best = (ov, st)
        return URIRef(statement_iri(str(self.article), best[1])) if best else None

    def event(self, ev: Event, iri: URIRef) -> None:
        self.add(iri, RDF.type, NKG.Event)
        self.add(iri, RDF.type, URIRef(event_type_iri(ev.cls)))
        if ev.trigger:
            self.add(iri, NKG.trigger, self.lit(ev.trigger))
        sp = self.span(ev.start, ev.end, ev.sentence)
        if sp is not None:
            self.add(iri, NKG.hasMention, sp)
        for m in ev.mentions:
            sent = m[3] if len(m) > 3 and isinstance(m[3], (tuple, list)) else None
            sp = self.span(m[0], m[1], sent)
            if sp is not None:
                self.add(iri, NKG.hasMention, sp)
        status = EVENT_STATUS.get(ev.status)
        if status is not None:
            self.add(iri, NKG.status, status)
        for key in dict.fromkeys(ev.participants):
            if key:
                self.add(iri, NKG.participant, self.entity_ref(key))
        if ev.place_key:
            self.add(iri, NKG.place, self.entity_ref(ev.place_key))
        if ev.time is not None:
            self.add(iri, NKG.time, self.time(ev.time))
        if ev.statement:
            st = self._statement_for(ev.statement)
            if st is not None:
                self.add(iri, NKG.reportedInStatement, st)
        self.add(iri, NKG.reportedIn, self.article)

    def build(self) -> Graph:
        self.article_meta()
        for ent in self.x.entities:
            self.entity_ref(ent.key)
        for t in self.x.times:
            self.time(t)
        for r in self.x.roles:
            self.role(r)
        for st in self.x.statements:
            self.statement(st)
        used: set[str] = set()
        for ev in self.x.events:
            iri = event_iri(str(self.article), ev)
            if iri in used:  # two events on one trigger span: keep them apart by type
                iri = f"{iri}-{event_type_iri(ev.cls).rsplit('#', 1)[-1]}"
            used.add(iri)
            self.event(ev, URIRef(iri))
        return self.g


def to_graph(extraction: ArticleExtraction) -> Graph:
    """All triples of one article (document metadata, entities, mentions, roles, times, statements, events)."""
    return _Builder(extraction).build()


def is_entity_description(triple) -> bool:
    """True for a triple describing an entity in general (type, label, sameAs, ...), which the store
    keeps once in ENTITIES_GRAPH; False for what belongs to one article (incl. an entity's mentions)."""
    s, p, _ = triple
    return isinstance(s, URIRef) and str(s).startswith(ENTITY_BASE) and p != NKG.hasMention


def split(graph: Graph) -> tuple[list, list]:
    """(article triples, entity-description triples) of an article graph."""
    article, shared = [], []
    for t in graph:
        (shared if is_entity_description(t) else article).append(t)
    return article, shared


def graph_iri(extraction: ArticleExtraction) -> str:
    """Name of the named graph holding an article's triples (= its article IRI)."""
    return article_iri(extraction.document)


def is_article_graph(iri: str) -> bool:
    return iri.startswith(ARTICLE_BASE)



MENTIONS_PREDICATE = str(SCHEMA.mentions)  # <article> schema:mentions <entity>, in the article's graph


def ontology_path():
    from pathlib import Path

    return Path(__file__).resolve().parents[1] / "ontology" / "newskg.ttl"


@lru_cache(maxsize=None)
def event_type_and_broader(type_name: str) -> frozenset[str]:
    """An event type's name and those of the classes the ontology puts it under, up to nkg:Event
    (``Summit`` -> Summit, Meeting, Contact): a summit is a meeting, whichever word told of it."""
    onto = _ontology_graph()
    out, todo = set(), [URIRef(event_type_iri(type_name))]
    while todo:
        c = todo.pop()
        if c in out or c == NKG.Event:
            continue
        out.add(c)
        todo.extend(o for o in onto.objects(c, RDFS.subClassOf) if isinstance(o, URIRef) and str(o).startswith(str(NKG)))
    return frozenset(str(c).rsplit("#", 1)[-1] for c in out)


@lru_cache(maxsize=1)
def _ontology_graph() -> Graph:
    return Graph().parse(ontology_path())


def shapes_path():
    from pathlib import Path

    return Path(__file__).resolve().parents[1] / "ontology" / "shapes.ttl"


# counts for ``kg stats`` (run by kg.store over the union of article graphs)
STATS_QUERY = """
PREFIX nkg: <https://w3id.org/newskg/ontology#>
SELECT ?what ?n WHERE {
  { SELECT ("entities" AS ?what) (COUNT(DISTINCT ?e) AS ?n) WHERE { ?e a nkg:Entity } }
  UNION { SELECT ("persons" AS ?what) (COUNT(DISTINCT ?e) AS ?n) WHERE { ?e a nkg:Person } }
  UNION { SELECT ("organizations" AS ?what) (COUNT(DISTINCT ?e) AS ?n) WHERE { ?e a nkg:Organization } }
  UNION { SELECT ("places" AS ?what) (COUNT(DISTINCT ?e) AS ?n) WHERE { ?e a nkg:Place } }
  UNION { SELECT ("statements" AS ?what) (COUNT(DISTINCT ?s) AS ?n) WHERE { ?s a nkg:Statement } }
  UNION { SELECT ("events" AS ?what) (COUNT(DISTINCT ?v) AS ?n) WHERE { ?v a nkg:Event } }
  UNION { SELECT ("roles" AS ?what) (COUNT(DISTINCT ?r) AS ?n) WHERE { ?r a nkg:Role } }
}
"""

EVENT_TYPE_COUNTS_QUERY = """
PREFIX nkg: <https://w3id.org/newskg/ontology#>
SELECT ?type (COUNT(DISTINCT ?v) AS ?n) WHERE {
  ?v a nkg:Event , ?t . FILTER(?t != nkg:Event)
  BIND(STRAFTER(STR(?t), "#") AS ?type)
} GROUP BY ?type ORDER BY ?type
"""
