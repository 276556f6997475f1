"""``redline eval quotes``: matching rules, both gold formats, and a short run on the team's data."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from redline.errors import EvalDataError
from redline.eval.quotes import _LEADING, _stripped, attributions, evaluate, match, match_covering, names_match, prf
from redline.models import Article, Evidence, Quote, Record, Span, TextSpan
from redline.settings import Settings

TEXT = ('The port will reopen on Monday, the harbour master said. "We are ready," he said.\n\n'
        "Officials in the capital declined to comment.")


@pytest.mark.parametrize(
    ("gold", "predicted", "pairs"),
    [
        ([(0, 100)], [(0, 30)], [(0, 0)]),
        ([(0, 100)], [(0, 29)], []),
        ([(0, 10), (20, 30)], [(0, 30)], [(0, 0)]),
        ([[(0, 10), (90, 100)]], [(0, 10)], [(0, 0)]),
        ([[(0, 10), (90, 100)]], [(40, 60)], []),
        ([(0, 10)], [(50, 60)], []),
    ],
)
def test_quotes_eval_match_thirty_percent(gold: list[tuple[int, int]], predicted: list[tuple[int, int]],
                                          pairs: list[tuple[int, int]]) -> None:
    assert match(gold, predicted) == pairs


@pytest.mark.parametrize(
    ("gold", "predicted", "pairs"),
    [
        ([(0, 40), (42, 80)], [(0, 80)], [(0, 0), (1, 0)]),
        ([(0, 40), (42, 80)], [(0, 50)], [(0, 0)]),
        ([(0, 40), (42, 80)], [(0, 40), (42, 80)], [(0, 0), (1, 1)]),
        ([(0, 40)], [(100, 120)], []),
    ],
)
def test_quotes_eval_match_covering_joined_paragraphs(gold: list[tuple[int, int]], predicted: list[tuple[int, int]],
                                                      pairs: list[tuple[int, int]]) -> None:
    assert match_covering(gold, predicted) == pairs


@pytest.mark.parametrize(
    ("reference", "names", "expected"),
    [
        ("Jeff Traeger", ["Jeff Traeger"], True),
        ("Jeff Traeger", ["Traeger"], True),
        ("the government", ["government"], True),
        ("Jeff Traeger", ["Stella"], False),
        ("Jeff Traeger", [], False),
    ],
)
def test_quotes_eval_names_match(reference: str, names: list[str], expected: bool) -> None:
    assert names_match(reference, names) is expected


def _quote(text: str, content: str, cue: tuple[int, int] | None, attribution: str = "speech",
           speaker: str | None = "a1") -> Quote:
    start = text.index(content)
    return Quote(id=f"q{start}", kind="indirect", speaker=speaker, attribution=attribution,  # type: ignore[arg-type]
                 cue=text[cue[0]:cue[1]] if cue else None, cue_span=Span(start=cue[0], end=cue[1]) if cue else None,
                 content=TextSpan(start=start, end=start + len(content), text=content),
                 evidence=Evidence(start=start, end=start + len(content), text=content,
                                   sentence=Span(start=start, end=start + len(content))))


def test_quotes_eval_polnear_attributions_join_per_cue() -> None:
    text = '"The border is shut," said the envoy. "No convoy will pass. Not this week."\n\n"We wait."'
    said = (text.index("said"), text.index("said") + 4)
    quotes = [_quote(text, "The border is shut", said), _quote(text, "No convoy will pass. Not this week", said),
              _quote(text, "We wait", None)]
    record = Record(article=Article(id="a", text=text), quotes=quotes)
    groups = attributions(record)
    assert [[q.content.text for q in g] for g in groups] == [
        ["The border is shut", "No convoy will pass. Not this week"], ["We wait"]]


@pytest.mark.parametrize(
    ("text", "span", "expected"),
    [("He said that the port is shut.", (8, 29), "the port is shut"),
     ("But the port is shut, he said.", (0, 20), "the port is shut"),
     ("Thatcher said so.", (0, 8), "Thatcher")],
)
def test_quotes_eval_exact_ignores_leading_complementizer(text: str, span: tuple[int, int], expected: str) -> None:
    start, end = _stripped(text, span, _LEADING)
    assert text[start:end] == expected


def test_quotes_eval_prf() -> None:
    assert prf(1, 2, 4) == pytest.approx((0.5, 0.25, 1 / 3))
    assert prf(0, 0, 0) == (0.0, 0.0, 0.0)


def _ggt(tmp_path: Path) -> Path:
    first = TEXT.index("The port")
    second = TEXT.index("We are ready")
    quotations = [
        {"quote_span_rawtext": [first, first + 30], "reference": "the harbour master"},
        {"quote_span_rawtext": [second, second + 12], "reference": "the harbour master"},
    ]
    path = tmp_path / "gold.jsonl"
    path.write_text(json.dumps({"id": "port", "text": TEXT, "quotations": quotations}) + "\n", encoding="utf-8")
    return path


def test_quotes_eval_ggt_format(tmp_path: Path, settings: Settings) -> None:
    report = evaluate(_ggt(tmp_path), settings)
    assert set(report.metrics) == {"quote_precision", "quote_recall", "quote_f1", "quote_f1_one_to_one",
                                   "speaker_accuracy"}
    assert report.metrics["quote_recall"] == 1.0
    assert report.metrics["speaker_accuracy"] == 1.0


def test_quotes_eval_polnear_format(tmp_path: Path, settings: Settings) -> None:
    (tmp_path / "text").mkdir()
    (tmp_path / "attributions").mkdir()
    (tmp_path / "text" / "port.txt").write_text(TEXT, encoding="utf-8")
    content, cue, source = TEXT.index("The port"), TEXT.index("said"), TEXT.index("the harbour")
    ann = (f"T1\tContent {content} {content + 30}\tx\nT2\tCue {cue} {cue + 4}\tsaid\n"
           f"T3\tSource {source} {source + 18}\tthe harbour master\nT4\tAttribution {cue} {cue + 4}\tsaid\n"
           "E1\tAttribution:T4 Content:T1 Cue:T2 Source:T3\n")
    # PolNeAR annotates every attribution: the quote after it and the refusal ("declined to comment") too
    ready, declined = TEXT.index("We are ready"), TEXT.index("declined")
    ann += (f"T5\tContent {ready} {ready + 12}\tWe are ready\nT6\tCue {declined} {declined + 8}\tdeclined\n"
            f"T7\tContent {declined + 9} {declined + 19}\tto comment\n"
            "E2\tAttribution:T6 Content:T5\nE3\tAttribution:T6 Content:T7 Cue:T6\n")
    (tmp_path / "attributions" / "port_ab12.ann").write_text(ann, encoding="utf-8")
    report = evaluate(tmp_path, settings)
    assert set(report.metrics) == {"content_f1_overlap", "content_f1_exact", "cue_f1", "source_f1"}
    assert report.metrics["content_f1_overlap"] > 0.5
    assert report.metrics["cue_f1"] > 0.5


def test_quotes_eval_unknown_format(tmp_path: Path, settings: Settings) -> None:
    with pytest.raises(EvalDataError):
        evaluate(tmp_path, settings)


def test_quotes_eval_ggt_dev_sample(shared_data: Path, settings: Settings) -> None:
    report = evaluate(shared_data / "quotes" / "ggt" / "ggt_en_eval_dev.jsonl", settings, limit=3)
    assert report.metrics["quote_f1"] > 0.6
    assert report.anchors["quote_f1"][0] == 0.837
