"""Gazetteer and geocoding: a GeoNames-based index built from PyPI packages, toponym recognition over the shared
parse, and resolution of names to places (see docs/geo.md).

>>> from redline.geo import resolve
>>> resolve("Paris", ["Texas"]).country  # doctest: +SKIP
'US'
"""

from __future__ import annotations

from collections.abc import Sequence

from redline.geo.index import Candidate, Gazetteer, load_gazetteer
from redline.geo.resolver import Resolver, Toponym
from redline.settings import Settings

__all__ = ["Candidate", "Gazetteer", "Resolver", "Toponym", "load_gazetteer", "resolve"]


def resolve(name: str, context: Sequence[str] = (), settings: Settings | None = None) -> Candidate | None:
    """The place ``name`` most likely means, given other place names of the same text (None if unknown)."""
    return Resolver(load_gazetteer(settings or Settings.from_env())).resolve(name, context)
