"""Speaker labels of transcripts and interviews: a paragraph opening "PENCE: ..." or "MARIA COSTA: ..."."""

from __future__ import annotations

import re
from collections.abc import Iterator

from spacy.tokens import Doc

from redline.quotes.attribution import Attribution, text_of, words
from redline.quotes.lexicon import Lexicon

#: one to three capitalised words, then a colon, at the start of a line (after an opening quotation mark)
_LABEL = re.compile(r"^[ \t\"“‘«]*((?:[A-Z][A-Z'’.\-]+ ){0,2}[A-Z][A-Z'’.\-]+):[ \t]+(?=\S)(.*)$", re.MULTILINE)
_MIN_WORDS = 3
#: a headline's source label: one to four capitalised words and a colon ("Pence: Flowers won't be at debate")
_HEADLINE = re.compile(r"^[ \t]*((?:[A-Z][\w.'’\-]* ){0,3}[A-Z][\w.'’\-]*):[ \t]+(?=\S)(.*?)[ \t]*$", re.MULTILINE)
_HEADLINE_WORDS = 25


def labelled(doc: Doc, lexicon: Lexicon) -> Iterator[Attribution]:
    """One attribution per labelled paragraph; the label is the speaker, the colon the cue, the rest the content.

    A label counts when its last word is a word of a person's name in the article ("PENCE" for "Mike Pence");
    section heads ("ENERGY:", "WATCH:") are not speakers."""
    text = text_of(doc)
    people = {t.lower_ for entity in doc.ents if entity.label_ == "PERSON" for t in entity}
    for found in _LABEL.finditer(text):
        label, content = found.group(1), found.group(2).rstrip(" \t\"”’»")
        if label.lower() in lexicon.headings or label.split()[-1].lower() not in people \
                or words(content) < _MIN_WORDS:
            continue
        speaker = doc.char_span(found.start(1), found.end(1), alignment_mode="expand")
        colon = doc.char_span(found.end(1), found.end(1) + 1, alignment_mode="expand")
        if speaker is None or colon is None:
            continue
        start = found.start(2)
        yield Attribution(cue=(found.end(1), found.end(1) + 1), cue_token=colon[0],
                          content=(start, start + len(content)), speaker=speaker.root)


def headline_labels(doc: Doc, lexicon: Lexicon) -> Iterator[Attribution]:
    """A headline line whose source is named before a colon: "Poll: Clinton and Trump in dead heat" (the first
    line of the article, or a short line without closing punctuation). Heads ("UPDATE:", "WATCH:") are not
    sources."""
    text = text_of(doc)
    first = len(text) - len(text.lstrip())
    for found in _HEADLINE.finditer(text):
        label, content = found.group(1), found.group(2).rstrip(" \t\"”’»")
        line = found.group(0).strip()
        short = words(line) < _HEADLINE_WORDS and (found.start() <= first or line[-1] not in ".!?…”’\"")
        if not short or label.lower() in lexicon.headings or label.isupper() or words(content) < _MIN_WORDS:
            continue
        speaker = doc.char_span(found.start(1), found.end(1), alignment_mode="expand")
        colon = doc.char_span(found.end(1), found.end(1) + 1, alignment_mode="expand")
        if speaker is not None and colon is not None:
            start = found.start(2)
            yield Attribution(cue=(found.end(1), found.end(1) + 1), cue_token=colon[0],
                              content=(start, start + len(content)), speaker=speaker.root)
