"""redline: conflict and diplomacy news into a sourced, structured record."""

from __future__ import annotations

__version__ = "0.1.0"
