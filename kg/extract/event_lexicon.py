"""The event word lists of a language (``lexicons/<lang>/events.tsv``): triggers and their event
types, status cues, support verbs, linking words, place/direction prepositions, demonstratives,
negations, role nouns; plus the title nouns of ``lexicons/<lang>/titles.txt``."""
from __future__ import annotations

from dataclasses import dataclass, field
from functools import lru_cache
from typing import Optional

from kg import lexicons



KINDS = ("trigger", "status", "light", "link", "agent", "target", "place", "direction", "anaphor", "negation",
         "role", "distinct", "participate", "invite", "candidate", "parties", "landmark", "mediator", "congratulate", "group", "against", "sequel", "previous", "side",
         "nonevent-prefix", "forces", "nonevent-object", "vote-object", "occur", "outcome", "host", "sidelines", "winner", "remit",
         "origin", "horizon", "pair", "leader", "headed", "pronoun-party", "city", "victory", "package", "joint-body", "recognize", "nonevent-modifier", "nonguest",
         "delegation", "adopt", "document", "result", "object-pronoun", "voters", "duration", "ending", "generic-document",
         "suffer", "lead", "earlier", "building", "then", "holding", "two-states", "eve", "together", "after", "propose",
         "guest", "visitors", "during", "joint-group", "presidential", "summon", "first-time", "another", "intergovernmental", "appraise", "dodge", "won", "stay", "invited-stay", "weapon", "debris", "yesterday", "in-person", "remote",
         "claim-noun", "claim-verb", "attacker", "residence", "enemy", "member", "modal", "until", "last", "two",
         "by-phone", "accession", "remain", "counterpart")


FLAGS = ("strong", "weak", "past", "head", "elaborate", "far", "persons", "armed", "joint", "inperson", "launch", "invite")


STATUS_ORDER = ("denied", "planned", "possible", "occurred")


@dataclass
class Trigger:
    lemmas: tuple[str, ...]
    type: str
    verb: bool
    strong: bool = False  # an unambiguous event word: one participant, a place or a time is enough to keep it
    weak: bool = False  # an arrival verb ("прибыть"): a visit only with a destination and a named visitor
    past: bool = False  # counts only in the past tense ("домовилися": a deal; "договорится" may never happen)
    head: bool = False  # a head noun ("раунд"): the event only when no event noun follows ("раунд переговоров")
    elaborate: bool = False  # "обсудили": tells more of a meeting, call or talks just told, if there is one
    far: bool = False  # its words may stand apart anywhere in one clause ("Договір … X і Y підписали у …")
    persons: bool = False  # "принял": a meeting only when the clause names the host and the guest, two persons
    armed: bool = False  # "зруйнував": an attack only when a weapon ("дрон", "уламки ракети") is its subject
    joint: bool = False  # "утвердили план": an agreement only when two or more parties approve it together
    inperson: bool = False  # "спілкувалися": an event only when the clause says it was face to face (a meeting)
    launch: bool = False  # "випустив": an attack only when weapons ("ракети", "дронів") are what it sent off
    invite: bool = False  # "запросив X до Києва": a visit to come, of the invitee, only when a place is named after it
    specific: Optional[str] = None  # the narrower class the word names ("саміт": Summit, a Meeting); rules use type

    @property
    def gap(self) -> int:
        """How many words may stand between the trigger's words."""
        return 0 if len(self.lemmas) == 1 else (14 if self.far else 2)


@dataclass
class EventLexicon:
    lang: str
    triggers: list[Trigger] = field(default_factory=list)
    status: list[tuple[tuple[str, ...], str]] = field(default_factory=list)
    words: dict[str, list[tuple[str, ...]]] = field(default_factory=dict)  # kind -> lemma sequences
    documents: dict[str, str] = field(default_factory=dict)  # document noun -> its kind ("угода" -> agreement)
    durations: dict[str, int] = field(default_factory=dict)  # adjective lemma -> days ("двухдневный" -> 2)
    place_cases: dict[str, str] = field(default_factory=dict)  # place preposition -> its case ("поблизу" -> Gen)
    enemies: dict[str, str] = field(default_factory=dict)  # enemy noun -> ISO alpha-2 of the state it means ("ворог")

    def has(self, kind: str, word: str) -> bool:
        return (word,) in self._single(kind)

    def arrival_verbs(self) -> frozenset[str]:
        """The lemmas of the one-word arrival verbs (weak visit triggers: "прибыть", "прилетіти")."""
        return frozenset(t.lemmas[0] for t in self.triggers if t.weak and t.verb and len(t.lemmas) == 1)

    def _single(self, kind: str) -> set[tuple[str, ...]]:
        return set(self.words.get(kind, []))


@lru_cache(maxsize=None)
def lexicon(lang: str) -> EventLexicon:
    path = lexicons.path(lang, "events.tsv")
    lex = EventLexicon(lang)
    for n, cols in lexicons.rows(path):
        if len(cols) < 2 or cols[0] not in KINDS:
            raise ValueError(f"{path}:{n}: expected 'kind<TAB>lemmas<TAB>value' with kind in {KINDS}")
        kind, seq = cols[0], tuple(cols[1].lower().split())
        value = cols[2].strip() if len(cols) > 2 else ""
        if kind == "trigger":
            if not value:
                raise ValueError(f"{path}:{n}: trigger without an event type")
            value, _, specific = value.partition("/")  # "Meeting/Summit": reasoned on as a meeting, typed a summit
            flags = {f.strip() for f in cols[4].split(",")} if len(cols) > 4 else set()
            if flags - set(FLAGS) - {""}:
                raise ValueError(f"{path}:{n}: trigger flags must be among {FLAGS}")
            lex.triggers.append(Trigger(seq, value, len(cols) > 3 and cols[3].strip() == "verb",
                                        "strong" in flags, "weak" in flags, "past" in flags,
                                        "head" in flags, "elaborate" in flags, "far" in flags,
                                        "persons" in flags, "armed" in flags, "joint" in flags,
                                        specific=specific.strip() or None, inperson="inperson" in flags,
                                        launch="launch" in flags, invite="invite" in flags))
        elif kind == "status":
            if value not in STATUS_ORDER:
                raise ValueError(f"{path}:{n}: status must be one of {STATUS_ORDER}")
            lex.status.append((seq, value))
        else:
            lex.words.setdefault(kind, []).append(seq)
            if kind == "document":
                lex.documents[" ".join(seq)] = value or " ".join(seq)
            if kind == "place" and value:
                lex.place_cases[" ".join(seq)] = value  # "поблизу X": the case the preposition takes, not the locative
            if kind == "enemy":
                if len(value) != 2 or not value.isupper():
                    raise ValueError(f"{path}:{n}: an enemy noun needs the ISO alpha-2 code of the state it means")
                lex.enemies[" ".join(seq)] = value
            if kind == "duration":
                if not value.isdigit():
                    raise ValueError(f"{path}:{n}: a duration needs its number of days")
                lex.durations[" ".join(seq)] = int(value)
    lex.triggers.sort(key=lambda t: -len(t.lemmas))
    return lex


@lru_cache(maxsize=None)
def titles(lang: str) -> frozenset[str]:
    """Role nouns after which a name is the person holding the role (the entity lexicon's titles
    and this module's own 'role' words such as counterpart)."""
    out = set()
    for _, cols in lexicons.rows(lexicons.path(lang, "titles.txt", required=False)):
        if len(cols) > 1 and cols[1].strip() in ("office", "posting"):
            continue  # "пост", "посада": the office, not its holder; "в": a preposition
        out.add(cols[0].strip().lower())
    for seq in lexicon(lang).words.get("role", []):
        out.add(" ".join(seq))
    return frozenset(out)

