import warnings
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
SHARED = REPO.parent / "shared"

warnings.filterwarnings("ignore", message="no trained spaCy pipeline")


@pytest.fixture
def shared():
    if not SHARED.exists():
        pytest.skip("../shared is not beside the repo")
    return SHARED


def make_doc(text: str, lang: str, ents: list[tuple[str, str]]):
    """A Doc of ``text`` with sentence boundaries and the given (surface regex, label) entities."""
    import re

    import spacy

    nlp = spacy.blank(lang)
    nlp.add_pipe("sentencizer")
    doc = nlp(text)
    spans = []
    for pattern, label in ents:
        for m in re.finditer(pattern, text):
            sp = doc.char_span(m.start(), m.end(), label=label, alignment_mode="expand")
            if sp is not None and not any(sp.start < s.end and s.start < sp.end for s in spans):
                spans.append(sp)
    doc.ents = sorted(spans, key=lambda s: s.start)
    return doc


def run_entities(text: str, lang: str, ents: list[tuple[str, str]]):
    """kg.extract.entities on a hand-made Doc: tests this module's logic, not the trained NER."""
    from kg.extract import entities
    from kg.records import Document

    return entities.extract(make_doc(text, lang, ents), Document(id="t", text=text, source="test", lang=lang))


def run_pipeline(text: str, lang: str, published=None):
    """The whole extraction of one invented article (the trained pipeline and every extractor)."""
    from kg import nlp
    from kg.pipeline import extract_doc, plain_spaces
    from kg.records import Document

    document = Document(id="t", text=text, source="test", lang=lang, published=published)
    return extract_doc(nlp.load(lang)(plain_spaces(text)), document)


def events_of(ax, etype):
    """The events of one type an extraction holds."""
    return [e for e in ax.events if e.type == etype]


def one_event(ax, etype):
    """The one event of that type (fails naming what was found otherwise)."""
    found = events_of(ax, etype)
    assert len(found) == 1, [(e.type, e.trigger, e.participants) for e in ax.events]
    return found[0]


def speakers_of(ax):
    """The speaker keys of an extraction's statements, in order."""
    return [s.speaker_key for s in ax.statements]


def key_of(ax, surface):
    """The entity key of the mention written exactly so."""
    return next(m.entity_key for e in ax.entities for m in e.mentions if m.text == surface)


def entity_of(ax, surface):
    """The entity of the mention written exactly so."""
    return next(e for e in ax.entities for m in e.mentions if m.text == surface)


def told(t):
    """The time the text gives (None for none, or for the publication day given to an event with no time of its own)."""
    return None if t is None or t.basis is not None else t


def key_of_wikidata(ax, qid):
    """The entity key of the entity with that Wikidata id."""
    return next(e.key for e in ax.entities if e.wikidata == qid)
