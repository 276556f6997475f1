"""Character spans and evidence over a spaCy ``Doc``: every record points to its sentence."""

from __future__ import annotations

from bisect import bisect_right

from spacy.tokens import Doc
from spacy.tokens import Span as SpacySpan

from redline.models import Evidence, Span, TextSpan


def sentence_bounds(doc: Doc) -> list[tuple[int, int]]:
    """Start and end characters of each sentence, cached on the doc."""
    cached = doc.user_data.get("redline_sentences")
    if cached is None:
        cached = [(s.start_char, s.end_char) for s in doc.sents]
        doc.user_data["redline_sentences"] = cached
    return list(cached)


def sentence_span(doc: Doc, start: int, end: int) -> Span:
    """The sentence (or run of sentences) covering ``[start, end)``."""
    bounds = sentence_bounds(doc)
    if not bounds:
        return Span(start=start, end=end)
    starts = [b[0] for b in bounds]
    first = max(bisect_right(starts, start) - 1, 0)
    last = max(bisect_right(starts, max(end - 1, start)) - 1, first)
    return Span(start=bounds[first][0], end=bounds[last][1])


def doc_text(doc: Doc) -> str:
    """The doc's text, cached: ``Doc.text`` rebuilds the string from its tokens on every access."""
    text = doc.user_data.get("redline_text")
    if text is None:
        text = doc.user_data["redline_text"] = doc.text
    return str(text)


def evidence(doc: Doc, start: int, end: int) -> Evidence:
    return Evidence(start=start, end=end, text=doc_text(doc)[start:end], sentence=sentence_span(doc, start, end))


def text_span(doc: Doc, start: int, end: int) -> TextSpan:
    return TextSpan(start=start, end=end, text=doc_text(doc)[start:end])


def of(span: SpacySpan) -> Evidence:
    """Evidence for a spaCy span."""
    return evidence(span.doc, span.start_char, span.end_char)
