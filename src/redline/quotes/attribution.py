"""What the detectors find: an attribution with its cue, content, speaker and channel, as spans of the parse."""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Doc, Token

from redline.spans import doc_text

Chars = tuple[int, int]

#: punctuation and marks never kept at the edges of a content span
_EDGE = set(",;:—–-()[]{}“”«»„‘’\"'‹›「」 \n\t")
_LEADING_WORDS = {"that", "and", "but"}


@dataclass
class Attribution:
    """One attributed statement found in the text; ``kind`` is settled once quotation marks are linked."""

    cue: Chars | None
    cue_token: Token | None
    content: Chars
    speaker: Token | None = None
    channel: Chars | None = None
    kind: str = "indirect"
    #: speech, belief, intention, evidence or topic (``Quote.attribution``)
    attribution: str = "speech"
    #: the speaker comes from an earlier attribution (a quote-only paragraph)
    carried_from: Attribution | None = None

    @property
    def order(self) -> int:
        return self.cue[0] if self.cue else self.content[0]


def text_of(doc: Doc) -> str:
    """The article text, built once per parse (``Doc.text`` joins every token on each call)."""
    return doc_text(doc)


def token_chars(tokens: list[Token]) -> Chars:
    return tokens[0].idx, tokens[-1].idx + len(tokens[-1])


def trimmed(tokens: list[Token]) -> Chars | None:
    """The character span of ``tokens`` without edge punctuation, marks or a leading complementizer."""
    tokens = sorted(tokens, key=lambda t: t.i)
    while tokens and (tokens[0].is_punct or tokens[0].is_space or _leading(tokens[0])):
        tokens.pop(0)
    while tokens and ((tokens[-1].is_punct and tokens[-1].text not in {".", "!", "?", "…"}) or tokens[-1].is_space):
        tokens.pop()
    if not tokens:
        return None
    start, end = token_chars(tokens)
    text = text_of(tokens[0].doc)
    while end > start and text[end - 1] in _EDGE:
        end -= 1
    return (start, end) if end > start else None


def _leading(token: Token) -> bool:
    return token.lower_ in _LEADING_WORDS and token.dep_ in {"mark", "cc"}


def words(text: str) -> int:
    return sum(1 for w in text.split() if any(c.isalnum() for c in w))
