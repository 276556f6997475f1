"""Time expressions (TIMEX3 DATE, TIME, DURATION, SET): recognition by a compiled grammar, normalization
against an anchor date (the publication date) using the tense of the clause, and the expression's role."""

from __future__ import annotations

from redline.timex.tagger import TimeTagger, Timex

__all__ = ["TimeTagger", "Timex"]
