"""Broadcast news as page text: a transcript's cues (``[앵커]``, ``◀ 리포트 ▶``) are not its
text; an interviewee's label (``정미란 / 기상청 예보국장``) is, though it looks like a photo
credit; the reporter's sign-off (``YTN 윤서하입니다.``) names the reporter and the outlet."""
from __future__ import annotations

import re

from .. import outlets
from ..article import Article, Reporter
from ..datafiles import word_set, words
from .bylines import DESK_OR_OUTLET, REPORTER_TITLES

_CUE = re.compile(r"[\[<◀【〈]\s*(?P<cue>[^\[\]<>◀▶【】〈〉:]{1,12}?)\s*(?::\s*(?P<speaker>[^\[\]<>◀▶【】〈〉]{1,60}))?\s*[\]>▶】〉]")
_SPEAKER = re.compile(r"(?P<name>[가-힣]{2,4})\s*/\s*(?P<who>[^/]{2,40})")
_SIGN_OFF = re.compile(r"(?P<outlet>\S{2,10}(?:\s?뉴스)?)\s*(?P<name>[가-힣]{2,4})(?:\s?기자)?입니다\.?")


def cue(line: str) -> str | None:
    """For a cue line: the interviewee it names (``[인터뷰 : 정미란 / 기상청 예보국장]``), else
    ``""``; None for any other line."""
    match = _CUE.fullmatch(line)
    if not match or match["cue"].strip() not in word_set("broadcast_cues.txt"):
        return None
    return (match["speaker"] or "").strip()


def is_speaker_label(line: str) -> bool:
    """``정미란 / 기상청 예보국장``: a name and who the person is, as a transcript labels a voice."""
    return _SPEAKER.fullmatch(line) is not None


def take_sign_off(line: str, article: Article) -> bool:
    """``YTN 윤서하입니다.``, ``KBS 뉴스 윤서하입니다.``: the reporter and outlet noted, the line consumed."""
    match = _SIGN_OFF.fullmatch(line)
    outlet = match and (outlets.by_name(match["outlet"]) or outlets.by_name(match["outlet"].removesuffix("뉴스").strip()))
    if not outlet or not _is_name(match["name"]):  # SBS 뉴스입니다, KBS 기자입니다: no one named
        return False
    article.outlet_clues.append(outlet)
    article.add_reporter(Reporter(match["name"], None))
    return True


def _is_name(word: str) -> bool:
    return (word.startswith(tuple(words("surnames.txt"))) and word not in word_set("not_names.txt")
            and word not in REPORTER_TITLES and not DESK_OR_OUTLET.search(word))
