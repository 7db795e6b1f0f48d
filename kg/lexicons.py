"""Reading the per-language word lists in ``lexicons/<lang>/*.tsv`` (one loader for every extractor).

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


def rows(p: Path) -> Iterator[tuple[int, list[str]]]:
    """(line number, columns) of every entry line; nothing for a missing optional file."""
    if not p.exists():
        return
    for n, line in enumerate(p.read_text(encoding="utf-8").splitlines(), 1):
        if line.strip() and not line.startswith("#"):
            yield n, line.split("\t")
