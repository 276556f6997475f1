"""Quotation marks meet attributions: direct, mixed and indirect kinds, split quotes and quote-only paragraphs."""

from __future__ import annotations

from bisect import bisect_right

from spacy.tokens import Doc, Span, Token

from redline.quotes.attribution import Attribution, Chars, text_of, words
from redline.quotes.detect import channel, speaker_of
from redline.quotes.lexicon import Lexicon
from redline.quotes.marks import Quoted, paragraphs

#: share of a content's letters inside quotation marks above which it is a direct quote
_DIRECT = 0.85
_FLOATING_WORDS = 4
_CUED_WORDS = 2
_LONG_WORDS = 10
_WINDOW = 8
_SPLIT_WORDS = 6
_CARRY_PARAGRAPHS = 3


def link(doc: Doc, found: list[Attribution], quoted: list[Quoted], lexicon: Lexicon) -> list[Attribution]:
    """Attributions with every quotation accounted for, in text order, each with its kind."""
    result = list(found)
    for quote in quoted:
        owner = _overlapping(result, quote)
        if owner is not None and _across_cue(owner, quote):
            owner.content = (owner.content[0], _before(text_of(doc), owner))
            owner = None
        if owner is not None:
            owner.content = _widen(owner.content, quote)
            continue
        cued = _adjacent_cue(doc, quote, lexicon) if words(text_of(doc)[quote.start:quote.end]) >= _CUED_WORDS else None
        if cued is not None:
            new = _split_or_new(text_of(doc), result, cued, quote)
            if new is not None:
                result.append(new)
        elif _floating(text_of(doc), quote):
            result.append(Attribution(cue=None, cue_token=None, content=(quote.start, quote.end)))
    result.sort(key=lambda a: a.content[0])
    for attribution in result:
        attribution.kind = kind(text_of(doc), attribution, quoted)
    _carry(text_of(doc), result)
    return result


def _overlapping(found: list[Attribution], quote: Quoted) -> Attribution | None:
    best, best_overlap = None, 0
    for attribution in found:
        overlap = min(attribution.content[1], quote.end) - max(attribution.content[0], quote.start)
        if overlap > best_overlap:
            best, best_overlap = attribution, overlap
    return best


def _across_cue(owner: Attribution, quote: Quoted) -> bool:
    """The content runs from before the cue over it into a quotation after it: two statements, not one."""
    return owner.cue is not None and owner.content[0] < owner.cue[0] and quote.start >= owner.cue[1]


def _before(text: str, owner: Attribution) -> int:
    end = owner.cue[0] if owner.cue else owner.content[1]
    while end > owner.content[0] and (text[end - 1].isspace() or text[end - 1] in ",;:—–-“”\"'’‘"):
        end -= 1
    return end


def _widen(content: Chars, quote: Quoted) -> Chars:
    """A quotation that covers the content (or runs past it) becomes the content."""
    start, end = content
    if quote.start <= start + 2 and quote.end >= end - 2:
        return quote.start, quote.end
    return min(start, quote.start), max(end, quote.end)


def _adjacent_cue(doc: Doc, quote: Quoted, lexicon: Lexicon) -> Attribution | None:
    """A reporting verb right after (`"...," he said`) or right before (`he said: "..."`) the quotation."""
    after = quote.close_at + 1 if quote.close_at is not None else None
    if after is not None:
        cue = _cue_near(doc, after, forward=True, lexicon=lexicon)
        if cue is not None:
            return cue
    return _cue_near(doc, quote.open_at, forward=False, lexicon=lexicon)


def _window(text: str, sentence: Span, at: int, forward: bool) -> list[Token]:
    """Up to eight tokens of the sentence after (or before) ``at``, never across a line break."""
    if forward:
        stop = text.find("\n", at)
        after = [t for t in sentence if t.idx >= at and (stop < 0 or t.idx < stop)]
        return after[:_WINDOW]
    stop = text.rfind("\n", 0, at)
    return [t for t in sentence if stop < t.idx < at][-_WINDOW:]


def _cue_near(doc: Doc, at: int, *, forward: bool, lexicon: Lexicon) -> Attribution | None:
    span = doc.char_span(at, at + 1, alignment_mode="expand") if at < len(text_of(doc)) else None
    if span is None:
        return None
    window = _window(text_of(doc), span.sent, at, forward)
    for token in window:
        if forward and token.lower_ == "according" and token.i + 1 < len(doc) and doc[token.i + 1].lower_ == "to":
            source = next((t for t in doc[token.i + 1].subtree if t.dep_ == "pobj"), None)
            if source is not None:
                return Attribution(cue=(token.idx, doc[token.i + 1].idx + 2), cue_token=token, content=(at, at),
                                   speaker=source)
        if token.pos_ in {"VERB", "AUX"} and token.lemma_.lower() in lexicon.verbs:
            speaker = speaker_of(token)
            if speaker is not None and (speaker.idx >= at) == forward:
                return Attribution(cue=(token.idx, token.idx + len(token)), cue_token=token, content=(at, at),
                                   speaker=speaker, channel=channel(token, lexicon))
    return None


def _split_or_new(text: str, found: list[Attribution], cued: Attribution, quote: Quoted) -> Attribution | None:
    """`"A," he said, "B."`: a short first part before the cue belongs to the attribution that owns the cue."""
    owner = next((a for a in found if a.cue == cued.cue and a.cue is not None), None)
    cued.content = (quote.start, quote.end)
    before_cue = cued.cue is not None and quote.end <= cued.cue[0]
    if owner is not None and before_cue and words(text[quote.start:quote.end]) <= _SPLIT_WORDS:
        return None
    return cued


def _floating(text: str, quote: Quoted) -> bool:
    """A quotation that stands as its own sentence (no cue near it): a quote-only paragraph or sentence."""
    inner = text[quote.start:quote.end]
    count = words(inner)
    if count < _FLOATING_WORDS or _title(inner):
        return False
    if count < _LONG_WORDS and inner.rstrip("”’\"' ")[-1:] not in {".", "!", "?", "…"}:
        return False
    before = text[:quote.open_at].rstrip(" \t\u00a0")
    return not before or before[-1] in ".!?\n”\"’:"


def _title(text: str) -> bool:
    """"The Kid Who Would Be King": a title in quotation marks, not a statement."""
    tokens = [w for w in text.split() if w[:1].isalpha()]
    return bool(tokens) and sum(w[0].isupper() for w in tokens) >= 0.6 * len(tokens)


def kind(text: str, attribution: Attribution, quoted: list[Quoted]) -> str:
    """Direct when quotation marks hold nearly all the content, mixed when they hold some, else indirect."""
    start, end = attribution.content
    letters = sum(1 for c in text[start:end] if c.isalnum())
    inside = 0
    for quote in quoted:
        lo, hi = max(start, quote.start), min(end, quote.end)
        if lo < hi:
            inside += sum(1 for c in text[lo:hi] if c.isalnum())
    if letters and inside / letters >= _DIRECT:
        return "direct"
    return "mixed" if inside else "indirect"


def _carry(text: str, ordered: list[Attribution]) -> None:
    """Quote-only paragraphs take the speaker of the nearest attribution before them (or after, in the same one)."""
    starts = [s for s, _ in paragraphs(text)]
    for index, attribution in enumerate(ordered):
        if attribution.speaker is not None or attribution.cue is not None:
            continue
        here = bisect_right(starts, attribution.content[0])
        source = _previous_with_speaker(ordered[:index], starts, here)
        if source is None:
            source = next((a for a in ordered[index + 1:] if a.speaker is not None
                           and bisect_right(starts, a.content[0]) == here), None)
        attribution.carried_from = source


def _previous_with_speaker(before: list[Attribution], starts: list[int], here: int) -> Attribution | None:
    for candidate in reversed(before):
        if here - bisect_right(starts, candidate.content[0]) > _CARRY_PARAGRAPHS:
            return None
        if candidate.speaker is not None or candidate.carried_from is not None:
            return candidate.carried_from or candidate
    return None
