"""A line of text: its white space folded, and whether it ends like a sentence of prose."""
from __future__ import annotations

import re

SENTENCE_END = re.compile(r"[다요]\.[”\"']?$|다,$")  # 다, : a clause of prose cut short


def clean(text: str) -> str:
    """One line of prose: runs of white space (no-break and ideographic spaces too) folded, ends trimmed."""
    if "\u200b" in text or "\ufeff" in text:
        text = text.replace("\u200b", "").replace("\ufeff", "")
    return " ".join(text.split())
