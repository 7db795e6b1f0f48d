"""Reading the per-language word lists in ``lexicons/<lang>/*.tsv`` and the TSV data files
(``data/gazetteer/``): one reader for every extractor.

Format: UTF-8, tab-separated columns, ``#`` starts a comment line, blank lines are ignored.
"""
from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

LEXICON_DIR = Path(__file__).resolve().parents[1] / "lexicons"


def path(lang: str, name: str, required: bool = True) -> Path:
    """``lexicons/<lang>/<name>``; ValueError naming the file if it is required and missing."""
    p = LEXICON_DIR / lang / name
    if required and not p.exists():
        raise ValueError(f"{p}: missing lexicon for language '{lang}'")
    return p


def rows(p: Path, required: bool = False) -> Iterator[tuple[int, list[str]]]:
    """(line number, columns) of every entry line of a TSV word list or data file; nothing for a
    missing optional file, FileNotFoundError for a missing required one."""
    if not p.exists():
        if required:
            raise FileNotFoundError(f"{p}: no such file")
        return
    for n, line in enumerate(p.read_text(encoding="utf-8").splitlines(), 1):
        if line.strip() and not line.startswith("#"):
            yield n, line.split("\t")
