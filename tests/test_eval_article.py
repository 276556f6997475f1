"""The article-gold scorer, on hand-built records (no model needed)."""

from __future__ import annotations

from typing import Any

import pytest

from redline.eval.article import score
from redline.models import Actor, Article, Event, Evidence, Mention, Quote, Record, Span, TextSpan, TimeExpression

TEXT = 'Kenya\'s foreign minister said the talks in Nairobi would resume. "We are ready," she said on Monday.'


def record() -> Record:
    sentence = Span(start=0, end=64)
    minister = Actor(id="a1", name="Jane Doe", type="PERSON", country="KEN", aliases=["the minister"],
                     mentions=[Mention(start=0, end=24, text="Kenya's foreign minister")])
    quote = Quote(id="q1", speaker="a1", kind="direct", cue="said",
                  content=TextSpan(start=66, end=78, text="We are ready"),
                  evidence=Evidence(start=65, end=100, text=TEXT[65:100], sentence=Span(start=65, end=100)))
    event = Event(id="e1", type="CONSULT", actors=["a1"], status="future",
                  trigger=TextSpan(start=55, end=61, text="resume"),
                  evidence=Evidence(start=0, end=64, text=TEXT[:64], sentence=sentence))
    when = TimeExpression(id="t1", text="on Monday", start=90, end=99, type="DATE", value="2021-03-01")
    return Record(article=Article(id="k", text=TEXT), actors=[minister], quotes=[quote], events=[event],
                  times=[when])


@pytest.mark.parametrize(
    ("gold", "metric", "value"),
    [
        ({"quotes": [{"speaker": "Jane Doe", "kind": "direct", "text": "ready"}]}, "quotes_recall", 1.0),
        ({"quotes": [{"speaker": "Someone Else", "kind": "direct", "text": "ready"}]}, "quotes_recall", 0.0),
        ({"actors": [{"name": "Jane Doe", "type": "PERSON", "country": "KEN"}]}, "actors_recall", 1.0),
        ({"actors": [{"name": "Jane Doe", "country": "UGA"}]}, "actors_recall", 0.0),
        ({"events": [{"type": "CONSULT", "actors": ["KEN"], "status": "future", "evidence": "would resume"}]},
         "events_recall", 1.0),
        ({"events": [{"type": "CONSULT", "status": "asserted", "evidence": "would resume"}]}, "events_recall", 0.0),
        ({"not_events": [{"type": "CONSULT", "evidence": "would resume"}]}, "not_events_recall", 1.0),
        ({"times": [{"text": "on Monday", "value": "2021-03-01"}]}, "times_recall", 1.0),
    ],
)
def test_eval_article_scores_sections(gold: dict[str, Any], metric: str, value: float) -> None:
    metrics, _, missed = score(gold, record())
    assert metrics[metric] == value
    assert bool(missed) == (value < 1.0)


def test_eval_article_optional_items_not_required() -> None:
    metrics, counts, _ = score({"quotes": [{"speaker": "X", "text": "absent", "optional": True}]}, record())
    assert metrics == {} and counts == {}
