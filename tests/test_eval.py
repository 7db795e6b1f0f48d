"""The scorer itself, on a gold document and system output written here."""
from kg.eval import SysEntity, SysEvent, SysStatement, SystemDoc, aggregate, label_forms, labels_match, score_document

TEXT = ("Міністр Іван Коваль заявив, що бюджет ухвалять. "
        "«Ми готові до переговорів», — сказав Коваль. Зустріч відбулася у Львові.")
GOLD = {
    "doc": "x.txt", "lang": "uk",
    "entities": [
        {"key": "koval", "type": "PER", "aliases": ["Іван Коваль", "Коваль"]},
        {"key": "lviv", "type": "LOC", "aliases": ["Львів"]},
    ],
    "statements": [
        {"speaker": "koval", "kind": "indirect", "cue": "заявив", "content": "бюджет ухвалять",
         "start": 31, "end": 46, "said_on": None},
        {"speaker": "koval", "kind": "direct", "cue": "сказав", "content": "Ми готові до переговорів",
         "start": 49, "end": 73, "said_on": None},
    ],
    "events": [{"type": "Meeting", "participants": ["koval"], "place": "lviv", "when": None,
                "status": "occurred", "evidence": "Зустріч відбулася"}],
}


def test_inflected_labels_match_after_lemmatisation():
    assert labels_match(label_forms("Івана Коваля"), label_forms("Іван Коваль"))
    assert labels_match(label_forms("Львові"), label_forms("Львів"))
    assert labels_match(label_forms("«Лиги избирателей»"), label_forms("лига избирателей"))
    assert not labels_match(label_forms("Іван Коваль"), label_forms("Петро Коваль"))
    assert not labels_match(label_forms("Коваль"), label_forms("Іван Коваль"))


def test_perfect_system_scores_one():
    sd = SystemDoc(
        entities={"e1": SysEntity("e1", "PER", {"Іван Коваль", "Коваля"}), "e2": SysEntity("e2", "LOC", {"Львові"})},
        statements=[SysStatement(31, 46, "e1", "indirect", "заявив", said_on=None),
                    SysStatement(49, 73, "e1", "direct", "сказав")],
        events=[SysEvent("v1", {"Meeting"}, [(TEXT.index("Зустріч"), TEXT.index("Зустріч") + 7)], {"e1"}, "e2")],
    )
    r = aggregate([score_document(GOLD, TEXT, sd)], [GOLD])
    assert r["entities"]["f1"] == 1.0
    assert r["statements"]["f1"] == 1.0 and r["statements"]["attribution"] == 1.0 and r["statements"]["e2e_f1"] == 1.0
    assert r["statements"]["kind_acc"] == 1.0 and r["statements"]["said_on_acc"] == 1.0
    assert r["events"]["f1"] == 1.0 and r["events"]["participants_f1"] == 1.0 and r["events"]["place_acc"] == 1.0
    assert r["events"]["time_acc"] is None  # no gold event has an ISO time


def test_split_entity_wrong_speaker_and_spurious_items_are_penalised():
    sd = SystemDoc(
        entities={"e1": SysEntity("e1", "PER", {"Іван Коваль"}), "e1b": SysEntity("e1b", "PER", {"Коваль"}),
                  "e3": SysEntity("e3", "ORG", {"Уряд"})},
        statements=[SysStatement(31, 40, "e3", "indirect", "заявив", said_on="2024-01-01"),
                    SysStatement(0, 10, "e1", "direct", "")],
        events=[SysEvent("v1", {"Call"}, [(TEXT.index("Зустріч"), TEXT.index("Зустріч") + 7)], {"e1"})],
    )
    r = aggregate([score_document(GOLD, TEXT, sd)], [GOLD])
    assert r["entities"]["p"] == round(1 / 3, 4) and r["entities"]["r"] == 0.5  # koval found once, split is an FP
    assert r["statements"]["p"] == 0.5 and r["statements"]["r"] == 0.5
    assert r["statements"]["attribution"] == 0.0 and r["statements"]["e2e_f1"] == 0.0
    assert r["statements"]["said_on_acc"] == 0.0  # an invented date is wrong
    assert r["events"]["f1"] == 0.0  # wrong type


def test_identity_counts_keys_shared_by_documents():
    g2 = dict(GOLD, doc="y.txt")
    same = SystemDoc(entities={"e1": SysEntity("e1", "PER", {"Коваль"}), "e2": SysEntity("e2", "LOC", {"Львів"})})
    other = SystemDoc(entities={"zz": SysEntity("zz", "PER", {"Коваль"}), "e2": SysEntity("e2", "LOC", {"Львів"})})
    r = aggregate([score_document(GOLD, TEXT, same), score_document(g2, TEXT, other)], [GOLD, g2])
    assert r["identity"] == {"shared_keys": 2, "one_iri": 1}


def _events_f1(system_type: str, gold_type: str) -> float:
    gold = dict(GOLD, events=[dict(GOLD["events"][0], type=gold_type)])
    sd = SystemDoc(events=[SysEvent("v1", {system_type}, [(TEXT.index("Зустріч"), TEXT.index("Зустріч") + 7)],
                                    {"e1"}, "e2")])
    return aggregate([score_document(gold, TEXT, sd)], [gold])["events"]["f1"]


def test_a_narrower_event_class_matches_the_gold_broader_one_but_not_the_reverse():
    # the ontology puts Summit under Meeting and Meeting under Contact: a summit is a meeting
    assert _events_f1("Summit", "Meeting") == 1.0
    assert _events_f1("Summit", "Contact") == 1.0
    assert _events_f1("Meeting", "Summit") == 0.0  # a meeting need not be a summit
    assert _events_f1("Call", "Meeting") == 0.0  # siblings under Contact are not one another
