"""Quoted spans in every quotation-mark style, across sentences and continued paragraphs.

A paragraph whose quotation is still open at its end continues into the next paragraph when that one opens with a
quotation mark (the news convention for multi-paragraph quotes); the spans join into one. A curly opening mark
may be closed by a straight one and the other way round (mixed typing is common).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

#: opening mark -> the marks that close it
_CLOSERS: dict[str, tuple[str, ...]] = {
    "“": ("”", '"'), "«": ("»",), "„": ("“", "”"), "‘": ("’",), '"': ('"', "”"), "‹": ("›",), "「": ("」",),
    "''": ("''",), "``": ("''",),
}
#: two apostrophes or backquotes stand for double quotation marks in some newswire text (''like this'')
_MARKS = re.compile(r"''|``|[“”«»„‘’\"‹›「」]")
_PARAGRAPH = re.compile(r"\n\s*")
#: An unclosed quotation longer than this runs only to its first sentence end: the paragraph breaks are lost
#: (flattened feeds) or the mark is a stray one.
LONG_OPEN = 1000
_SENTENCE_END = re.compile(r"[.!?](?=\s+[A-Z“\"‘])")
_STRAIGHT_OPEN = re.compile(r"(?:^|[\s(\[—–-])$")


@dataclass(frozen=True)
class Quoted:
    """One quotation: ``[start, end)`` is the text inside the marks (stripped), ``closed`` whether it was closed."""

    start: int
    end: int
    open_at: int
    close_at: int | None

    @property
    def closed(self) -> bool:
        return self.close_at is not None


def paragraphs(text: str) -> list[tuple[int, int]]:
    """Character bounds of the non-blank paragraphs (lines) of ``text``."""
    bounds, start = [], 0
    for match in _PARAGRAPH.finditer(text):
        bounds.append((start, match.start()))
        start = match.end()
    bounds.append((start, len(text)))
    return [(s, e) for s, e in bounds if text[s:e].strip()]


def find(text: str) -> list[Quoted]:
    """Top-level quotations of ``text`` in order; nested quotations stay inside their outer one."""
    found: list[Quoted] = []
    for start, end in paragraphs(text):
        for quoted in _in_paragraph(text, start, end):
            if found and _continues(text, found[-1], quoted):
                quoted = Quoted(found[-1].start, quoted.end, found[-1].open_at, quoted.close_at)
                found.pop()
            found.append(quoted)
    return [q for q in found if q.end > q.start]


def _continues(text: str, previous: Quoted, quoted: Quoted) -> bool:
    """An unclosed quotation at a paragraph end, followed by a paragraph that opens with a quotation mark."""
    return not previous.closed and not text[previous.end:quoted.open_at].strip(" \n\t\r\u00a0")


def _in_paragraph(text: str, start: int, end: int) -> list[Quoted]:
    stack: list[tuple[str, int]] = []
    found: list[Quoted] = []
    for match in _MARKS.finditer(text, start, end):
        mark, at = match.group(), match.start()
        depth = _closes(stack, mark) if _may_close(text, mark, at) else None
        if depth is not None:
            opener, opened = stack[depth]
            del stack[depth:]
            if not stack:
                found.append(_quoted(text, opened, at, at, len(opener)))
        elif mark in _CLOSERS and _may_open(text, mark, at, bool(stack)):
            stack.append((mark, at))
    if stack:
        opener, opened = stack[0]
        found.append(_quoted(text, opened, _open_end(text, opened, _rstrip(text, start, end)), None, len(opener)))
    return found


def _open_end(text: str, opened: int, end: int) -> int:
    """Where an unclosed quotation ends: its paragraph's end, or its first sentence end when that is far."""
    if end - opened <= LONG_OPEN:
        return end
    stop = _SENTENCE_END.search(text, opened, end)
    return stop.end() if stop else end


def _closes(stack: list[tuple[str, int]], mark: str) -> int | None:
    """The depth of the innermost open quotation ``mark`` closes; inner ones left open close with it."""
    for depth in range(len(stack) - 1, -1, -1):
        if mark in _CLOSERS[stack[depth][0]]:
            return depth
    return None


def _may_open(text: str, mark: str, at: int, nested: bool) -> bool:
    if mark == "‘":
        return nested or (at + 1 < len(text) and not text[at + 1].isspace())
    if mark in {'"', "''"}:
        return bool(_STRAIGHT_OPEN.search(text[max(at - 1, 0):at])) or at == 0
    return True


def _may_close(text: str, mark: str, at: int) -> bool:
    """A right single mark inside a word is an apostrophe, not a closing quotation mark."""
    if mark != "’":
        return True
    after = text[at + 1:at + 2]
    return not after.isalpha()


def _rstrip(text: str, start: int, end: int) -> int:
    while end > start and text[end - 1].isspace():
        end -= 1
    return end


def _quoted(text: str, opened: int, inner_end: int, close_at: int | None, width: int = 1) -> Quoted:
    start, end = opened + width, inner_end
    while start < end and text[start].isspace():
        start += 1
    while end > start and (text[end - 1].isspace() or text[end - 1] in ",;:"):
        end -= 1
    return Quoted(start=start, end=end, open_at=opened, close_at=close_at)
