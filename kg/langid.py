"""Language identification with lingua (uk / ru / en supported; others are recognised to skip them)."""
from __future__ import annotations

from functools import lru_cache
from typing import Optional

from kg.records import SUPPORTED_LANGS

# languages lingua may answer with: the supported ones plus neighbours that would otherwise be
# forced onto one of them (so a German or Belarusian article is skipped, not misread)
_CANDIDATES = ("UKRAINIAN", "RUSSIAN", "ENGLISH", "BELARUSIAN", "BULGARIAN", "SERBIAN", "MACEDONIAN",
               "KAZAKH", "MONGOLIAN", "POLISH", "CZECH", "SLOVAK", "GERMAN", "FRENCH", "SPANISH",
               "ITALIAN", "PORTUGUESE", "DUTCH", "TURKISH", "ROMANIAN", "HUNGARIAN", "FINNISH",
               "SWEDISH", "DANISH", "LATVIAN", "LITHUANIAN", "ESTONIAN", "GEORGIAN", "ARMENIAN",
               "GREEK", "ARABIC", "HEBREW", "CHINESE", "JAPANESE", "KOREAN")


# below this many letters lingua cannot tell neighbours apart reliably: only supported ones compete
SHORT_TEXT_LETTERS = 60


@lru_cache(maxsize=2)
def _detector(wide: bool):
    from lingua import Language, LanguageDetectorBuilder

    names = _CANDIDATES if wide else ("UKRAINIAN", "RUSSIAN", "ENGLISH")
    langs = [getattr(Language, name) for name in names if hasattr(Language, name)]
    return LanguageDetectorBuilder.from_languages(*langs).build()


def detect(text: str) -> Optional[str]:
    """ISO 639-1 code of the text's language (any language lingua knows of the candidates), or None."""
    sample = text[:3000]
    letters = sum(c.isalpha() for c in sample)
    if letters < 3:
        return None
    lang = _detector(letters >= SHORT_TEXT_LETTERS).detect_language_of(sample)
    return lang.iso_code_639_1.name.lower() if lang is not None else None


def is_supported(code: Optional[str]) -> bool:
    return code in SUPPORTED_LANGS
