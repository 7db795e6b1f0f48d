"""English without a trained NER: the rule-based name finder plus the gazetteer."""
import spacy

from kg.extract import entities as E
from kg.records import Document


def run(text):
    nlp = spacy.blank("en")
    nlp.add_pipe("sentencizer")
    doc = nlp(text)
    return E.extract(doc, Document(id="t", text=text, source="t", lang="en"))


def test_capitalised_names_are_typed_by_their_last_word_or_as_persons():
    text = ("Regional governor Petra Holm said the Harbour City Council met on Monday. "
            "Holm added that ships in the Gulf of Bothnia were safe.")
    index, roles = run(text)
    by_type = {(e.type, e.labels["en"]) for e in index.entities.values()}
    assert ("PER", "Petra Holm") in by_type
    assert ("ORG", "Harbour City Council") in by_type
    assert ("LOC", "Gulf of Bothnia") in by_type
    holm = [m.entity_key for m in index.mentions if m.text in ("Petra Holm", "Holm")]
    assert len(holm) == 2 and len(set(holm)) == 1
    assert roles and roles[0].title_norm == "governor"


def test_title_case_headline_is_not_read_as_names():
    index, _ = run("Storm Damage Leaves Coastal Towns Without Power\n\nThe storm hit overnight.")
    assert index.entities == {}


def test_gazetteer_names_in_english():
    index, _ = run("Reuters reported that the Kremlin and the European Union disagreed.")
    keys = set(index.entities)
    assert {"wd:Q130879", "org:kremlin", "wd:Q458"} <= keys
    assert index.entities["wd:Q130879"].is_outlet
