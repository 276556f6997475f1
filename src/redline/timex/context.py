"""What the sentence says about a time expression: the tense of its clause and its role (a deadline, a start)."""

from __future__ import annotations

import re

from spacy.tokens import Doc, Token

from redline.timex.calendar import Setting, Tense
from redline.timex.vocab import Role, TimeVocab

_PAST_AUX = frozenset({"had", "did", "was", "were", "has", "have", "'d", "'ve"})
#: Verbs that report speech: "would" in what they report is the future as seen when it was said.
_REPORTING = frozenset({"say", "tell", "announce", "state", "add", "report", "predict", "warn", "insist", "confirm",
                        "indicate", "expect", "believe", "think", "hope", "promise", "pledge", "vow"})
_PERFECT = frozenset({"had", "'d"})
_MODAL = frozenset({"would", "could", "might", "may", "should", "must", "can", "ought"})
_PRESENT_AUX = frozenset({"is", "are", "am", "'s", "'re", "be", "being"})
#: Verbs that look ahead whatever their tense ("has scheduled a news conference Thursday").
_AHEAD = frozenset({"schedule", "slate", "expect", "plan"})
#: Participles that, modifying a noun, point ahead or nowhere ("a summit set for April"); others are past
#: ("talks held in January").
#: Verbs that set or move a date: a deadline or end they give is not in the past for being said in the past.
_SETTERS = frozenset({"extend", "postpone", "delay", "defer", "push", "move", "give", "grant", "set", "adjourn",
                      "suspend", "prolong", "reschedule"})
#: Of those, the verbs that fix a date whatever the preposition ("has set Nov. 10 as the deadline").
_FIXERS = frozenset({"set", "extend", "postpone", "delay", "defer", "reschedule", "adjourn"})
_SET_FOR = frozenset({"set", "due", "plan", "schedule", "slate", "expect", "fix", "propose"})


def governing_verb(doc: Doc, start: int, end: int) -> tuple[Token | None, bool]:
    """The verb whose clause holds the span, climbing from the span's root through its heads, and whether the
    span hangs on it directly (through prepositions only, not through a noun or adjective)."""
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None or len(span) == 0:
        return None, False
    token, direct = span.root, True
    for _ in range(8):
        if token.tag_.startswith("VB") or token.tag_ == "MD":
            return token, direct
        if token.head.i == token.i:
            return None, False
        if token.i != span.root.i and token.pos_ != "ADP":
            direct = False
        token = token.head
    return None, False


def tense_of(verb: Token, vocab: TimeVocab) -> Tense:
    """past, present or future from the verb's auxiliaries and tag; None when it says nothing."""
    auxes = {c.lower_ for c in verb.children if c.dep_ in {"aux", "auxpass"}}
    if auxes & vocab.future_auxiliaries or verb.lower_ in vocab.future_auxiliaries or verb.lemma_ in _AHEAD:
        return "future"
    if "would" in auxes and "have" not in auxes and verb.dep_ == "ccomp" and verb.head.lemma_ in _REPORTING:
        return "future"  # "officials said the talks would resume on Monday": the future of the report
    if auxes & _MODAL or verb.tag_ == "MD":
        return None
    if auxes & _PAST_AUX:
        return "past"
    if auxes & _PRESENT_AUX:
        return "future" if verb.tag_ == "VBG" else "present"
    if "to" in auxes and verb.tag_ == "VB":
        return _infinitive(verb, vocab)
    if verb.tag_ == "VBD" or (verb.tag_ == "VBN" and (verb.dep_ not in {"acl", "amod", "advcl"} or
                                                      verb.lemma_ not in _SET_FOR)):
        return "past"
    if verb.tag_ in {"VBZ", "VBP"}:
        return "present"
    return None


def _infinitive(verb: Token, vocab: TimeVocab) -> Tense:
    """A to-infinitive looks ahead when its head plans or expects ("is expected to meet on Monday"); a plan told
    in the past perfect ("had been due to expire Friday") was overtaken, its date may be before or after."""
    head = verb.head
    if head.i == verb.i or head.lemma_.lower() not in vocab.future_heads:
        return None
    holders = (head, head.head) if head.pos_ == "ADJ" else (head,)
    perfect = any(c.lower_ in _PERFECT for h in holders for c in h.children if c.dep_ == "aux")
    return None if perfect else "future"


def tense_at(doc: Doc, start: int, end: int, vocab: TimeVocab, role: Role = "point") -> tuple[Tense, bool, Setting]:
    """The tense of the clause, whether the expression depends on its verb directly, and whether the verb sets a
    date ("gave them until Thursday": ``moves``) or fixes one whatever the preposition ("postponed the vote to
    Friday", "has set Nov. 10 as the deadline": ``fixes``)."""
    verb, direct = governing_verb(doc, start, end)
    if verb is None:
        return None, False, None
    if role in {"end", "deadline"} and verb.dep_ == "acl" and verb.tag_ == "VBN":
        # "buy all shares tendered through Nov. 17": the end belongs to the clause the participle sits in.
        outer, _ = governing_verb(doc, verb.head.idx, verb.head.idx + len(verb.head))
        verb = outer or verb
    lemma = verb.lemma_.lower()
    setting: Setting = "fixes" if lemma in _FIXERS else "moves" if lemma in _SETTERS else None
    return tense_of(verb, vocab), direct, setting


class RoleFinder:
    """Reads the words just before an expression: "by" → deadline, "since" → start, "until" → end."""

    def __init__(self, vocab: TimeVocab) -> None:
        cues = sorted(vocab.roles, key=len, reverse=True)
        alternation = "|".join(re.escape(c).replace(r"\ ", r"\s+") for c in cues)
        self._roles = vocab.roles
        self._cue = re.compile(rf"\b({alternation})\s+(?:the\s+(?:end\s+of\s+)?|(?:on|at|in)\s+)?$", re.IGNORECASE)
        self._deadline = re.compile(r"\bdeadlines?\b[^.;]{0,40}\b(?:is|was|of|on|for|at)\s+(?:the\s+)?$", re.I)
        self._lean = re.compile(r"\b(?:(?P<past>since)|(?P<future>as\s+(?:soon|early)\s+as|no\s+earlier\s+than))\s+"
                                r"(?:(?:the\s+)?(?:end|start|beginning|middle)\s+of\s+)?$", re.I)

    def lean(self, text: str, start: int) -> Tense:
        """"past" after "since" (a start that has passed), "future" after "as soon as", "as early as"."""
        found = self._lean.search(text, max(0, start - 30), start)
        return None if found is None else "past" if found["past"] else "future"

    def role(self, text: str, start: int) -> Role:
        before = text[max(0, start - 60):start]
        if self._deadline.search(before):
            return "deadline"
        found = self._cue.search(before)
        if found is None:
            return "point"
        return self._roles[re.sub(r"\s+", " ", found.group(1).lower())]
