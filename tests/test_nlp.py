"""kg.nlp: loader order and fallback, bundled pipelines' sentences, lemmas, entity labels."""
from __future__ import annotations

import warnings
from pathlib import Path

import pytest

from kg import nlp as nlp_loader

REPO = Path(__file__).resolve().parents[1]
ALLOWED_LABELS = {"PER", "ORG", "LOC", "JOB", "DATE"}


@pytest.fixture
def fresh_loader(monkeypatch):
    """Loader with no official packages and no env override; cache cleared before and after."""
    monkeypatch.setattr(nlp_loader, "OFFICIAL", {})
    monkeypatch.setattr(nlp_loader, "_configured", {})
    for lang in ("uk", "ru", "en"):
        monkeypatch.delenv(f"NEWSKG_MODEL_{lang.upper()}", raising=False)
    nlp_loader.load.cache_clear()
    yield nlp_loader
    nlp_loader.load.cache_clear()


def test_blank_fallback_warns_and_still_splits_and_lemmatises(fresh_loader, monkeypatch, tmp_path):
    monkeypatch.setattr(fresh_loader, "MODELS_DIR", tmp_path)  # no bundled pipeline there
    with pytest.warns(UserWarning, match="blank pipeline"):
        nlp = fresh_loader.load("uk")
    doc = nlp("Президент зустрівся з Олівером Гофманом. Потім він поїхав додому.")
    assert len(list(doc.sents)) == 2
    lemmas = {t.text: t.lemma_ for t in doc}
    assert lemmas["Гофманом"] == "гофман"
    assert lemmas["Олівером"] == "олівер"


def test_explicit_configuration_wins_over_bundled(fresh_loader, tmp_path):
    import spacy

    custom = spacy.blank("ru")
    custom.meta["name"] = "custom_test_pipeline"
    custom.to_disk(tmp_path / "custom")
    fresh_loader.configure("ru", str(tmp_path / "custom"))
    nlp = fresh_loader.load("ru")
    assert nlp.meta["name"] == "custom_test_pipeline"
    # sentence rules and lemmatiser are added to whatever is configured
    assert "newskg_sentences" in nlp.pipe_names
    assert nlp("Гофманом восхищались в Москве.")[0].lemma_ == "гофман"


def test_load_is_cached_per_process(fresh_loader, monkeypatch, tmp_path):
    monkeypatch.setattr(fresh_loader, "MODELS_DIR", tmp_path)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        assert fresh_loader.load("ru") is fresh_loader.load("ru")


def _bundled(lang):
    path = nlp_loader.bundled_path(lang)
    if not (path / "meta.json").exists():
        pytest.skip(f"no bundled pipeline at {path}")
    return path


@pytest.mark.parametrize("lang", ["uk", "ru"])
def test_bundled_pipeline_is_chosen_without_warning(fresh_loader, lang):
    _bundled(lang)
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        nlp = fresh_loader.load(lang)
    assert nlp.meta.get("name") == "newskg"
    assert "ner" in nlp.pipe_names


UK_TEXT = (
    "date 2025-11-03 Прем'єр-міністр Польщі Дональд Туск провів переговори з канцлером Німеччини "
    "Фрідріхом Мерцом у Берліні. «Ми готові допомагати Україні й надалі»,\u00a0— сказав Туск "
    "журналістам.\nНаступна зустріч запланована на грудень."
)
RU_TEXT = (
    "Министр иностранных дел Турции Хакан Фидан встретился с\u00a0Сергеем Лавровым в\u00a0Анкаре. "
    "«Мы обсудили ситуацию на\u00a0Ближнем Востоке»,\u00a0— сказал Фидан после переговоров.\n"
    "Источник: Интерфакс"
)


def test_uk_sentences_lemmas_entities(fresh_loader):
    _bundled("uk")
    nlp = fresh_loader.load("uk")
    doc = nlp(UK_TEXT)
    sents = [s.text.strip() for s in doc.sents]
    assert sents[0] == "date 2025-11-03"
    assert sents[1].startswith("Прем'єр-міністр") and sents[1].endswith("Берліні.")
    assert sents[2].startswith("«Ми готові") and sents[2].endswith("журналістам.")
    assert sents[3] == "Наступна зустріч запланована на грудень."
    lemmas = {t.text: t.lemma_ for t in doc}
    assert lemmas["Мерцом"] == "мерц"
    assert lemmas["Фрідріхом"] == "фрідріх"
    assert {e.label_ for e in doc.ents} <= ALLOWED_LABELS
    per = {e.text for e in doc.ents if e.label_ == "PER"}
    assert "Дональд Туск" in per
    assert any(e.text == "Берліні" and e.label_ == "LOC" for e in doc.ents)


def test_ru_sentences_lemmas_entities(fresh_loader):
    _bundled("ru")
    nlp = fresh_loader.load("ru")
    doc = nlp(RU_TEXT)
    sents = [s.text.strip() for s in doc.sents]
    assert len(sents) == 3
    assert sents[1].startswith("«Мы обсудили") and sents[1].endswith("после переговоров.")
    assert sents[2] == "Источник: Интерфакс"
    lemmas = {t.text: t.lemma_ for t in doc}
    assert lemmas["Сергеем"] == "сергей"
    assert lemmas["Лавровым"] == "лавров"
    assert {e.label_ for e in doc.ents} <= ALLOWED_LABELS
    per = {e.text for e in doc.ents if e.label_ == "PER"}
    assert "Сергеем Лавровым" in per
    assert any(e.text == "Турции" and e.label_ == "LOC" for e in doc.ents)
    assert any(e.text == "Министр иностранных дел" and e.label_ == "JOB" for e in doc.ents)


@pytest.mark.parametrize("lang,text,word", [("uk", "Вчора Фрідріх Мерц приїхав до Варшави.", "Мерц"), ("ru", "Вчера Хакан Фидан прилетел в Москву.", "Фидан")])
def test_morphology_is_filled(fresh_loader, lang, text, word):
    _bundled(lang)
    nlp = fresh_loader.load(lang)
    tok = next(t for t in nlp(text) if t.text == word)
    assert tok.pos_ in ("PROPN", "NOUN")
    assert tok.morph.get("Case") == ["Nom"]
    assert tok.morph.get("Number") == ["Sing"]


def test_broken_official_placeholder_is_skipped_with_a_log_warning(fresh_loader, monkeypatch, tmp_path, caplog):
    pkg = tmp_path / "site" / "uk_placeholder_news_sm"
    pkg.mkdir(parents=True)
    (pkg / "__init__.py").write_text("raise ImportError('placeholder package, no model inside')\n", encoding="utf-8")
    monkeypatch.syspath_prepend(str(tmp_path / "site"))
    monkeypatch.setattr(fresh_loader, "OFFICIAL", {"uk": ["uk_placeholder_news_sm"]})
    monkeypatch.setattr(fresh_loader, "MODELS_DIR", tmp_path / "no-models")
    with pytest.warns(UserWarning, match="blank pipeline"):
        nlp = fresh_loader.load("uk")
    assert "uk_placeholder_news_sm" in caplog.text
    assert "newskg_sentences" in nlp.pipe_names


def test_the_networks_multiply_through_numpys_blas(monkeypatch):
    from thinc.api import NumpyOps, get_current_ops, set_current_ops

    monkeypatch.delenv("NEWSKG_BLIS", raising=False)
    before = get_current_ops()
    try:
        set_current_ops(NumpyOps(use_blis=True))
        nlp_loader._use_numpy_blas()
        assert isinstance(get_current_ops(), NumpyOps) and not get_current_ops().use_blis
        set_current_ops(NumpyOps(use_blis=True))
        monkeypatch.setenv("NEWSKG_BLIS", "1")
        nlp_loader._use_numpy_blas()
        assert get_current_ops().use_blis  # kept on request
    finally:
        set_current_ops(before)
