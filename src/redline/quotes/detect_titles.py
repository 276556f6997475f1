"""Attributions in an article's title, read from its words: the parser reads headlinese badly ("Hillary Clinton
Slams Donald Trump On Abortion" parses as one long name), so the title's reporting verb is found by its form.

"Clinton Says Russians Hacked DNC", "Putin chides Turkey and praises Trump" (source, cue, content), and inverted
"Guns Are 'A Crisis,' Howard Dean Tells Convention" (content, comma, source, cue).
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from spacy.tokens import Doc, Span, Token

from redline.quotes.attribution import Attribution, text_of, token_chars, trimmed, words
from redline.quotes.lexicon import Lexicon

_TITLE_WORDS = 25
#: a sentence end inside the line: a lede paragraph, not a title
_SENTENCE_END = re.compile(r"[a-z][.!?] ")
_MIN_CONTENT = 2
#: words before a cue that do not name a source ("How Paul Ryan Thinks About ...": the source is Paul Ryan)
_LEADS = {"how", "why", "what", "when", "where", "whether", "as", "after", "before", "while", "if"}
#: small words inside a source's name ("Board Of Election", "France’s Marine Le Pen")
_JOINS = {"of", "and", "’s", "'s", "the"}


def title_attributions(doc: Doc, lexicon: Lexicon) -> Iterator[Attribution]:
    """The attribution of the article's first line, when it is a title (short, one sentence, text after it) and
    names a source and a cue."""
    title = _title(doc)
    if title is None:
        return
    for index, token in enumerate(title):
        kind = _cue_class(token.lower_, lexicon) if index > 0 else None
        if kind is None:
            continue
        before, after = list(title[:index]), list(title[index + 1:])
        comma = max((t.i for t in before if t.text == ","), default=None)
        source = _source(before)
        content = [t for t in before if comma is not None and t.i < comma] if comma is not None else after
        while content and content[-1].is_punct:
            content = content[:-1]
        span = trimmed(content)
        if source is not None and span is not None and words(text_of(doc)[span[0]:span[1]]) >= _MIN_CONTENT:
            yield Attribution(cue=token_chars([token]), cue_token=token, content=span, speaker=source,
                              attribution=kind)
        return


def _title(doc: Doc) -> Span | None:
    text = text_of(doc)
    start = len(text) - len(text.lstrip())
    end = text.find("\n", start)
    end = len(text) if end < 0 else end
    line = text[start:end].strip()
    if end == len(text) or words(line) >= _TITLE_WORDS or _SENTENCE_END.search(line.rstrip(".!?… ")):
        return None
    return doc.char_span(start, end, alignment_mode="contract")


def _source(before: list[Token]) -> Token | None:
    """The last word of the capitalised run right before the cue ("Hillary Clinton Slams", "…, Howard Dean Tells"),
    None when the word before the cue is not capitalised or is a lead ("How", "Why")."""
    run: list[Token] = []
    for token in reversed(before):
        if token.text[:1].isupper() and token.is_alpha and token.lower_ not in _LEADS:
            run.insert(0, token)
        elif not (run and token.lower_ in _JOINS):
            break
    return run[-1] if run else None


def _cue_class(word: str, lexicon: Lexicon) -> str | None:
    """The class of a verb form in a title ("Says", "slams", "praised", "Denies"): speech for a reporting verb,
    else its wider class; None for any other word."""
    for lemma in _lemmas(word, lexicon):
        if lemma in lexicon.verbs or lemma in lexicon.naming:
            return "speech"
        if kind := lexicon.wider_class(lemma):
            return kind
    return None


def _lemmas(word: str, lexicon: Lexicon) -> list[str]:
    """Candidate lemmas of a present (3rd person) or past form: says, pushes, denies, praised, backed, slammed."""
    if not word.isalpha() or len(word) < 4:
        return []
    found = [word, lexicon.forms.get(word, "")]
    if word.endswith("s"):
        found += [word[:-1], word[:-2], word[:-3] + "y"]
    if word.endswith("ed"):
        found += [word[:-1], word[:-2], word[:-3], word[:-3] + "y"]
    return [f for f in found if f]
