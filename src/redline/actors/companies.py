"""Companies and brands the parse tags as people ("Facebook", "Oracle", "Kinder Morgan", "McMillan LLP"): a name
with a company suffix, a company's description ("California tech giant X"), a company's possessions ("X's app",
"X's shareholders") or a platform's use ("posted on X") is an organization, unless the article gives it a
person's title."""

from __future__ import annotations

from spacy.tokens import Span as SpacySpan

from redline.actors.knowledge import Knowledge
from redline.actors.people import Person


def is_company(person: Person, knowledge: Knowledge) -> bool:
    """Whether the mentions of a "person" the data does not know say it is an organization."""
    if person.entry is not None:
        return False
    cues = knowledge.company_cues
    words = person.name.split()
    if not words:
        return False
    if words[-1] in cues.get("suffixes", frozenset()):
        return True
    if len(words) >= 2 and words[0].lower() in cues.get("state_named", ()) and _state_name(words[-1], knowledge):
        return True
    if any(_titled(span, knowledge) for span in person.spans):
        return False
    return any(_described(span, cues) or _owns(span, cues) or _platform(span, cues) for span in person.spans)


def _state_name(word: str, knowledge: Knowledge) -> bool:
    return any(word == state.name or word in state.aliases for state in knowledge.states.values())


def _titled(span: SpacySpan, knowledge: Knowledge) -> bool:
    """A person's title or honorific right before the name ("Senator X", "Mr. X") or as its first apposition
    ("X, a developer and spokeswoman for …")."""
    before = span.doc[span.start - 1].lower_ if span.start > 0 else ""
    appos = next((c for c in span.root.children if c.dep_ == "appos"), None)
    described = [appos, *appos.conjuncts] if appos is not None else []
    return before in knowledge.titles or before in knowledge.strip or any(
        t.lower_ in knowledge.titles for t in described)


def _described(span: SpacySpan, cues: dict[str, frozenset[str]]) -> bool:
    """"California tech giant X", "X, the ride-hailing company", "the company, X"."""
    root, kinds = span.root, cues.get("kinds", frozenset())
    before = span.doc[span.start - 1] if span.start > 0 else None
    appos = next((c for c in root.children if c.dep_ == "appos"), None)  # the first: a later one may describe
    near = ([appos] if appos is not None else []) + ([root.head] if root.dep_ == "appos" else [])  # another name
    if before is not None and before.dep_ == "compound" and before.head.i == root.i:
        near.append(before)
    return any(t.pos_ == "NOUN" and t.text in kinds for t in near)


def _owns(span: SpacySpan, cues: dict[str, frozenset[str]]) -> bool:
    """"Facebook's app", "Tesla's shareholders", "Kinder Morgan's pipeline expansion"."""
    root = span.root
    if root.dep_ != "poss":
        return False
    owned = cues.get("owned", frozenset())
    head = root.head
    return head.lower_ in owned or any(c.dep_ == "compound" and c.lower_ in owned for c in head.lefts)


def _platform(span: SpacySpan, cues: dict[str, frozenset[str]]) -> bool:
    """"posted on Twitter", "said on Facebook"."""
    root = span.root
    prep = root.head
    return (root.dep_ == "pobj" and prep.lower_ in {"on", "via"}
            and prep.head.lemma_.lower() in cues.get("platform_verbs", ()))
