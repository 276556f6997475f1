"""Commitments: agreements, ceasefires, pledges and ultimatums, their provisions, deadlines and status."""

from __future__ import annotations

from redline.commitments.status import Compliance, status_as_of

__all__ = ["Compliance", "status_as_of"]
