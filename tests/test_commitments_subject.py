"""A commitment noun as the subject of a commitment verb continues that commitment; it is not a new pledge."""

from __future__ import annotations

from collections.abc import Callable

from redline.models import Record

TEXT = ("Government forces and the rebel alliance agreed on Tuesday to a ceasefire in the eastern province, "
        "mediators in Nairobi said. The truce commits both sides to withdraw heavy weapons from the towns by March 12, "
        "according to a statement from the mediators.")


def test_commitments_subject_noun_continues_the_commitment(analyze: Callable[..., Record]) -> None:
    record = analyze(TEXT, published="2025-03-01")
    assert len(record.commitments) == 1
    [commitment] = record.commitments
    assert commitment.kind in {"ceasefire", "truce"}
    assert "2025-03-12" in {p.deadline for p in commitment.provisions}
