"""``kg train LANG``: build the bundled spaCy pipeline ``models/<lang>_newskg`` from the shared corpora.

Steps (each reproducible, spaCy's own training machinery):
1. convert corpora to DocBin (``training/convert.py``): NER (NER-UK 2.0 / NEREL 1.1, types mapped
   to PER/ORG/LOC/JOB/DATE, nested flattened) and UD (dev file -> train/dev, test file -> test);
2. ``spacy train training/ner.cfg`` (CNN tok2vec; ru also navec static vectors) and
   ``spacy train training/ud.cfg`` (morphologizer);
3. assemble: newskg_sentences (rules + razdel) -> tok2vec -> morphologizer (pymorphy3-constrained) ->
   lemmatizer (pymorphy3) -> ner (own tok2vec), written to ``models/<lang>_newskg``.

The lead registers it with ``app.command("train")(train_command)``.
"""
from __future__ import annotations

import importlib.util
import json
import re
import os
import shutil
import time
from pathlib import Path
from typing import Optional

import typer

REPO = Path(__file__).resolve().parent.parent
TRAINING = REPO / "training"
MODELS = REPO / "models"
DEFAULT_CORPORA = REPO.parent / "shared" / "corpora"
LANGS = ("uk", "ru")


def convert_module():
    """``training/convert.py`` (corpus conversion), loaded by path: it lives with the configs, not in the package."""
    import sys

    name = "newskg_training_convert"
    if name not in sys.modules:
        spec = importlib.util.spec_from_file_location(name, TRAINING / "convert.py")
        mod = importlib.util.module_from_spec(spec)
        sys.modules[name] = mod
        spec.loader.exec_module(mod)
    return sys.modules[name]


def _navec_module():
    import sys

    name = "newskg_training_navec"
    if name not in sys.modules:
        spec = importlib.util.spec_from_file_location(name, TRAINING / "navec_vectors.py")
        mod = importlib.util.module_from_spec(spec)
        sys.modules[name] = mod
        spec.loader.exec_module(mod)
    return sys.modules[name]


def _spacy_train(config: Path, out: Path, overrides: dict) -> Path:
    from spacy.cli.train import train as spacy_train

    import kg.components  # noqa: F401  (the UD config uses newskg_morphologizer)

    spacy_train(config, out, overrides=overrides)
    best = out / "model-best"
    return best if best.exists() else out / "model-last"


def assemble(lang: str, ner_path: Path, ud_path: Optional[Path], out: Path) -> Path:
    """Put the trained parts together into one pipeline and write it to ``out``."""
    import spacy

    import kg.components  # noqa: F401  (registers newskg_sentences, newskg_morphologizer, newskg_lemmatizer)

    ner_nlp = spacy.load(ner_path)
    if "tok2vec" in ner_nlp.pipe_names:
        ner_nlp.replace_listeners("tok2vec", "ner", ["model.tok2vec"])
    # same vocab as the NER: keeps its static vectors (ru); same after_creation callback: the
    # pymorphy3 lexeme flags its embedding reads (kg/components/lexfeats.py)
    after = ner_nlp.config["nlp"].get("after_creation")
    nlp = spacy.blank(lang, vocab=ner_nlp.vocab, config={"nlp": {"after_creation": after}} if after else {})
    # ISO dates and dd.mm.yyyy stay one token (the default infix rules split "2026-02-04")
    nlp.tokenizer.token_match = re.compile(r"^(?:\d{4}-\d{2}-\d{2}|\d{1,2}\.\d{1,2}\.\d{2,4})$").match
    nlp.add_pipe("newskg_sentences")
    if ud_path is not None:
        # the parser trained on ~11k UD tokens is too weak to ship (UAS ~0.63 on uk test): morphology only;
        # the morphologizer is swapped for the pymorphy3-constrained one (same weights)
        ud = spacy.load(
            ud_path,
            exclude=["parser"],
            config={"components": {"morphologizer": {"factory": "newskg_morphologizer"}}},
        )
        for name in ud.pipe_names:
            if name in ("tok2vec", "morphologizer"):  # a whole pipeline may be given (--ud-from)
                nlp.add_pipe(name, source=ud)
    nlp.add_pipe("newskg_lemmatizer", name="lemmatizer", config={"mode": "pymorphy3"})
    nlp.add_pipe("ner", source=ner_nlp)
    nlp.get_pipe("lemmatizer").initialize()
    nlp.meta.update(
        {
            "name": "newskg",
            "version": "0.1.0",
            "description": f"newskg {lang} pipeline: rule+razdel sentences, UD-dev morphologizer constrained "
            "by pymorphy3, pymorphy3 lemmatizer, NER (PER/ORG/LOC/JOB/DATE). See the model card in README.md.",
            "license": "CC BY-NC-SA 4.0" if lang == "uk" else "CC BY-NC-SA 4.0 (NEREL data); see the model card in README.md",
            "sources": [{"name": "NER-UK 2.0" if lang == "uk" else "NEREL 1.1"}, {"name": "Universal Dependencies"}],
        }
    )
    if out.exists():
        shutil.rmtree(out)
    nlp.to_disk(out)
    if nlp.vocab.vectors.shape[0]:
        _prune_vector_strings(lang, nlp, out)
    return out


def _prune_vector_strings(lang: str, nlp, out: Path) -> None:
    """Drop the vector words from the saved string store (~9 MB for ru): vectors are looked up by hash.

    Kept: the blank pipeline's strings (tokenizer exceptions), every label of every component,
    and every string that is not a vector key.
    """
    import spacy
    from spacy.strings import get_string_id

    keys = set(int(k) for k in nlp.vocab.vectors.keys())
    keep = set(spacy.blank(lang).vocab.strings)
    for _, proc in nlp.pipeline:
        for label in getattr(proc, "labels", ()) or ():
            keep.add(label)
            keep.update(label.split("|"))
            keep.update(x.split("=", 1)[-1] for x in label.split("|"))
    path = out / "vocab" / "strings.json"
    strings = json.loads(path.read_text(encoding="utf-8"))
    kept = [x for x in strings if x in keep or get_string_id(x) not in keys]
    path.write_text(json.dumps(kept, ensure_ascii=False), encoding="utf-8")


def train_command(
    lang: str = typer.Argument(..., help="uk or ru"),
    corpora: Path = typer.Option(DEFAULT_CORPORA, help="folder holding ner-uk/, nerel/, ud-uk-iu/, ud-ru-gsd/"),
    output: Optional[Path] = typer.Option(None, help="where to write the pipeline (default models/<lang>_newskg)"),
    work_dir: Path = typer.Option(TRAINING, help="corpus/ and output/ go here (git-ignored)"),
    ner_steps: int = typer.Option(12000, help="max training steps for NER"),
    ud_steps: int = typer.Option(2500, help="max training steps for the morphologizer"),
    skip_ud: bool = typer.Option(False, help="no morphologizer (NER + rules + lemmatizer only)"),
    ud_from: Optional[Path] = typer.Option(
        None, help="reuse the tok2vec + morphologizer of this trained pipeline (e.g. models/uk_newskg) instead of training them"
    ),
    vectors: bool = typer.Option(True, help="ru: static vectors from natasha's navec for the NER"),
    threads: int = typer.Option(1, help="BLAS/OpenMP threads"),
) -> None:
    """Train the uk/ru pipeline (NER + morphology + parse) and write it into models/."""
    if lang not in LANGS:
        raise typer.BadParameter(f"language '{lang}' not supported for training (use one of {', '.join(LANGS)})")
    if not corpora.is_dir():
        raise typer.BadParameter(f"{corpora}: corpora folder not found")
    for var in ("OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS"):
        os.environ.setdefault(var, str(threads))
    conv = convert_module()
    corpus = work_dir / "corpus"
    runs = work_dir / "output"
    t0 = time.time()
    report = {"lang": lang, "ner_corpus": conv.convert_ner(lang, corpus, corpora)}
    if not skip_ud and ud_from is None:
        report["ud_corpus"] = conv.convert_ud(lang, corpus, corpora)
    ner_overrides = {
        "nlp.lang": lang,
        "paths.train": str(corpus / f"{lang}_ner_train.spacy"),
        "paths.dev": str(corpus / f"{lang}_ner_dev.spacy"),
        "training.max_steps": ner_steps,
    }
    if lang == "ru" and vectors:
        vec_dir = _navec_module().build(corpus / "vectors_ru", n_words=50000, dims=80)
        ner_overrides.update(
            {
                "paths.vectors": str(vec_dir),
                "components.tok2vec.model.embed.include_static_vectors": True,
                "components.tok2vec.model.embed.rows": [10000, 2500, 5000, 2500, 8, 8, 8, 8, 8],
            }
        )
    ner_best = _spacy_train(TRAINING / "ner.cfg", runs / f"ner_{lang}", ner_overrides)
    ud_best = None if skip_ud else ud_from
    if not skip_ud and ud_from is None:
        ud_best = _spacy_train(
            TRAINING / "ud.cfg",
            runs / f"ud_{lang}",
            {
                "nlp.lang": lang,
                "paths.train": str(corpus / f"{lang}_ud_train.spacy"),
                "paths.dev": str(corpus / f"{lang}_ud_dev.spacy"),
                "training.max_steps": ud_steps,
            },
        )
    out = assemble(lang, ner_best, ud_best, output or MODELS / f"{lang}_newskg")
    report["seconds"] = round(time.time() - t0)
    report["output"] = str(out)
    typer.echo(json.dumps(report, ensure_ascii=False))


if __name__ == "__main__":
    typer.run(train_command)
