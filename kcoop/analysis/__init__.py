"""Stage 4: what the clean text says: people, organisations, commitments."""
from __future__ import annotations

import datetime as dt

from ..record import Record


def analyse(record: Record, reference: dt.date | None) -> None:
    """Fill ``people``, ``organisations`` and ``commitments`` of a record in place."""
