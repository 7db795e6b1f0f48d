"""`kg train` recipe end to end on a tiny corpus written here (a few steps: checks the plumbing, not quality)."""
from __future__ import annotations

from pathlib import Path

import pytest

def _ner_uk(root: Path) -> None:
    data = root / "ner-uk" / "v2.0" / "data" / "ng"
    data.mkdir(parents=True)
    ids = [f"doc{i:02d}" for i in range(12)]
    for n, i in enumerate(ids):
        text = f"Олена Шевчук приїхала до Києва {n + 1} травня. Укрзалізниця призначила нові поїзди."
        (data / f"{i}.txt").write_text(text, encoding="utf-8")
        ann = "T1\tPERS\t0\t12\tОлена Шевчук\nT2\tLOC\t25\t30\tКиєва\nT3\tORG\t47\t59\tУкрзалізниця\n"
        (data / f"{i}.ann").write_text(ann, encoding="utf-8")
    split = "DEV\n" + "\n".join(ids[:10]) + "\n\nTEST\n" + "\n".join(ids[10:]) + "\n"
    (root / "ner-uk" / "v2.0" / "data" / "dev-test-split.txt").write_text(split, encoding="utf-8")


def _ud_uk(root: Path) -> None:
    folder = root / "ud-uk-iu"
    folder.mkdir()
    sent = (
        "# text = Олена читає книгу.\n"
        "1\tОлена\tОлена\tPROPN\t_\tAnimacy=Anim|Case=Nom|Gender=Fem|Number=Sing\t2\tnsubj\t_\t_\n"
        "2\tчитає\tчитати\tVERB\t_\tAspect=Imp|Mood=Ind|Number=Sing|Person=3|Tense=Pres|VerbForm=Fin\t0\troot\t_\t_\n"
        "3\tкнигу\tкнига\tNOUN\t_\tAnimacy=Inan|Case=Acc|Gender=Fem|Number=Sing\t2\tobj\t_\tSpaceAfter=No\n"
        "4\t.\t.\tPUNCT\t_\t_\t2\tpunct\t_\t_\n\n"
    )
    for part in ("dev", "test"):
        (folder / f"uk_iu-ud-{part}.conllu").write_text(sent * 30, encoding="utf-8")


def test_train_command_builds_a_loadable_pipeline(tmp_path):
    import spacy

    import kg.components  # noqa: F401
    from kg.train import train_command

    corpora = tmp_path / "corpora"
    _ner_uk(corpora)
    _ud_uk(corpora)
    out = tmp_path / "model"
    train_command("uk", corpora=corpora, output=out, work_dir=tmp_path / "work", ner_steps=4, ud_steps=4, skip_ud=False, ud_from=None, vectors=False, threads=1)
    nlp = spacy.load(out)
    assert nlp.pipe_names == ["newskg_sentences", "tok2vec", "morphologizer", "lemmatizer", "ner"]
    assert set(nlp.get_pipe("ner").labels) == {"PER", "LOC", "ORG"}
    doc = nlp("Олена Шевчук приїхала до Києва. Потім поїхала до Львова.")
    assert len(list(doc.sents)) == 2
    assert doc[0].pos_ != ""  # the morphologizer ran
    assert [t.lemma_ for t in doc][3] == "до"


def test_train_command_rejects_unknown_language(tmp_path):
    import typer

    from kg.train import train_command

    with pytest.raises(typer.BadParameter, match="not supported"):
        train_command("de", corpora=tmp_path)
