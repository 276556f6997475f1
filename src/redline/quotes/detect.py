"""Attributions in the dependency parse: reporting verbs, naming verbs, reporting nouns and cue phrases.

Each detector reads the one shared parse; cues inside quotation marks are skipped (they are the speaker's own
words, not the article's attribution).
"""

from __future__ import annotations

from collections.abc import Callable, Iterator

from spacy.tokens import Doc, Token

from redline.quotes import detect_titles, labels
from redline.quotes.attribution import Attribution, Chars, text_of, token_chars, trimmed, words
from redline.quotes.lexicon import Lexicon
from redline.spans import doc_text

_SUBJECTS = {"nsubj", "nsubjpass", "csubj"}
_CLIMB = {"conj", "xcomp", "advcl", "acl", "relcl", "pcomp", "dep"}
_RELATIVE = {"who", "that", "which", "whom"}
_CHANNEL_PREPS = {"in", "during", "at", "on", "to", "via", "through", "with", "over", "from"}
_MIN_WORDS = 2
_SHORT_SIDE = 4
_CLOSING = set(".!?…”’\"':)")
_HEADLINE_WORDS = 25
_QUESTIONS = {"whether", "if", "why", "how", "what", "when", "where", "who", "which"}
_REFUSALS = {"decline", "refuse", "fail"}

InQuote = Callable[[int], bool]


def attributions(doc: Doc, lexicon: Lexicon, in_quote: InQuote) -> list[Attribution]:
    """Every attribution the parse shows, in text order."""
    found: list[Attribution] = []
    starts = lexicon.phrase_starts()
    heads = headlines(doc)
    for token in doc:
        if in_quote(token.idx) or token.i in heads:
            continue
        lemma = lexicon.lemma(token)
        if token.pos_ in {"VERB", "AUX"}:
            found.extend(_verb(token, lemma, lexicon))
        elif token.pos_ == "NOUN" and lemma in lexicon.nouns:
            found.extend(_noun(token))
        if token.lower_ in starts:
            found.extend(_phrase(token, lexicon))
    found.extend(labels.labelled(doc, lexicon))
    found.extend(labels.headline_labels(doc, lexicon))
    cues = {a.cue for a in found}
    found.extend(a for a in detect_titles.title_attributions(doc, lexicon)
                 if a.cue not in cues and a.attribution == "speech")
    found.sort(key=lambda a: a.content[0])
    return [a for a in found if words(text_of(doc)[a.content[0]:a.content[1]]) >= _MIN_WORDS]


def headlines(doc: Doc) -> set[int]:
    """Tokens of headline lines (short, no closing punctuation): "Rebels seize town, army says"; found once per
    parse."""
    found = doc.user_data.get("redline_quotes_headlines")
    if not isinstance(found, set):
        found = _headlines(doc)
        doc.user_data["redline_quotes_headlines"] = found
    return found


def _headlines(doc: Doc) -> set[int]:
    text = text_of(doc)
    found: set[int] = set()
    start = 0
    for line in text.split("\n"):
        stripped = line.strip()
        if stripped and stripped[-1] not in _CLOSING and words(stripped) < _HEADLINE_WORDS:
            span = doc.char_span(start, start + len(line), alignment_mode="expand")
            if span is not None:
                found.update(range(span.start, span.end))
        start += len(line) + 1
    return found


def _verb(token: Token, lemma: str, lexicon: Lexicon) -> Iterator[Attribution]:
    if (lemma not in lexicon.verbs and lemma not in lexicon.naming) or negated(token):
        return
    if lemma in lexicon.verbs:
        complement = clause_of(token) or _that_clause(token, lexicon)
        if complement is not None and complement.left_edge.lower_ not in _QUESTIONS:
            yield from make(token, complement_tokens(token, complement, lexicon.verbs), lexicon)
        elif token.dep_ == "parataxis" and speaker_of(token) is not None:
            for side in parataxis_content(token):
                yield from make(token, side, lexicon)
        elif trailing(token):
            yield from make(token, [t for t in token.sent if t.i < token.left_edge.i], lexicon)
    if lemma in lexicon.naming and token.dep_ not in {"acl", "amod"} and speaker_of(token) is not None:
        yield from _naming(token, lexicon)


def clause_of(cue: Token) -> Token | None:
    """The cue's clausal complement; not a noun the parser split off its object ("applauded [Clinton] ['s remarks]":
    the object and a noun "complement"); not a clause in another paragraph (a quote ending the paragraph before
    "X said Y", which the parse ran into one sentence with two complements)."""
    clause = next((c for c in cue.children if c.dep_ == "ccomp" and not _across_break(cue, c)), None)
    if clause is not None and clause.pos_ in {"NOUN", "PROPN"} \
            and any(c.dep_ == "dobj" and c.i < clause.i for c in cue.children):
        return None
    return clause


def _across_break(cue: Token, clause: Token) -> bool:
    """A line break stands between the cue and the nearest word of the clause."""
    text = doc_text(cue.doc)
    if clause.i < cue.i:
        return "\n" in text[clause.right_edge.idx:cue.idx]
    return "\n" in text[cue.idx:clause.left_edge.idx]


def _that_clause(cue: Token, lexicon: Lexicon) -> Token | None:
    """A "that" clause with its own subject misattached below the cue ("told X in an interview that ...")."""
    for token in cue.subtree:
        if token.i > cue.i and token.dep_ in {"relcl", "acl", "advcl"} and token.head.i != cue.i \
                and (token.head.lemma_.lower() not in lexicon.nouns or token.head.lemma_.lower() in lexicon.channels) \
                and any(c.dep_ == "mark" and c.lower_ == "that" for c in token.children) \
                and any(c.dep_ in _SUBJECTS for c in token.children):
            return token
    return None


def trailing(cue: Token) -> bool:
    """"..., a diplomatic source said." parsed as a conjunct of the reported clause."""
    doc = cue.doc
    has_subject = any(c.dep_ in _SUBJECTS for c in cue.children)
    return cue.dep_ == "conj" and has_subject and cue.left_edge.i > 0 and doc[cue.left_edge.i - 1].text == ","


def negated(token: Token) -> bool:
    """"did not say", "declined to say": no statement was made."""
    if any(c.dep_ == "neg" for c in token.children):
        return True
    return token.dep_ == "xcomp" and token.head.lemma_.lower() in _REFUSALS


def complement_tokens(cue: Token, complement: Token, acts: frozenset[str] = frozenset()) -> list[Token]:
    """The clause, and when it follows the cue, the rest of the cue's clause (misattached adverbials); never a
    reporting verb of ``acts`` joined to the clause with no subject of its own, which is the speaker's next act
    ("said X bore responsibility and urged Manila to stop")."""
    tokens = list(complement.subtree)
    if complement.i < cue.i:
        return tokens
    joined = next((c for c in complement.rights if c.dep_ == "conj" and c.lemma_.lower() in acts
                   and not any(g.dep_ in _SUBJECTS for g in c.children)), None)
    if joined is not None:
        tokens = [t for t in tokens if t.i < joined.left_edge.i]
        while tokens and (tokens[-1].dep_ == "cc" or tokens[-1].is_punct):
            tokens.pop()
    act = next((c for c in complement.rights if participle(c)), None)
    if act is not None:
        return [t for t in tokens if t.i < act.left_edge.i - 1]
    for child in cue.rights:
        if child.i > complement.i and (child.dep_ in {"cc", "conj"} or participle(child)):
            break
        if child.i > complement.i and child.dep_ in {"advcl", "prep", "npadvmod", "advmod"}:
            tokens.extend(child.subtree)
    return tokens


def participle(token: Token) -> bool:
    """", encouraging his supporters to ...": a participial clause after a comma, an act of its own."""
    edge = token.left_edge
    return token.dep_ in {"advcl", "xcomp", "conj"} and token.tag_ == "VBG" and edge.i > 0 \
        and token.doc[edge.i - 1].text == ","


def make(cue: Token, content: list[Token], lexicon: Lexicon, speaker: Token | None = None,
         attribution: str = "speech", particle: Token | None = None) -> Iterator[Attribution]:
    """The attribution of ``content`` to ``cue`` (with its ``particle``: "called for"), within the cue's
    paragraph, edges trimmed."""
    span = trimmed(_same_paragraph(cue, content))
    if span is not None:
        cue_chars = token_chars([cue] if particle is None else list(cue.doc[cue.i:particle.i + 1]))
        yield Attribution(cue=cue_chars, cue_token=cue, content=span,
                          speaker=speaker if speaker is not None else speaker_of(cue),
                          channel=channel(cue, lexicon, attribution == "speech"), attribution=attribution)


def _same_paragraph(cue: Token, tokens: list[Token]) -> list[Token]:
    """Content never crosses a line break away from its cue (a headline run into the first sentence, a quote
    that ends the paragraph before "X said ..." when the parse ran both paragraphs into one sentence)."""
    text = doc_text(cue.doc)
    start = text.rfind("\n", 0, cue.idx) + 1
    stop = text.find("\n", cue.idx)
    stop = len(text) if stop < 0 else stop
    return [t for t in tokens if start <= t.idx < stop]


def parataxis_content(cue: Token) -> list[list[Token]]:
    """The sentence a parenthetical "he said" interrupts: both sides when both are long, else the longer one."""
    inner = {t.i for t in cue.subtree}
    clause = [t for t in cue.sent if t.i not in inner]
    before = [t for t in clause if t.i < cue.i]
    after = [t for t in clause if t.i > cue.i]
    if min(len([t for t in before if t.is_alpha]), len([t for t in after if t.is_alpha])) > _SHORT_SIDE:
        return [before, after]
    return [max(before, after, key=len)]


def _naming(token: Token, lexicon: Lexicon) -> Iterator[Attribution]:
    """"X called the situation Y", "X described it as Y", "X called for Y"."""
    for child in token.children:
        if child.dep_ == "oprd" or (child.dep_ == "prep" and child.lower_ == "as"):
            target = child if child.dep_ == "oprd" else next((c for c in child.children if c.dep_ == "pobj"), None)
            if target is not None:
                yield from make(token, list(target.subtree), lexicon)


def _noun(token: Token) -> Iterator[Attribution]:
    """"X's claim that ...", "a statement by the ministry that ..."."""
    clause = next((c for c in token.children if c.dep_ in {"acl", "ccomp", "appos"}
                   and any(m.dep_ == "mark" and m.lower_ == "that" for m in c.children)), None)
    speaker = noun_speaker(token)
    if clause is None or speaker is None:
        return
    span = trimmed(list(clause.subtree))
    if span is not None:
        yield Attribution(cue=token_chars([token]), cue_token=token, content=span, speaker=speaker)


def noun_speaker(noun: Token) -> Token | None:
    for child in noun.children:
        if child.dep_ == "poss":
            return child
        if child.dep_ == "prep" and child.lower_ in {"by", "from"}:
            return next((c for c in child.children if c.dep_ == "pobj"), None)
    return None


def _phrase(token: Token, lexicon: Lexicon) -> Iterator[Attribution]:
    """"according to X, ..." and its kin: the clause the phrase attaches to is the content, the part after the
    phrase, or before it when the phrase ends the sentence ("..., according to residents.")."""
    doc = token.doc
    for phrase in lexicon.phrases:
        end = token.i + len(phrase)
        if end <= len(doc) and tuple(t.lower_ for t in doc[token.i:end]) == phrase:
            source = next((t for t in doc[end - 1].subtree if t.dep_ == "pobj"), None)
            attached = {t.i for t in token.subtree} | set(range(token.i, end))
            clause = [t for t in _clause_head(token).subtree if t.i not in attached]
            after = [t for t in clause if t.i > token.i]
            side = after if any(not (t.is_punct or t.is_space) for t in after) else [t for t in clause if t.i < token.i]
            span = trimmed(side)
            if source is not None and span is not None:
                yield Attribution(cue=token_chars(list(doc[token.i:end])), cue_token=token, content=span,
                                  speaker=source)
            return


def _clause_head(token: Token) -> Token:
    head = token
    while head.dep_ not in {"ROOT", "ccomp", "conj"} and head.head is not head:
        head = head.head
    return head


def speaker_of(cue: Token) -> Token | None:
    """The subject of the cue verb, climbing through conjoined, participial and relative clauses; a cue joined with
    no subject to a reported clause is its reporter's ("he said X bore responsibility and urged Y to stop")."""
    verb: Token | None = cue
    if cue.dep_ == "conj" and cue.head.dep_ == "ccomp" and not any(c.dep_ in _SUBJECTS for c in cue.children):
        verb = cue.head.head
    own = any(c.dep_ in _SUBJECTS for c in cue.children)
    between = doc_text(cue.doc)[min(cue.head.idx, cue.idx):max(cue.head.idx, cue.idx)]
    if not own and cue.dep_ in _CLIMB and "\n" in between:
        return _paragraph_subject(cue)  # the parse ran two paragraphs into one sentence
    for _ in range(4):
        if verb is None:
            return None
        subjects = [c for c in verb.children if c.dep_ in _SUBJECTS]
        subject = min(subjects, key=lambda c: abs(c.i - cue.i)) if subjects else _misparsed(verb)
        if subject is None and verb.dep_ == "acl" and verb.head.pos_ in {"NOUN", "PROPN"}:
            subject = verb.head if verb.head.dep_ in _SUBJECTS else None
        if subject is not None:
            return _unrelative(subject)
        verb = verb.head if verb.dep_ in _CLIMB and verb.head is not verb else None
    return None


def _paragraph_subject(cue: Token) -> Token | None:
    """The noun that opens the cue's paragraph before it ("Doctors at a hospital ... said", "A report by X
    said"), when the parse lost the subject to the paragraph before."""
    text = doc_text(cue.doc)
    start = text.rfind("\n", 0, cue.idx) + 1
    for token in cue.sent:
        if token.idx < start or token.is_space or token.is_punct or token.pos_ in {"DET", "ADJ", "NUM"}:
            continue
        return token if token.i < cue.i and token.pos_ in {"NOUN", "PROPN"} else None
    return None


def _misparsed(cue: Token) -> Token | None:
    """A name right before or after the cue that the parser attached as something else ("McNeely said")."""
    doc = cue.doc
    for at in (cue.i - 1, cue.i + 1):
        if 0 <= at < len(doc) and doc[at].head.i == cue.i and doc[at].pos_ in {"PROPN", "PRON"} \
                and doc[at].dep_ in {"advmod", "npadvmod", "dep", "dobj", "attr", "compound", "nmod"}:
            return doc[at]
    return None


def _unrelative(subject: Token) -> Token:
    """"Smith, who said ..." -> Smith."""
    if subject.lower_ in _RELATIVE and subject.head.dep_ == "relcl":
        return subject.head.head
    return subject


def channel(cue: Token, lexicon: Lexicon, addressed: bool = True) -> Chars | None:
    """The medium of a statement: who it was told to (when ``addressed``), or "in an interview" / "in a statement"."""
    parts: list[Token] = []
    named = not addressed or cue.lemma_.lower() in lexicon.naming or any(c.dep_ == "oprd" for c in cue.children)
    for child in cue.children:
        if child.dep_ in {"dobj", "dative"} and child.pos_ in {"PROPN", "NOUN"} and not named:
            parts.extend(child.subtree)
        elif child.dep_ == "prep" and child.lower_ in _CHANNEL_PREPS:
            pobj = next((c for c in child.children if c.dep_ == "pobj"), None)
            if pobj is not None and pobj.lemma_.lower() in lexicon.channels:
                parts.extend(child.subtree)
    return token_chars(sorted(parts, key=lambda t: t.i)) if parts else None
