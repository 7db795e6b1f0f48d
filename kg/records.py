"""Typed records passed between the stages of newskg.

documents (kg.documents) -> Document
NLP + extractors (kg.extract.*) -> Mention / Entity / Role / TimeExpr / Statement / Event
all of one article -> ArticleExtraction -> RDF (kg.rdf_mapping) -> store (kg.store)

Offsets are always character offsets (Unicode code points) into ``Document.text``,
the original text exactly as read (no stripping, no normalisation).
Entity keys are plain strings (see kg.extract.entities for how they are made);
the RDF mapping is the only place that turns them into IRIs.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Optional

SUPPORTED_LANGS = ("uk", "ru", "en")
ENTITY_TYPES = ("PER", "ORG", "LOC")
STATEMENT_KINDS = ("direct", "indirect")
EVENT_STATUSES = ("planned", "occurred", "denied", "possible")


@dataclass
class Document:
    """One article as read, before any NLP."""

    id: str  # stable identity: URL if given, else content hash
    text: str  # the original text (offsets refer to it)
    source: str  # where it came from: path, "path:line" for JSONL, "<stdin>"
    lang: Optional[str] = None  # ISO 639-1, set by reader or language id
    url: Optional[str] = None
    title: Optional[str] = None
    title_span: Optional[tuple[int, int]] = None  # offsets of the title in text
    published: Optional[str] = None  # ISO date YYYY-MM-DD, None when unknown
    publisher: Optional[str] = None  # outlet name as given ("Вечерние новости")
    publisher_span: Optional[tuple[int, int]] = None
    header_spans: list[tuple[int, int]] = field(default_factory=list)  # date/source lines: not body text
    meta: dict = field(default_factory=dict)  # unknown JSONL keys etc.


@dataclass
class Mention:
    """One occurrence of an entity in the text."""

    start: int
    end: int
    text: str
    label: str  # PER | ORG | LOC (NER label mapped), or ROLE/PRON/METONYM for resolved mentions
    norm: str = ""  # normalised (nominative/lemma) form of the name
    entity_key: Optional[str] = None  # the entity it refers to, once linked
    sentence: Optional[tuple[int, int]] = None  # offsets of the sentence holding it


@dataclass
class Role:
    """A role/title a person holds, from an apposition (``міністр фінансів України Іван Коваль``)."""

    person_key: str
    title: str  # the role words as in the text
    start: int
    end: int
    title_norm: str = ""  # lemmatised head of the title ("прессекретар")
    org_key: Optional[str] = None  # organisation or country the role is of (RF -> russia)


@dataclass
class Entity:
    """A real-world entity as found in one article (merged across articles by ``key``)."""

    key: str  # deterministic canonical key, e.g. "wd:Q212" or "per:ivan-koval"
    type: str  # PER | ORG | LOC
    name: str  # canonical label (nominative, most complete form)
    labels: dict[str, str] = field(default_factory=dict)  # lang -> label
    alt_labels: set[str] = field(default_factory=set)  # every surface form seen
    wikidata: Optional[str] = None  # "Q212"
    gender: Optional[str] = None  # "masc" | "fem" for persons when known
    country_key: Optional[str] = None  # nationality / country it belongs to when known
    is_outlet: bool = False  # news agency / newspaper / broadcaster
    mentions: list[Mention] = field(default_factory=list)


@dataclass
class TimeExpr:
    """A time expression and its normalised value."""

    text: str
    start: int
    end: int
    value: Optional[str] = None  # ISO 8601: "2026-02-04", "2025-11", "2026", "2026-01-06/2026-01-07"
    granularity: Optional[str] = None  # datetime | day | week | month | year | interval | vague
    modifier: Optional[str] = None  # start | mid | end | approx, when the text says so
    interval_start: Optional[str] = None  # xsd:date of the first day covered (if value known)
    interval_end: Optional[str] = None  # xsd:date of the last day covered
    # "publication": no words of the text say it; the article's day, given to an event told as done with no
    # time of its own (text and offsets are then those of the date line, if the article has one)
    basis: Optional[str] = None


@dataclass
class Statement:
    """Someone said something."""

    content: str  # the said content, exactly as in the text
    start: int  # content offsets
    end: int
    kind: str  # direct | indirect
    cue: str  # speech verb or phrase as in the text
    speaker_key: Optional[str] = None
    speaker_text: Optional[str] = None  # the words naming the speaker ("французский лидер")
    speaker_span: Optional[tuple[int, int]] = None
    cue_span: Optional[tuple[int, int]] = None
    via_key: Optional[str] = None  # outlet that reported it (a news agency)
    addressee_key: Optional[str] = None  # who/what it was said to (a TV channel, a newspaper)
    said_on: Optional[TimeExpr] = None  # only when the text says when; never invented
    sentence: Optional[tuple[int, int]] = None  # offsets of the sentence(s) holding it
    lang: Optional[str] = None

    @property
    def id_part(self) -> str:
        return f"{self.start}-{self.end}"


@dataclass
class Event:
    """Something happened / is planned / is denied."""

    type: str  # Meeting | Call | Talks | Visit | Attack | Contact | Agreement | ...
    trigger: str  # trigger words as in the text
    start: int  # trigger offsets (first mention)
    end: int
    status: str = "occurred"  # planned | occurred | denied | possible
    participants: list[str] = field(default_factory=list)  # entity keys
    place_key: Optional[str] = None
    time: Optional[TimeExpr] = None
    sentence: Optional[tuple[int, int]] = None
    statement: Optional[tuple[int, int]] = None  # (start, end) of the Statement it was reported in
    # further mentions of the same event in this article: (start, end, trigger text, sentence)
    mentions: list[tuple[int, int, str]] = field(default_factory=list)
    # deterministic cross-article identity (type|sorted participants|time value), set by kg.extract.events
    key: Optional[str] = None
    # the narrower class a mention's word names ("саміт": a Summit, which is a Meeting); the graph types the event by it
    specific: Optional[str] = None

    @property
    def cls(self) -> str:
        """The class the graph gives the event: the narrower one when a mention names it."""
        return self.specific or self.type

    @property
    def id_part(self) -> str:
        return f"{self.start}-{self.end}"


@dataclass
class ArticleExtraction:
    """Everything extracted from one document; the unit the RDF mapping turns into one named graph."""

    document: Document
    entities: list[Entity] = field(default_factory=list)
    roles: list[Role] = field(default_factory=list)
    times: list[TimeExpr] = field(default_factory=list)
    statements: list[Statement] = field(default_factory=list)
    events: list[Event] = field(default_factory=list)
    sentences: list[tuple[int, int]] = field(default_factory=list)
    publisher_key: Optional[str] = None
