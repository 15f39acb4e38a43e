"""The one entry point: bytes or text in, a Record out.

decode -> detect layout -> parse the layout into an Article -> analyse the text -> Record.
"""
from __future__ import annotations

import datetime as dt
import hashlib
import unicodedata

from . import layouts
from .analysis import analyse, morphology
from .analysis.dates import published_date
from .decode import Decoded, decode, normalise
from .errors import InputError
from .record import Record, ReporterOut, Source

DEFAULT_MAX_BYTES = 10_000_000


def extract(
    data: bytes | str,
    *,
    path: str | None = None,
    layout: str | None = None,
    reference_date: dt.date | None = None,
    max_bytes: int = DEFAULT_MAX_BYTES,
) -> Record:
    """Turn one saved article dump into a record.

    ``layout`` forces a parser (one of ``layouts.LAYOUTS``) instead of detection;
    ``reference_date`` resolves dates printed without a year. Raises ``InputError`` for
    input that cannot become a record (empty, binary, too large, undecodable).
    """
    raw = data.encode("utf-8") if isinstance(data, str) else bytes(data)
    if len(raw) > max_bytes:
        raise InputError(f"too large: {len(raw):,} bytes (limit {max_bytes:,}; see --max-bytes)")
    decoded = decode(raw) if isinstance(data, bytes | bytearray) else _already_text(data)
    if layout is not None and layout not in layouts.LAYOUTS:
        raise ValueError(f"unknown layout {layout!r}; choose from {', '.join(layouts.LAYOUTS)}")
    detection = layouts.detect(decoded.text)
    chosen = layout or detection.layout
    confidence = detection.confidence if chosen == detection.layout else 1.0
    article = layouts.parse(decoded.text, chosen)
    text = unicodedata.normalize("NFC", "\n\n".join(article.paragraphs))
    published, date_warnings = published_date(article, reference_date)
    warnings = list(article.warnings) + date_warnings
    if decoded.repaired:
        warnings.append(f"text was mojibake; repaired as {decoded.encoding}")
    if decoded.replaced:
        warnings.append(f"{decoded.replaced:,} bytes were not valid {decoded.encoding}; replaced with U+FFFD")
    if chosen == layouts.FALLBACK and confidence < 0.5 and not layouts.looks_like_article(decoded.text):
        warnings.append("no article found: no Korean text and no paragraphs")
    elif not text:
        warnings.append("no article body found")
    record = Record(
        source=Source(path, hashlib.sha256(raw).hexdigest(), len(raw), decoded.encoding, chosen, confidence,
                      article.url),
        title=_nfc(article.title),
        subtitle=_nfc(article.subtitle),
        outlet=article.outlet,
        published=published,
        reporters=[ReporterOut(r.name, r.email) for r in article.reporters],
        dateline=article.dateline,
        text=text,
        captions=[_nfc(c) for c in article.captions],
        warnings=warnings,
    )
    analyse(record, dt.date.fromisoformat(published.date) if published else reference_date)
    return record


# A small article that takes every stage through its data files and patterns.
_WARM_UP = (
    "과기정통부, 한-미 협력 강화 작성일 10-29 1 목록 <div class=\"article_view\"><section>"
    "<p dmcf-ptype=\"general\">(서울=연합뉴스) 홍길동 기자 = 배경훈 과학기술정보통신부 장관은 29일 "
    "한-미 과학기술공동위원회를 내년 개최할 예정이라고 밝혔다.</p></section></div>"
)


def warm_up() -> None:
    """Load the data files, the analyzer and build the patterns now, every layout's, so that
    worker processes forked afterwards share them instead of each building its own."""
    morphology.tagger()
    for layout in layouts.LAYOUTS:
        extract(_WARM_UP, layout=layout, reference_date=dt.date(2025, 10, 29))


def _already_text(text: str) -> Decoded:
    if not text.strip():
        raise InputError("empty file")
    return Decoded(normalise(text), "str")


def _nfc(value: str | None) -> str | None:
    return unicodedata.normalize("NFC", value) if value else None
