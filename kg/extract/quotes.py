"""Quoted spans in a text: «…», „…“, “…”, "…", ‘…’, ‹…› and mixed marks, outermost only.

Quote marks are paired within one line with a stack, so nested quotes («… „…“ …») give the outer
span; a mark is an opener or a closer by what stands beside it (a straight ``"`` after a space
opens, before a space or punctuation closes). Apostrophes inside words (``зв’язку``) are ignored.
"""
from __future__ import annotations

OPEN_ONLY = "«„‹‚"
CLOSE_ONLY = "»”›"
AMBIGUOUS = "\"“‘’"


def _is_open_ctx(prev: str, nxt: str) -> bool:
    return (prev.isspace() or prev == "" or prev in "([{—–-−:;/" or prev in OPEN_ONLY or prev in AMBIGUOUS) and nxt != "" and not nxt.isspace()


def _is_close_ctx(prev: str, nxt: str) -> bool:
    return prev != "" and not prev.isspace() and (nxt == "" or nxt.isspace() or not nxt.isalnum())


def find_quotes(text: str) -> list[tuple[int, int]]:
    """(open, close) offsets of the outermost quote marks; the quoted text is text[open+1:close]."""
    out: list[tuple[int, int]] = []
    line_start = 0
    carry: list[tuple[str, int]] = []  # an unclosed «/„ quote may go on over the next lines (a quoted paragraph)
    carried = 0
    for line in text.split("\n"):
        stack: list[tuple[str, int]] = carry if carry and carried < 6 and line.strip() else []
        carried = carried + 1 if stack else 0
        for k, c in enumerate(line):
            if c not in OPEN_ONLY and c not in CLOSE_ONLY and c not in AMBIGUOUS:
                continue
            prev = line[k - 1] if k > 0 else ""
            nxt = line[k + 1] if k + 1 < len(line) else ""
            pos = line_start + k
            if c in ("’", "‘") and prev.isalpha() and nxt.isalpha():
                continue  # apostrophe
            opener = c in OPEN_ONLY or (c in AMBIGUOUS and c != "’" and _is_open_ctx(prev, nxt))
            closer = c in CLOSE_ONLY or (c in AMBIGUOUS and c != "‘" and _is_close_ctx(prev, nxt))
            if c == "“" and stack and stack[-1][0] == "„" and closer:
                opener = False  # „…“
            if opener and closer:
                # a straight quote closes an open straight quote, else opens
                opener = not (stack and stack[-1][0] in AMBIGUOUS)
                closer = not opener
            if opener:
                stack.append((c, pos))
            elif closer and stack:
                _, open_pos = stack.pop()
                if not stack:
                    out.append((open_pos, pos))
        carry = stack if len(stack) == 1 and stack[0][0] in OPEN_ONLY else []
        line_start += len(line) + 1
    return out
