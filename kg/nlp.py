"""Loading the spaCy pipeline for a language: the only place that decides which pipeline is used.

Order: explicitly configured name/path (``NEWSKG_MODEL_<LANG>`` env var or ``configure()``)
> official spaCy package if installed (``uk_core_news_*``, ``ru_core_news_*``, ``en_core_web_*``)
> the project's bundled pipeline in ``models/``
> a blank pipeline with sentence rules and the pymorphy3 lemmatiser (with a warning).
Pipelines are loaded once per process.

Whatever is chosen, uk/ru pipelines get the ``newskg_sentences`` rules (line breaks, headers, razdel)
first and a pymorphy3 lemmatiser; other languages get the rules only when they have no sentence
component. The bundled pipelines (``models/<lang>_newskg``, see README.md, "The NLP pipelines") need
``kg.components`` imported before ``spacy.load`` — this module does that.
"""
from __future__ import annotations

import importlib.util
import logging
import os
import warnings
from functools import lru_cache
from pathlib import Path

import spacy
from spacy.language import Language

import kg.components  # noqa: F401  (registers newskg_sentences for spacy.load of bundled pipelines)

log = logging.getLogger(__name__)

MODELS_DIR = Path(__file__).resolve().parent.parent / "models"
OFFICIAL = {
    "uk": ["uk_core_news_trf", "uk_core_news_lg", "uk_core_news_md", "uk_core_news_sm"],
    "ru": ["ru_core_news_lg", "ru_core_news_md", "ru_core_news_sm"],
    "en": ["en_core_web_trf", "en_core_web_lg", "en_core_web_md", "en_core_web_sm"],
}
TRAINABLE = ("uk", "ru")  # languages `kg train` has corpora for
_configured: dict[str, str] = {}


def configure(lang: str, name_or_path: str) -> None:
    """Use this pipeline (package name or path) for ``lang`` from now on."""
    _configured[lang] = name_or_path
    load.cache_clear()


def bundled_path(lang: str) -> Path:
    return MODELS_DIR / f"{lang}_newskg"


def _use_numpy_blas() -> None:
    """Let thinc's matrix products go through numpy's BLAS (OpenBLAS, built per CPU family) instead
    of blis: the networks' cost is almost all matrix products, and on the hosts measured numpy's
    BLAS ran them about 3x faster (``benchmarks/ner_eval.py``). Set before models are built, since
    each layer keeps the ops it was built with. ``NEWSKG_BLIS=1`` keeps blis."""
    if os.environ.get("NEWSKG_BLIS") == "1":
        return
    from thinc.api import NumpyOps, get_current_ops, set_current_ops

    ops = get_current_ops()
    if isinstance(ops, NumpyOps) and getattr(ops, "use_blis", False):
        set_current_ops(NumpyOps(use_blis=False))


@lru_cache(maxsize=None)
def load(lang: str) -> Language:
    _use_numpy_blas()
    explicit = _configured.get(lang) or os.environ.get(f"NEWSKG_MODEL_{lang.upper()}")
    if explicit:
        nlp = spacy.load(explicit)
        _ensure_extras(nlp, lang)
        return nlp
    for name in OFFICIAL.get(lang, []):
        if importlib.util.find_spec(name) is not None:
            try:
                nlp = spacy.load(name)
                _ensure_extras(nlp, lang)
                return nlp
            except Exception as exc:  # placeholder packages on some indexes
                log.warning("official pipeline %s is installed but failed to load: %s", name, exc)
    path = bundled_path(lang)
    if (path / "meta.json").exists():
        nlp = spacy.load(path)
        _ensure_extras(nlp, lang)
        return nlp
    warnings.warn(
        f"no trained spaCy pipeline for '{lang}': using a blank pipeline (rules only); "
        "names are found by rules and the gazetteer only. "
        + (f"Build one with `kg train {lang}`." if lang in TRAINABLE else
           f"Install an official spaCy package (e.g. {OFFICIAL[lang][-1]}) for better results."
           if lang in OFFICIAL else ""),
        stacklevel=2,
    )
    return blank(lang)


def blank(lang: str) -> Language:
    nlp = spacy.blank(lang)
    _ensure_extras(nlp, lang)
    nlp.initialize()
    return nlp


def _ensure_extras(nlp: Language, lang: str) -> None:
    """Sentence boundaries and lemmas must always be there."""
    if "newskg_sentences" not in nlp.pipe_names and (
        lang in ("uk", "ru") or not any(n in nlp.pipe_names for n in ("parser", "senter", "sentencizer"))
    ):
        nlp.add_pipe("newskg_sentences", first=True)
    if lang in ("uk", "ru") and not any(n in nlp.pipe_names for n in ("lemmatizer", "newskg_lemmatizer")):
        nlp.add_pipe("newskg_lemmatizer", config={"mode": "pymorphy3"})
        nlp.get_pipe("newskg_lemmatizer").initialize()
