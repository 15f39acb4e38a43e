"""Small articles for the analysis tests: a title line, then the body."""
from __future__ import annotations

import datetime as dt

import kcoop


def article(body: str, on: str = "2025-08-14") -> kcoop.Record:
    return kcoop.extract(f"테스트 기사 제목\n\n{body}", reference_date=dt.date.fromisoformat(on))
