"""Commitments: who will do what, and when.

Per sentence: the marker nearest its end (``data/markers.tsv``) gives the kind; a
scheduled event in the present tense (``29일 체결한다고 밝혔다``) with a named actor is a
plan; -기로 했다 of one party is its plan, of two an agreement. Actors come from the
sentence's own words outside quotations (so a quoted pledge is its speaker's): the first
topic (``은/는``) that names a party, else the main-clause subject (``이/가``), read as a
noun phrase over the analyzer's morphemes and resolved to the people, bodies, countries and
group words (양국, 양측) named in it; a pronoun (그는) is the person named last, a bare 회사/시/노조
the last body of that kind named before, ``X 관계자/측`` is X, and a phrase headed by a party noun
(``data/party_nouns.tsv``) or a proper noun is kept as written. A sentence without one
takes the party of the nearest clause before that names one (Korean drops a repeated
subject), else the article's own subject. A second clause with a party of its own
(``A는 …맡고, B는 …할 예정이다``) is that party's, with its own time. A present tense
with no party is a plan right after a commitment, or anywhere in an article stating a plan
when it has no subject at all, or a planned act made passive (``건립된다``). Not commitments:
a quoted -려 한다 whose subject is another (an accusation), a request retold with a plain
``했다``, a quantity that changes. Only the sentences that need it are analysed.
"""
from __future__ import annotations

import bisect
import re
from collections.abc import Iterator
from dataclasses import dataclass
from functools import cache
from typing import NamedTuple

from ..datafiles import cell_values, table, word_set, words
from ..record import Commitment, When
from . import lexicon, timex
from .document import Document
from .organisations import Organisations
from .people import People

_REPORTED = re.compile(r"(?:라고|이라고|고|며|면서|라며|이라며)$")
_ADNOMINAL = re.compile(r"(?:도록|있는|하는|할|한|된|인|던|될|되는)$")
# Words after the verb that only carry tense or the marker: 나갈, 계획이다, 것을 …
_AUXILIARY = re.compile(r"^(?:나가|나갈|갈|가기로|가겠다|가길|가기를|있도록|하기로|할|한다|하겠다|것|계획|예정|방침|목표|뜻|의견|데|게$)")
_VERBAL_NOUN = re.compile(r"^(?P<noun>[가-힣A-Za-z0-9·‧]{2,}?)(?:하기로|하고자|하겠다|하기|하고|한다|할|해|하며|하게|하는|하자|하라|하려|했|되|될|된|시켜|시킬|키로)")
_VERB_ENDINGS = re.compile(r"(?:겠(?:다는|다|습니다)[”\"’']?(?:고|며|면서|라고)?|기로|기를|기길|길|고자|도록|면서|고|며)$")
_SAYING_JOINED = re.compile(r"(?<=[했혔렸였])(?:는데|으나|지만|고|으며)$")  # 보도했는데, 전했으나: a clause cut
_BRACKETS = re.compile(r"[()‘’“”\"']")
_LETTER = re.compile(r"[가-힣A-Za-z]")


class _Marker(NamedTuple):
    kind: str
    pattern: re.Pattern
    contains: tuple[str, ...]  # every match contains one of these words: a cheap first test


# Every syllable whose final consonant is ㄹ: ``{ㄹ}`` in markers.tsv.
_RIEUL_FINAL = f"[{lexicon.syllables_with_final(lexicon.FINAL_RIEUL)}]"


@cache
def _markers() -> tuple[_Marker, ...]:
    return tuple(_Marker(row["kind"], re.compile(row["pattern"].replace("{ㄹ}", _RIEUL_FINAL)), tuple(cell_values(row["contains"])))
                 for row in table("markers.tsv"))


@cache
def _country_pattern() -> re.Pattern:
    return re.compile(lexicon.literal_pattern(lexicon.country_by_form()) + r"(?![A-Za-z])")


@cache
def _groups() -> tuple[re.Pattern, dict[str, tuple[str, int | None]]]:
    """One pattern for every group word (spaced or not), what each stands for and how many."""
    means = {}
    for row in table("group_words.tsv"):
        for written in (row["word"], row["word"].replace(" ", "")):
            means.setdefault(written, (row["means"], int(row["count"]) if row["count"] else None))
    return re.compile(lexicon.literal_pattern(means)), means


class _Mention(NamedTuple):
    start: int
    end: int
    names: tuple[str, ...]
    kind: str  # person | org | country | group

    @property
    def is_person(self) -> bool:
        return self.kind == "person"


@dataclass
class _Context:
    mentions: list[_Mention]  # sorted by start
    main_parties: tuple[str, ...]  # the article's own subject: the last resort for a sentence with none
    sides: tuple[str, ...]  # the bodies named together: the parties of an event (이번 만남은 …)
    body_kinds: dict[str, str]  # the name of each body found -> its organisation kind
    previous: tuple[str, ...] = ()  # the last party a sentence named (Korean drops a repeated subject)

    def __post_init__(self) -> None:
        self.starts = [m.start for m in self.mentions]
        self.longest = max((m.end - m.start for m in self.mentions), default=0)

    def before(self, position: int) -> Iterator[_Mention]:
        """The mentions that start before ``position``, nearest first, at most
        ``_LOOK_BACK_MENTIONS`` (what a pronoun or a stand-in refers to is named recently; an
        unbounded look-back made a long text of them quadratic)."""
        last = bisect.bisect_left(self.starts, position)
        for i in range(last - 1, max(last - 1 - _LOOK_BACK_MENTIONS, -1), -1):
            yield self.mentions[i]

    def overlapping(self, start: int, end: int) -> list[_Mention]:
        """The mentions over any of ``start:end``, in order."""
        found = []
        i = bisect.bisect_left(self.starts, end) - 1
        while i >= 0 and self.starts[i] + self.longest > start:  # no mention starting earlier reaches start
            if start < self.mentions[i].end:
                found.append(self.mentions[i])
            i -= 1
        found.reverse()
        return found


def find(document: Document, people: People, orgs: Organisations) -> list[Commitment]:
    text = document.text
    mentions, parties = _mentions(document, people, orgs)
    main = parties["countries"] if _pair_pattern()[0].search(text) else _reporting_body(document, mentions, orgs)
    context = _Context(mentions, main, parties["sides"], {f.name: f.kind for f in orgs.found.values()})
    found: list[Commitment] = []
    all_words = document.words
    starts = [w.start for w in all_words]
    clauses = list(_clauses(document))
    named: dict[int, tuple[str, ...]] = {}  # the parties each clause names, found when needed

    def words_of(k: int) -> list[lexicon.Token]:
        start, end = clauses[k]
        return all_words[bisect.bisect_left(starts, start): bisect.bisect_left(starts, end)]

    def explicit(k: int) -> tuple[tuple[str, ...], bool]:
        quotes = _quotations(text[clauses[k][0]:clauses[k][1]], clauses[k][0])
        return _explicit_actors(document, [w for w in words_of(k) if not _inside(w.start, quotes)], context)

    def previous(k: int) -> tuple[str, ...]:
        """The parties of the nearest clause before that names any (Korean drops a repeated
        subject); only the clauses a commitment needs are analysed."""
        for j in range(k - 1, max(k - 1 - _LOOK_BACK, -1), -1):
            if j not in named:
                named[j] = explicit(j)[0]
            if named[j]:
                return named[j]
        return ()

    group_pattern, group_means = _groups()
    if len(context.sides) < 2 and any(group_means[word][0] == "sides" for word in group_pattern.findall(text)):
        # 양사는, 두 회사는 with fewer than two bodies found: the parties of the first clause naming two
        # as written (한빛바이오는 누리제약과 …)
        for k in range(len(clauses)):
            actors, _ = explicit(k)
            sides = actors + tuple(p for p in _partners(document, words_of(k), clauses[k][1], context) if p not in actors)
            if len(sides) >= 2:
                context.sides = sides
                break
    last_found = -_PLAN_CONTINUES - 1  # the clause of the last commitment found
    last_actors: tuple[str, ...] = ()  # and its parties

    @cache
    def plan_article() -> bool:
        """Whether the article states a plan or an agreement with a marker of its own anywhere."""
        return any((_marker(text[s:e]) or ("none",))[0] in ("plan", "agreement") for s, e in clauses)
    for k, (start, end) in enumerate(clauses):
        sentence = text[start:end]
        marker = _marker(sentence)
        words = words_of(k)
        scheduled: tuple[str, ...] = ()  # the body named in a scheduled event's own sentence
        described = False  # a present tense describing the article's plan, far from a commitment
        happening = False  # an event told as taking place, no party named
        if marker is None and _present_tense_plan(words):
            actors, topic = explicit(k)
            # 분관은 2028년 문을 연다: with no party named, a time still ahead makes it a plan,
            # held by the body it takes place at (공청회는 14일 누리시의회에서 열린다); with none,
            # a party's standing activity is not one (시는 저상버스 120대를 운영한다)
            ahead = _ahead(document, sentence, start)
            # 우선 농가 80곳에 모종을 지원한다: with no party and no time, a present tense acting
            # on an object right after a commitment goes on telling that plan, its party the one of
            # the clauses before (not 전망이 나온다, 협력도 이어진다: things that happen)
            # 강 위에 교각을 놓고 보행 데크를 만든다: further on, with no topic or subject
            # at all, in an article that states a plan, it describes that plan: the article's party's
            near = k - last_found <= _PLAN_CONTINUES
            described = not actors and not near and not _has_subject(document, words) and plan_article()
            # 새 체육관은 옛 시장 부지에 건립된다: a planned act made passive, in an article stating a plan
            planned = not actors and plan_article() and _planned_passive(document, words)
            described = described or planned and not near  # far from a commitment: the article's party
            continuing = not actors and ((near or described) and _acts_on_an_object(document, words) or planned)
            if ((ahead or (actors or continuing) and not _standing(document, words))
                    and not _told_in_the_present(document, sentence, start)):
                verb, index = _predicate(words)
                marker = ("plan", verb, words[index].start - start + max(len(verb) - 2, 0))
                happening = topic and not actors and not planned and _takes_place(document, words)
                # 심문은 19일 누리지법에서 열린다, 첫 공판은 9일 한울지법 형사합의21부 심리로
                # 열린다: the body an event takes place at or before holds it
                scheduled = next((m.names for m in context.overlapping(start, end)
                                  if m.kind == "org" and (happening or text.startswith("에서", m.end))), ())
        if marker is None or marker[0] == "none" or _old_plan(document, sentence, start):
            continue
        context.previous = previous(k)
        actors, topic = explicit(k)
        kind, marker_text, marker_at = marker
        if actors and _FUTURE_SAID.search(marker_text) and _thing_will(document, words, start + marker_at, context):
            continue  # 연구소는 성장률이 2%에 그칠 것이라고 밝혔다: a forecast about a thing
        if kind == "proposal" and _COMMAND.match(marker_text) and not _commanded(document, start + marker_at):
            continue  # "…선동이라"고 했다 read as a command: the analyzer says the 라 is no verb's ending
        if (kind == "agreement" and _AGREED_ON.search(sentence[:marker_at + len(marker_text)])
                and _told_in_the_present(document, sentence, start)):
            continue  # 시와 코레일은 지난 3월 부지 매입 가격에 합의했다: an agreement reached before, background
        if (kind == "plan" and _INTENT.match(marker_text)
                and _said_of_another(document, sentence, start, start + marker_at, actors, context)):
            continue  # "시가 개발 이익을 민간에 넘기려 한다"고 비판했다: what another is up to, an accusation
        if (kind == "pledge" and not actors and not sentence.lstrip().startswith(tuple(_QUOTES))
                and _thing_will(document, words, start + marker_at, context, ("JKS", "JX"))):
            continue  # 많은 눈이 내리겠습니다: a broadcast's forecast, no one's pledge
        # "A는 …을 맡고, B는 …할 예정이다": a second clause with a party of its own is B's
        quotes = _quotations(sentence, start)
        boundary, own = _second_subject(document, [w for w in words if not _inside(w.start, quotes)],
                                        start + marker_at, context)
        first_actors = actors
        if own:
            actors = own
        # "이번 만남은 … 하기로 했다": a topic that is an event, not a party; its sides agree
        event = context.sides if kind == "agreement" and topic else ()
        named[k] = first_actors or actors or event  # a subject dropped after goes on with the sentence's first
        if not actors and sentence.lstrip().startswith(tuple(_QUOTES)):
            actors = _labelled_speaker(text, start, context)
        if marker[0] == "plan" and not actors and described and (last_actors or context.main_parties):
            context.previous = last_actors or context.main_parties  # the plan's: of the last commitment, else the article's
        if happening:  # an event goes with the party of the clause right before (its 개관식), if any
            context.previous = previous(k) if k and explicit(k - 1)[0] else ()
        actors = actors or event or scheduled or context.previous or (() if happening else context.main_parties)
        if kind == "agreement" and len(actors) == 1:  # an agreement has a second party
            actors = actors + tuple(p for p in _partners(document, words, start + marker_at, context) if p not in actors)
            if len(actors) == 1 and _DECIDED.match(marker_text):
                kind = "plan"  # "누리그룹이 … 짓기로 했다": one party decided
        last_found = k
        if kind in ("plan", "agreement"):  # a plan described later is a reported plan's, not a quoted pledge's
            last_actors = actors
        parts = _coordinated(document, words, start, end, start + marker_at)
        for part_start, part_end, verb_at in parts:
            part = text[part_start:part_end]
            part_actors = actors
            time_start = part_start
            if own and len(parts) > 1 and part_end <= boundary:
                part_actors = first_actors or actors  # 군은 다음 달 … 마련하고, 센터는 12월부터 …: each its own
            elif own:
                time_start = max(part_start, boundary)  # the time of the second party's own clause
            found.append(Commitment(
                text=part, span=[part_start, part_end], actors=list(part_actors), action=_action(document, words, verb_at),
                kind=kind, marker=marker_text, when=_when(document, sentence, start, time_start, part_end),
            ))
    return found


# Connective endings that close a clause before another with a subject of its own (-고, -며, -지만)
_CLAUSE_ENDINGS = ("고", "며", "으며", "지만", "는데", "은데", "ㄴ데", "면서", "으면서")


def _second_subject(document: Document, words: list[lexicon.Token], marker_at: int,
                    context: _Context) -> tuple[int, tuple[str, ...]]:
    """``시는 부지 조성을 맡고, 소담도시공사는 상가 운영을 담당할 예정이다``: where the clause of
    the marker starts (an offset) and its own party, when a clause closed by a verb's
    connective comes before it and the marker's clause names a party of its own; else (0, ())."""
    boundary = None
    for i, word in enumerate(words[:-1]):
        if word.start >= marker_at:
            break
        last = document.morpheme_at(word.end - 1)
        if not (last and last.end == word.end and last.tag.rpartition("+")[2] == "EC" and last.form in _CLAUSE_ENDINGS):
            continue
        verb = document.morpheme_at(last.start - 1) if last.start > word.start else last
        if verb and verb.tag.rpartition("+")[2].startswith(("VV", "VX", "XSV", "XSA", "EP", "VA")):
            boundary = i + 1
    if boundary is None or words[boundary].start >= marker_at:
        return 0, ()
    own, _ = _explicit_actors(document, [w for w in words[boundary:] if w.start < marker_at], context)
    return (words[boundary].start, own) if own else (0, ())


def _coordinated(document: Document, words: list[lexicon.Token], start: int, end: int,
                 marker_at: int) -> list[tuple[int, int, int]]:
    """``한빛군은 8월 부지를 매입하고 내년 5월 착공에 들어갈 예정이다``: two plans joined by -고,
    each with its own time, are two commitments of one marker: (start, end, where its verb
    ends) of each. ``2028년 착공해 2031년 완공할 계획`` (-아/-어) is one plan in steps.
    A part's own time is one still running after the report (올해 안에, 내년 2분기에), not
    the day of the report (18일 … 구성하고, … 짓는다고 7일 밝혔다)."""
    text = document.text

    def own_times(part_start: int, part_end: int) -> list[timex.TimeExpression]:
        return [t for t in timex.find(text[part_start:part_end], part_start, document.reference_date, document)
                if t.end and t.end > document.reference_date]

    for i, word in enumerate(words[:-1]):
        if word.start >= marker_at:
            break
        last = document.morpheme_at(word.end - 1)
        if not (last and last.form == "고" and last.tag == "EC" and last.end == word.end):
            continue
        after = words[i + 1]
        if own_times(after.start, marker_at) and own_times(start, word.end):
            return [(start, word.end, word.end), (after.start, end, marker_at)]
    return [(start, end, marker_at)]


_PLAN_CONTINUES = 2  # clauses after a commitment a present tense with no party still tells it
_LOOK_BACK = 8  # clauses a commitment without a subject looks back for one
_LOOK_BACK_MENTIONS = 200  # mentions a pronoun or a stand-in noun looks back over
_LOOK_BACK_WORDS = 400  # words a stand-in noun looks back over for a body written with its ending


def _quotations(sentence: str, offset: int) -> list[tuple[int, int]]:
    """The spans of quoted speech (“…” or "…") in a sentence, as offsets into the text."""
    spans, opened = [], None
    for i, char in enumerate(sentence):
        if opened is None and char in "“\"":
            opened = i
        elif opened is not None and char in "”\"":
            spans.append((offset + opened, offset + i + 1))
            opened = None
    if opened is not None:  # a quotation running to the sentence's end
        spans.append((offset + opened, offset + len(sentence)))
    return spans


def _inside(position: int, spans: list[tuple[int, int]]) -> bool:
    return any(s <= position < e for s, e in spans)


@cache
def _clause_break() -> re.Pattern:
    return re.compile("|".join(words("clause_breaks.txt")))


def _clauses(document: Document):
    """Sentences, cut after a commitment that ends mid-sentence (``…할 계획이며, …``)."""
    text = document.text
    for start, end in document.sentences:
        cut = start
        for match in _clause_break().finditer(text, start, end):
            if end - match.end() > 10:
                yield cut, match.end()
                cut = match.end()
                while cut < end and text[cut] in " ,":
                    cut += 1
        yield cut, end


# ---------------------------------------------------------------- markers

@cache
def _marker_gate() -> lexicon.Gate:
    return lexicon.Gate(marker.contains for marker in _markers())


def _marker(sentence: str) -> tuple[str, str, int] | None:
    """(kind, marker text, where it starts) of the marker nearest the end; None if none."""
    markers = _markers()
    best = None
    for index in _marker_gate().rules(sentence):
        marker = markers[index]
        for match in marker.pattern.finditer(sentence):
            rank = (match.end(), match.end() - match.start())
            if best is None or rank > best[0]:
                own = "m" if "m" in marker.pattern.groupindex else 0
                best = (rank, marker.kind, match.group(own).strip(), match.start(own))
    return best[1:] if best else None


def _predicate(words: list[lexicon.Token]) -> tuple[str, int]:
    """The sentence's final verb, looking through ``…고 (3일) 밝혔다``."""
    if not words:
        return "", -1
    last = words[-1].text.rstrip(".")
    said = last in _SAID and len(words) > 1 and _QUOTATIVE.search(words[-2].text)  # 시행한다고 했다
    if said or _SAYING_JOINED.sub("다", last.rstrip(",")) in lexicon.reporting_verbs():  # 밝혔다, 보도했는데
        for index in range(len(words) - 2, max(len(words) - 5, -1), -1):
            word = words[index].text.rstrip("”\"'’")
            if _REPORTED.search(word):
                return _REPORTED.sub("", word), index
    return last, len(words) - 1


_SAID = ("했다", "했습니다")  # a verb of saying only after a quotative: …시행한다고 했다
_QUOTATIVE = re.compile(r"[다라]고[”\"’']?$|[”\"’'](?:이?라)?고$")


def _present_tense_plan(words: list[lexicon.Token]) -> bool:
    """``체결한다``, ``연다``, ``맺는다``: a declarative present verb, the form of a scheduled act
    (not a verb of saying or of a state: 주장한다, 달한다; not hearsay: 다쳤다고 한다)."""
    verb, index = _predicate(words)
    verb = _plain_present(verb)
    if len(verb) < 2 or not verb.endswith("다") or not lexicon.HANGUL.match(verb[-2]) or verb in word_set("not_plans.txt"):
        return False
    if verb == "한다" and index > 0 and words[index - 1].text.endswith(("고", "야")):
        return False  # 다쳤다고 한다: hearsay; 늘려야 한다: an obligation
    if verb.endswith("는다"):
        return True
    return lexicon.final_consonant(verb[-2]) == lexicon.FINAL_NIEUN and not verb.endswith(("이다", "한다는"))


def _planned_passive(document: Document, words: list[lexicon.Token]) -> bool:
    """Whether the predicate is a planned act made passive (건립된다: ``data/planned_acts.txt``)."""
    _, index = _predicate(words)
    if index < 0:
        return False
    predicate = document.morphemes_between(words[index].start, words[index].end)
    return any(m.tag.startswith("XSV") and m.form.startswith(("되", "된")) and k and predicate[k - 1].form in word_set("planned_acts.txt")
               for k, m in enumerate(predicate))


def _has_subject(document: Document, words: list[lexicon.Token]) -> bool:
    """Whether any word outside a quotation is a topic or a subject (교육감은, 구도가)."""
    return any(_particle(document, w) for w in words if not any(q in w.text for q in _QUOTES))


def _acts_on_an_object(document: Document, words: list[lexicon.Token]) -> bool:
    """Whether the predicate's own clause has an object: one after the last verb ending before
    it (not 창문을 열어서 생긴다, 협상이 속도를 낼 것이란 관측이 나온다: an embedded clause's)."""
    _, index = _predicate(words)
    if index < 0:
        return False
    predicate = document.morphemes_between(words[index].start, words[index].end)
    if index > 0 and predicate and predicate[0].tag.startswith("VX"):
        index -= 1  # 무료로 해 준다, 키워 나간다: the verb before the auxiliary is the predicate's
    object_ = False
    morphemes = document.morphemes_between(words[0].start, words[index].start)
    for k, m in enumerate(morphemes):
        if m.tag.rpartition("+")[2].startswith(("EC", "ETM", "ETN")):  # 위해/VV+EC
            object_ = False
        elif m.tag == "JKO" or m.tag == "JX" and m.form in _TOPIC and k and morphemes[k - 1].tag == "NNG" and _made_active(
                document, words[index], verb_only=m.form != "도"):
            object_ = True  # 저녁 급식도 무상으로 제공한다, 선별장은 … 옆에 짓는다: an object said as a topic
    return object_


def _made_active(document: Document, word: lexicon.Token, verb_only: bool = False) -> bool:
    """Whether a predicate is an act a party does: a verb, or a verbal noun made an active verb
    (제공한다: 제공/NNG 한다/XSV), not one of what happens (이어진다, 열린다, 개최된다)."""
    predicate = document.morphemes_between(word.start, word.end)
    text = word.text.rstrip(".")
    if text in word_set("happening_verbs.txt") or text in word_set("not_plans.txt") or text.endswith(("진다", "된다")):
        return False  # 협력도 이어진다, 행사는 열린다: what happens, not what a party does
    if predicate and predicate[0].tag.startswith("VV"):
        return True  # 짓는다, 연다 (an analyzer's verb; its object may be the topic)
    # a verbal noun's topic with 은/는 is as often its agent as its object (펀드는 창업기업에
    # 투자한다): only one said with 도 is read as its object (급식도 제공한다)
    return not verb_only and len(predicate) >= 2 and predicate[0].tag == "NNG" and predicate[1].tag.startswith("XSV") and predicate[1].form.startswith(("하", "한"))


_SPEAKER_LABEL = re.compile(r"(?P<name>[가-힣]{2,4})\s*/\s*\S")  # 남윤석 / 기상청 예보분석관


def _labelled_speaker(text: str, start: int, context: _Context) -> tuple[str, ...]:
    """A broadcast's quotation on its own follows its speaker's label line (``이름 / 기관 직책``):
    the person named there says it, not the party of the sentences before."""
    label = text[:start].rstrip().rpartition("\n")[2].strip()
    found = _SPEAKER_LABEL.match(label)
    if not found:
        return ()
    name = found["name"]
    mentioned = next((m.names for m in context.overlapping(start - len(label) - 2, start)
                      if m.is_person and name in m.names), None)
    return mentioned or ((name,) if lexicon.is_korean_name(name) else ())


def _takes_place(document: Document, words: list[lexicon.Token]) -> bool:
    """Whether the predicate tells an event taking place (``data/happening_verbs.txt``, or a
    verbal noun made passive: 개최된다), not a party's act."""
    verb, index = _predicate(words)
    if verb.rstrip(".") in word_set("happening_verbs.txt"):
        return True
    predicate = document.morphemes_between(words[index].start, words[index].end)
    return any(m.tag.startswith("XSV") and m.form.startswith(("되", "된")) for m in predicate)


def _plain_present(verb: str) -> str:
    """A broadcast's polite present as the plain one it says (연장합니다 → 연장한다, 맺습니다 →
    맺는다); the past (했습니다), a state (있습니다) and the copula (입니다) stay as they are."""
    if not verb.endswith("니다") or len(verb) < 3:
        return verb
    before = verb[-3]
    if before == "습" and len(verb) > 3:
        stem_end = verb[-4]
        if lexicon.final_consonant(stem_end) == lexicon.FINAL_SSANGSIOT or stem_end in "있없":
            return verb
        return verb[:-3] + "는다"
    if lexicon.final_consonant(before) == lexicon.FINAL_BIEUP and before not in "입습":
        return verb[:-3] + lexicon.with_final(before, lexicon.FINAL_NIEUN) + "다"
    return verb


@cache
def _standing_words() -> dict[str, str]:
    return {row["word"]: row["role"] for row in table("standing_words.tsv")}


def _standing(document: Document, words: list[lexicon.Token]) -> bool:
    """Whether a present-tense sentence tells a standing activity (``data/standing_words.tsv``):
    its predicate's stem is a verb of continuing, or a word says the act recurs."""
    _, index = _predicate(words)
    standing = _standing_words()
    predicate = document.morphemes_between(words[index].start, words[index].end)
    stem = next((m.form for m in predicate if m.tag.startswith(("NNG", "VV"))), None)
    if standing.get(stem) == "verb":
        return True
    return any(standing.get(m.form) == "habitual" and m.tag in ("MAG", "NNG")
               for m in document.morphemes_between(words[0].start, words[-1].end))


_PAST_YEAR = re.compile(r"(?<!\d)(?P<y>\d{4})년|지난해|작년")


def _old_plan(document: Document, sentence: str, offset: int) -> bool:
    """``지난 2023년 … 높이겠다는 계획을 내놨다``, ``2019년 … 약속한 바 있다``: a plan made in an
    earlier year and told in the past tense is background: always when the plan was announced
    (계획을 발표했다, 공약했다), else when no time in the sentence is still ahead."""
    reference_date = document.reference_date
    if not reference_date or not any(m["y"] is None or int(m["y"]) < reference_date.year for m in _PAST_YEAR.finditer(sentence)):
        return False
    verb = sentence.rstrip(" .”\"'’")
    past = verb.endswith("다") and len(verb) > 1 and lexicon.final_consonant(verb[-2]) == lexicon.FINAL_SSANGSIOT
    if not (past or _BACKGROUND.search(verb)):
        return False
    return bool(_BACKGROUND.search(verb) or _ANNOUNCED.search(verb)) or not any(
        t.end and t.end >= reference_date for t in timex.find(sentence, offset, reference_date, document))


_BACKGROUND = re.compile(r"바\s*있다$")  # 발표한 바 있다: told as a fact of the past
_ANNOUNCED = re.compile(r"(?:계획|목표|방침|구상|전략)(?:을|를)\s*\S+$|(?:공약|약속|다짐)\S*$")


def _told_in_the_present(document: Document, sentence: str, offset: int) -> bool:
    """``박하늘 시장이 12일 열린 회견에서 발언한다``: a present tense with only times already
    past is a past act told in the present (a caption's), not a scheduled one."""
    reference_date = document.reference_date
    return bool(reference_date) and timex.names_only_the_past(sentence, offset, reference_date, document)


def _ahead(document: Document, sentence: str, offset: int) -> bool:
    """Whether the sentence says a time that starts after the published date, or an undated
    future (앞으로, 조만간: ``data/vague_times.txt``; not 향후 5년간, a span said of a fact)."""
    reference_date = document.reference_date

    def undated_future(t: timex.TimeExpression) -> bool:
        return t.start is None and t.end is None and not _SPAN_FOLLOWS.match(sentence, t.position - offset + len(t.text))

    def deadline(t: timex.TimeExpression) -> bool:  # 2035년까지, 내년부터 오는 2031년까지: a span into a later year
        return bool(t.end and t.end.year > reference_date.year and t.text.endswith("까지"))

    return bool(reference_date) and any(
        (undated_future(t) or t.start and t.start > reference_date or deadline(t)) and not _dates_the_report(sentence, t, offset)
        for t in timex.find(sentence, offset, reference_date, document))


_SPAN_FOLLOWS = re.compile(r"\s*\d")  # 향후 30년간, 향후 5년 이내


# ---------------------------------------------------------------- actors

def _mentions(document: Document, people: People, orgs: Organisations) -> tuple[list[_Mention], dict[str, tuple[str, ...]]]:
    """Every naming of a party, and what the group words stand for."""
    text = document.text
    mentions = [_Mention(s, e, (_titled_person(text[s:e], name, people),), "person") for s, e, name in people.spans]
    mentions += _short_forms(text, people, [(m.start, m.end) for m in mentions])
    mentions += [_Mention(s, e, (orgs.found[key].name,), "org") for s, e, key in orgs.spans]
    countries = lexicon.country_by_form()
    for match in _country_pattern().finditer(text):
        start, end = match.span()
        if start and _LETTER.match(text[start - 1]):
            continue  # inside a longer word
        if lexicon.particle_follows(text, end) and not orgs.covering(start, end):  # 일본 of 일본 문부과학성 is the body
            mentions.append(_Mention(start, end, (countries[match.group(0)].name,), "country"))
    mentions.sort(key=lambda m: m.start)
    parties = _parties(document, orgs, mentions)
    taken = bytearray(len(text) + 1)  # 1 where a party is already named
    for mention in mentions:
        taken[mention.start: mention.end] = b"\x01" * (mention.end - mention.start)
    pattern, meaning = _groups()
    for match in pattern.finditer(text):
        if match.start() and lexicon.HANGUL.match(text[match.start() - 1]):
            continue  # inside a longer word
        means, count = meaning[match.group(0)]
        if count and _AFTER_A_LIST.search(text, max(0, match.start() - 15), match.start()):
            continue  # "SK텔레콤, KT, LG유플러스 등 이동통신 3사": the parties are the ones listed
        names = parties.get(means, (means,) if means not in parties else ())[:count]
        if names and not taken[match.start()]:
            mentions.append(_Mention(match.start(), match.end(), names, "group"))
            taken[match.start(): match.end()] = b"\x01" * (match.end() - match.start())
    return sorted(mentions, key=lambda m: (m.start, -m.end)), parties


# A surname and a title written apart (한 교수는, 박 전 부사장이): a person's short form
# (the title read ahead, not taken: 그는 in 그는 한 교수와 is no short form, and must not hide 한 교수)
_SHORT_FORM = re.compile(r"(?<![가-힣A-Za-z0-9])(?P<surname>[가-힣]{1,2})(?=\s(?:(?:전|前|신임|현)\s)?(?P<title>[가-힣]{1,8}))")


def _short_forms(text: str, people: People, taken: list[tuple[int, int]]) -> list[_Mention]:
    """The short forms the people did not take (한 교수는 after 한유석 교수): each is the
    person of that surname holding that title named last before it, so that a later 그는 and
    the short form itself name the person, not whoever was named in full last."""
    by_surname: dict[str, list] = {}
    for person in people.found.values():
        by_surname.setdefault(person.surname, []).append(person)
    if not by_surname:
        return []
    covered = bytearray(len(text) + 1)
    for start, end in taken:
        covered[start:end] = b"\x01" * (end - start)
    found = []
    for match in _SHORT_FORM.finditer(text):
        candidates = by_surname.get(match["surname"])
        if not candidates or covered[match.start()]:
            continue
        title, _ = lexicon.strip_particle(match["title"])
        holders = [p for p in candidates if any(t == title or t.endswith(title) for t in p.titles)]
        before = [(max((m[0] for m in p.mentions if m[0] < match.start()), default=-1), p.name) for p in holders]
        before = [b for b in before if b[0] >= 0] or [(0, p.name) for p in holders[:1] if len(holders) == 1]
        if before:  # the one holder, though named only in a caption or the title
            end = match.start("title") + len(title)
            found.append(_Mention(match.start(), end, (max(before)[1],), "person"))
    return found


def _titled_person(written: str, name: str, people: People) -> str:
    """The person a short form (``변 전 부사장``) names: the one given, unless that person never
    holds the title and another of the same surname does (변성곤 명예회장, 변하진 부사장)."""
    if name in written or " " not in written:
        return name
    title = written.split()[-1]
    person = people.found.get(name)
    if person is None or any(title in t for t in person.titles):
        return name
    return next((f.name for f in people.found.values()
                 if f.name != name and f.surname == person.surname and title in f.titles), name)


def _parties(document: Document, orgs: Organisations, mentions: list[_Mention]) -> dict[str, tuple[str, ...]]:
    """What 양국, 양 부처 and 양측 stand for in this article."""
    ordered = sorted(orgs.found.values(), key=lambda f: min(m[0] for m in f.mentions))
    ministries = tuple(f.name for f in ordered if f.kind == "government")[:2]
    text = document.text
    ends = [end for _, end in document.sentences]
    committees = {f.name for f in ordered if f.kind == "committee"}  # a meeting's body is not a side
    by_sentence: dict[int, list[str]] = {}
    for mention in mentions:
        if mention.kind == "org" and mention.names[0] not in committees:
            names = by_sentence.setdefault(bisect.bisect_right(ends, mention.start), [])
            if mention.names[0] not in names:
                names.append(mention.names[0])
    together = next((names for _, names in sorted(by_sentence.items()) if len(names) >= 2), None)
    sides = tuple(together) if together else ()
    return {"countries": _country_pair(text, mentions), "ministries": ministries if len(ministries) == 2 else (),
            "sides": sides or tuple(f.name for f in ordered[:2])}


@cache
def _pair_pattern() -> tuple[re.Pattern, dict[str, str]]:
    """``한-미``, ``한미``, ``韓美``, ``한·아세안``: Korea and one partner."""
    partners = {form: c.name for form, c in lexicon.country_short_forms().items() if c.code != "KR"}
    partners.update({"아세안": "아세안", "ASEAN": "아세안", "EU": "유럽연합"})
    forms = "|".join(map(re.escape, sorted(partners, key=len, reverse=True)))
    return re.compile(rf"(?<![가-힣])(?:한|韓)(?:\s*[-·‧]\s*)?({forms})"), partners


def _country_pair(text: str, mentions: list[_Mention]) -> tuple[str, ...]:
    pattern, partners = _pair_pattern()
    match = pattern.search(text)
    if match:
        return ("대한민국", partners[match.group(1)])
    country_names = {c.name for c in lexicon.countries()}
    countries: list[str] = []
    for mention in mentions:
        name = mention.names[0]
        if name in country_names and name not in countries:
            countries.append(name)
    if countries and "대한민국" not in countries:
        countries.insert(0, "대한민국")
    return tuple(countries[:2]) if len(countries) >= 2 else ()


def _reporting_body(document: Document, mentions: list[_Mention], orgs: Organisations) -> tuple[str, ...]:
    """The article's own subject: the body that ``밝혔다``, else the first body named."""
    text = document.text
    for start, end in document.sentences:
        if text[start:end].rstrip(".").endswith("밝혔다"):
            for mention in mentions:
                if start <= mention.start < end and not mention.is_person:
                    return mention.names
    first = sorted(orgs.found.values(), key=lambda f: min(m[0] for m in f.mentions))
    return (first[0].name,) if first else ()


def _names_in(start: int, end: int, context: _Context) -> tuple[str, ...]:
    found = context.overlapping(start, end)
    people = [m for m in found if m.is_person]
    chosen = people or found
    names: list[str] = []
    for mention in chosen:
        names.extend(n for n in mention.names if n not in names)
    return tuple(names)


def _noun_phrase(document: Document, words: list[lexicon.Token], i: int, context: _Context) -> tuple[str, ...]:
    """The parties named by the phrase that ends at word ``i`` before its particle
    (``하 수석과 크라치오스 실장은``, ``OECD 등 회원국 관계자는``, ``누리노조 강원지부는``)."""
    head = words[i]
    end = head.start + len(head.stem)  # before 은, 이, 과
    first = i
    while first > 0 and i - first < _PHRASE_WORDS and _nominal(document, words[first - 1], context):
        if document.text[words[first - 1].end: words[first].start].strip(" ,·"):
            break  # a quotation or bracket between: not one phrase
        first -= 1
    start = words[first].start
    bracket = document.text.find("(", head.start, end)
    nouns = [m for m in document.morphemes_between(head.start, end if bracket < 0 else bracket) if m.tag != "XSN"]
    if not nouns:
        return ()
    if nouns[-1].tag == "NP":  # 그는, 이들은: the person named last, or the last party
        refers_to = _pronouns().get(nouns[-1].form)
        if refers_to == "person":
            person = next((m for m in context.before(start) if m.is_person), None)
            return person.names if person else context.previous
        return context.previous if refers_to == "parties" else ()
    phrase = [_BRACKETED.sub("", w.text if w is not head else document.text[w.start:end]) for w in words[first:i + 1]]
    last_word = i
    while last_word > first and phrase[-1] in word_set("stand_in_nouns.txt"):  # 서울대 관계자, 노조 측: the body before
        phrase.pop()
        last_word -= 1
        end = words[last_word].end
    last = phrase[-1].removesuffix("들")
    if len(phrase) == 1 and last in _stand_ins():  # 회사는, 시는: the body of that kind named before
        return _stand_in(document, last, head.start, context)
    number = words[first - 1].text if first > 0 else ""  # 두 로펌은: 두 is no noun
    group = _groups()[1].get(" ".join(phrase)) or _groups()[1].get(last) or _counted_sides([number, *phrase])
    if group and group[0] == "sides" and len(context.sides) > len(_names_in(start, end, context)):
        return context.sides[:group[1]]  # 두 회사는: the sides named before as written (more than were found)
    honoured = last[:-1] if last[-1:] in word_set("honorifics.txt") else ""
    if (3 <= len(honoured) <= 4 and lexicon.HANGUL_WORD.fullmatch(honoured) and honoured.startswith(lexicon.surnames())
            and not _names_in(start, end, context)):
        return (honoured,)  # 대표 한가을씨는: a person the people found did not take, named as written
    titled = lexicon.split_title(last)
    party = (titled or nouns[-1].tag == "NNP" or _names_in(head.start, end, context)
             or last in word_set("listing_words.txt") or _COUNTED.fullmatch(last) or last_word < i
             or _party_noun(last))
    if not party:
        return ()  # 이 사업은, 매출은, 기념관이: a thing, not a party
    names = _names_in(start, end, context)
    if titled and not any(m.is_person for m in context.overlapping(start, end)):
        # 박하늘 전 누리 부사장이, 한빛시 류하진 시장은: the name nearest before the title that
        # the people found did not take (not a body's whole name: 금융위)
        name = next(((w.text,) for w in reversed(words[first:last_word]) if lexicon.is_korean_name(w.text)
                     and not any(m.start == w.start and m.end == w.end for m in context.overlapping(w.start, w.end))), ())
        names = name or names
    if names:
        return _listed(document, words[first:last_word + 1], end, names, context)
    plural = phrase[-1] != last  # 후보들은: unnamed people of one kind, a party as written
    if titled and not plural and not (len(phrase) >= 2 and (phrase[-2] in lexicon.surnames() or phrase[-2] in lexicon.title_modifiers())):
        # 누리당과 한빛당 원내대표는: unnamed officers speak for the bodies before their title
        bodies = () if last_word == first else _as_written(document, words[first:last_word], words[last_word - 1].end)
        return bodies if bodies and all(_party_noun(body.split()[-1]) for body in bodies) else ()  # 위원장은: someone not named
    return _as_written(document, words[first:last_word + 1], end)  # 누리 특검, 김 원장: named as written


@cache
def _number_words() -> dict[str, int]:
    return {row["word"]: int(row["count"]) for row in table("number_words.tsv")}


def _counted_sides(phrase: list[str]) -> tuple[str, int] | None:
    """``두 로펌``: a number word (data/number_words.tsv) before a party's noun (one
    ``data/group_words.tsv`` does not list): the sides named before."""
    numbers = _number_words()
    if len(phrase) >= 2 and phrase[-2] in numbers and (_party_noun(phrase[-1]) or phrase[-1] in _stand_ins()):
        return "sides", numbers[phrase[-2]]
    return None


class _StandIn(NamedTuple):
    kinds: frozenset[str]
    endings: tuple[str, ...]  # the body's name ends with one of these (none: any name)

    def fits(self, name: str, kind: str) -> bool:
        return kind in self.kinds and (not self.endings or name.endswith(self.endings))


@cache
def _stand_ins() -> dict[str, _StandIn]:
    return {row["noun"]: _StandIn(frozenset(cell_values(row["kinds"])), tuple(cell_values(row["endings"])))
            for row in table("stand_in_bodies.tsv")}


def _stand_in(document: Document, noun: str, position: int, context: _Context) -> tuple[str, ...]:
    """The body a bare ``회사는``, ``도는``, ``노조는`` stands for (``data/stand_in_bodies.tsv``)."""
    rule = _stand_ins()[noun]
    body = next((m for m in context.before(position)
                 if m.kind == "org" and rule.fits(m.names[0], context.body_kinds.get(m.names[0], ""))), None)
    if body:
        return body.names
    # a body the organisations found did not take, written before with the noun as its
    # ending: 한빛도는 … 도는, 누리노조는 … 노조는 (a short word is a common noun: 제도, 당시)
    endings = rule.endings or (noun,)
    words = document.words
    last = bisect.bisect_left(document.word_starts, position)
    written = next((w.stem for w in reversed(words[max(0, last - _LOOK_BACK_WORDS):last])
                    if w.particle and w.stem.endswith(endings) and len(w.stem) >= max(3, len(noun) + 1)
                    and lexicon.HANGUL_WORD.fullmatch(w.stem)), None)  # not 밝혔다.시는: two sentences glued
    if written:
        return (written,)
    if context.previous and not any(_other_kind(name, rule, context) for name in context.previous):
        return context.previous  # 한빛게임즈는 … 회사는: a body named as written
    return (noun,) if len(noun) > 1 else ()


def _other_kind(name: str, rule: _StandIn, context: _Context) -> bool:
    """Whether a party named before cannot be what a stand-in noun stands for: a person, a
    body of another kind, or a name with the ending of another kind (누리노조 for 사측, 누리시 for 노조)."""
    if name in context.body_kinds:
        return not rule.fits(name, context.body_kinds[name])
    if any(m.is_person and name in m.names for m in context.mentions):
        return True
    return any(name.endswith(ending) and len(name) >= len(ending) + 2 and not rule.kinds & stand_in.kinds
               for noun, stand_in in _stand_ins().items() for ending in stand_in.endings or (noun,))


def _as_written(document: Document, words: list[lexicon.Token], end: int) -> tuple[str, ...]:
    """The parties of a noun phrase as written (the words up to ``end``): each item of a list
    (한빛시와 누리은행, A·B, A, B 및 C) by its last three words at most."""
    return tuple(written for written, _, _ in _written_items(document, words, end))


def _listed(document: Document, words: list[lexicon.Token], end: int, names: tuple[str, ...],
            context: _Context) -> tuple[str, ...]:
    """The parties of a phrase whose mentions name ``names``: in a list (한빛시와 누리은행),
    an item no mention covers stands as written, in its place; a unit named with its body
    (누리노조 강원지부) is that unit, not also the body."""
    items = _written_items(document, words, end)
    if len(items) > 1:
        listed: list[str] = []
        for written, start, stop in items:
            head = written.split()[-1]
            # 등 관계부처, 일본 3국: the word stands for the items listed, never for itself
            stands_for_list = head in word_set("listing_words.txt") or _COUNTED.search(head)
            for name in _names_in(start, stop, context) or (() if stands_for_list else (written,)):
                if name not in listed:
                    listed.append(name)
        names = tuple(listed)
    return tuple(n for n in names if not any(other != n and other.startswith(n + " ") for other in names))


def _written_items(document: Document, words: list[lexicon.Token], end: int) -> list[tuple[str, int, int]]:
    """The items of a listed noun phrase, each as written with its span."""
    items: list[list[tuple[str, int, int]]] = [[]]
    for word in words:
        if word.text in ("및", "등"):
            items.append([])
            continue
        last = document.morpheme_at(word.end - 1)
        joined = last is not None and last.form in ("와", "과") and last.tag.startswith("J") and last.start > word.start
        word_end = min(end, last.start if joined else word.end)
        offset = word.start
        for k, part in enumerate(re.split(r"([,·])", document.text[word.start: word_end])):
            if part in (",", "·"):
                items.append([])
            elif _BRACKETED.sub("", part):
                items[-1].append((_BRACKETED.sub("", part), offset, offset + len(part)))
            offset += len(part)
        if joined or document.text[word.end: word.end + 1] in (",", "·"):
            items.append([])
    return [(_BRACKETS.sub("", " ".join(text for text, _, _ in item[-3:])), item[-min(3, len(item))][1], item[-1][2])
            for item in items if item]


_BRACKETED = re.compile(r"\([^)]*\)")  # 노동조합총연맹(누리노총), 박하늘(54): an aside
_PHRASE_WORDS = 12  # how far back a noun phrase reaches, in words


@cache
def _pronouns() -> dict[str, str]:
    """What each pronoun refers to (``data/pronouns.tsv``): the person named last, or parties."""
    return {row["pronoun"]: row["refers_to"] for row in table("pronouns.tsv")}


# Morpheme tags no word of a noun phrase has: verbs and adjectives, their endings, adverbs,
# particles (but 와/과, which join nouns). Names the analyzer mistags (하 수석: 하/IC) pass.
_NOT_NOMINAL = ("V", "E", "XSV", "XSA", "MA", "J")
_QUOTES = frozenset("“”\"")


def _particle(document: Document, word: lexicon.Token) -> str | None:
    """Whether the word ends in a topic (은/는/도: "JX") or subject (이/가/께서: "JKS")
    particle, and which; None if neither."""
    last = document.morpheme_at(word.end - 1)
    if not last or last.end != word.end:
        return None
    if word.particle in ("은", "는", "이", "가") and (last.tag.startswith("NN") and len(last.form) > 1
                                                  or _party_noun(word.stem) or _titled_word(word.stem)):
        # 정책관은 read as one noun 관은; 솔빛시는 as 솔빛/NNP 시/EP 는/ETM (an unknown name)
        return "JX" if word.particle in _TOPIC else "JKS"
    if not (last.tag == "JKS" or last.tag == "JX" and last.form in _TOPIC):
        return None
    before = document.morpheme_at(last.start - 1)
    if before and before.tag.split("+")[-1].startswith(("J", "E")):
        return None  # 회의에서는, 이후로는: an adverbial, not a topic
    return last.tag


def _titled_word(stem: str) -> bool:
    """Whether a word is or ends with a title of two letters or more (특검보는, read as 특검/NNG
    보/VX 는/ETM: a title the analyzer does not know)."""
    titled = lexicon.split_title(stem)
    return bool(titled and len(titled[1]) >= 2)


def _nominal(document: Document, word: lexicon.Token, context: _Context) -> bool:
    """Whether a word is all noun phrase: nouns, numbers, 과/와, 및, list punctuation, or a
    name found before (the analyzer may cut a foreign name into anything: 크/VA 라/EC …)."""
    if word.text in ("및", "겸"):
        return True
    if word.text in word_set("discourse_words.txt"):
        return False  # 한편, 이날: they open a sentence, they name no one
    if not word.particle and _party_noun(word.stem) or lexicon.is_korean_name(word.text):
        return True  # 누리은행 read as 누리/VA 은/ETM 행/NNG, 서하은 as 서/VV 하/… (an unknown name)
    if word.particle in ("", "와", "과") and _names_in(word.start, word.start + len(word.stem), context):
        return True
    if any(q in word.text for q in _QUOTES):
        return False
    morphemes = document.morphemes_between(word.start, word.end)
    return bool(morphemes) and not any(part.startswith(_NOT_NOMINAL) and m.form not in ("와", "과")
                                       for m in morphemes for part in m.tag.split("+"))


@cache
def _party_nouns() -> dict[str, int]:
    """Endings of a word that names a party, with the shortest word that counts."""
    return {row["ending"]: int(row["min_length"]) for row in table("party_nouns.tsv")}


@cache
def _party_endings() -> tuple[str, ...]:
    return tuple(_party_nouns())


def _party_noun(word: str) -> bool:
    if not word.endswith(_party_endings()):  # most words: one test
        return False
    return any(word.endswith(ending) and len(word) >= least for ending, least in _party_nouns().items())


_DECIDED = re.compile(r"[기키]로\s*(?:했|결정했)")  # -기로 했다 said of one party: its decision
_AFTER_A_LIST = re.compile(r"등\s+(?:\S+\s+)?$")
_COUNTED = re.compile(r"\d+개?(?:국|사|기관|부처)")  # 3국, 3개국, 4개 기관: the parties just listed


_TOPIC = ("은", "는", "도")  # 도: "X도 …하겠다" (X too)


def _explicit_actors(document: Document, words: list[lexicon.Token], context: _Context) -> tuple[tuple[str, ...], bool]:
    """The first topic naming a party, else the last main-clause subject naming one; and
    whether there was a topic (that names no party)."""
    subjects = []
    topic = False
    reporter: tuple[str, ...] = ()  # 외신은 …가 방문한다고 보도했다: a medium tells another's plan
    for i, word in enumerate(words):
        particle = _particle(document, word)
        if particle is None:
            continue
        if particle == "JX":
            actors = _noun_phrase(document, words, i, context)
            if actors and all(context.body_kinds.get(a) == "media" for a in actors):
                reporter = reporter or actors
            elif actors:
                return actors, True
            topic = True
        else:
            subjects.append(i)
    for i in reversed(subjects):
        between = words[i + 1: len(words) - 2]
        if any(_ADNOMINAL.search(w.text) and not words[k + i + 2].text.startswith("것")
               for k, w in enumerate(between)):
            continue  # the subject of an embedded clause ("…가 …할 수 있도록"), not of the sentence
        actors = _noun_phrase(document, words, i, context)
        if actors:
            return actors, topic
    return reporter, topic


_FUTURE_SAID = re.compile(r"것(?:이라|임을)")  # the reported -ㄹ 것이라고 of a plan, or of a forecast


def _thing_will(document: Document, words: list[lexicon.Token], marker_at: int, context: _Context,
                subject_particles: tuple[str, ...] = ("JKS",)) -> bool:
    """Whether the verb before ``marker_at`` has its own subject that is a thing and no
    object (성장률이 2%에 그칠 것이라고), not a party: what is said will happen to it, not what
    anyone will do (새 도서관이 문을 열 것: an act; 시민이 원하면 …: another clause's subject)."""
    before = [i for i, w in enumerate(words) if w.start < marker_at]
    subject = next((i for i in reversed(before) if _particle(document, words[i]) in subject_particles), None)
    if subject is None or subject == 0 or _noun_phrase(document, words, subject, context):
        return False
    return not any(w.text.endswith(("을", "를")) or _CLAUSE_JOINED.search(w.text) for w in words[subject + 1: before[-1] + 1])


_CLAUSE_JOINED = re.compile(r"(?:면|고|며|서|도록)$")
_AGREED_ON = re.compile(r"[가-힣]에도?\s*합의했(?:다|습니다)$")  # 가격에 합의했다: agreed on a thing, no act ahead named
_COMMAND = re.compile(r"라[”\"’']")  # the marker of a quoted command of any verb (멈추라”고 했다)


def _commanded(document: Document, at: int) -> bool:
    """Whether the 라 at ``at`` is an imperative ending on a verb (밝히/VV 라/EC), not a copula's."""
    ending = document.morpheme_at(at)
    verb = document.morpheme_at(at - 1) if ending else None
    return bool(ending and verb and ending.tag.rpartition("+")[2] in ("EC", "EF")
                and verb.tag.rpartition("+")[2].startswith(("VV", "VX", "XSV", "EP")))


_INTENT = re.compile(r"려\s*(?:한다|합니다)")  # the -려 한다 of an intention
# Particles that make a noun the subject of a quoted -려 한다 (시가, 위원회까지 동원해): the
# subject particle, and the additive ones of an accusation (X까지, X마저, X조차, X도)
_OTHERS_SUBJECT = ("까지", "마저", "조차", "도")
# Endings after which a subject belongs to an embedded clause, not to the -려 한다: a purpose
# or a condition (…이 쉴 수 있도록, …이 원하면); an adnominal or -게 right after the subject
# (주민들이 원하는 공원을), not one on a later argument (노조가 … 무리한 요구를, 연맹이 구단에 유리하게)
_EMBEDDING_ENDINGS = ("도록", "면", "으면", "려면", "니까", "으니까")
_MODIFYING = ("ETM", "ETN")


def _noun_start(document: Document, position: int) -> int:
    """Where the word holding ``position`` starts."""
    return document.text.rfind(" ", 0, position) + 1


def _speakers_own(noun: str, speakers: tuple[str, ...], context: _Context | None) -> bool:
    """Whether a quoted subject is the speaker's own body (한빛시 관계자는 "시가 …", 누리노조는
    "노조가 …"): a stand-in noun fitting a speaker, or a name one of the speakers is written with."""
    noun = noun.strip("“”\"'’‘ ")
    if not noun or not speakers:
        return False
    if len(noun) >= 2 and any(noun in name or name in noun for name in speakers):
        return True
    rule = _stand_ins().get(noun)
    return bool(rule and context and any(rule.fits(name, context.body_kinds.get(name, "")) or
                                         (not rule.endings or name.endswith(rule.endings)) and noun in name
                                         for name in speakers))


def _said_of_another(document: Document, sentence: str, offset: int, marker_at: int,
                     speakers: tuple[str, ...] = (), context: _Context | None = None) -> bool:
    """Whether a -려 한다 stands in a quotation with a subject of its own that is not the speaker
    (``"회사가 책임을 임직원에게 떠넘기려 한다"는 입장을 냈다``): what the speaker says another is
    up to, not the speaker's plan (``"지난 잘못은 따지지 않고 잊으려 한다"``, ``"저희는 …하려 한다"``)."""
    quote = next(((s, e) for s, e in _quotations(sentence, offset) if s <= marker_at < e), None)
    if quote is None:
        return False
    subject = argument = False
    for m in document.morphemes_between(quote[0], marker_at):
        last = m.tag.rpartition("+")[2]
        if m.tag == "JKS" or m.tag == "JX" and m.form in _OTHERS_SUBJECT:
            before = document.morpheme_at(m.start - 1)
            if (not subject and before and before.end == m.start and before.tag.startswith(("NNG", "NNP", "SL"))
                    and not _speakers_own(document.text[_noun_start(document, before.start):before.end], speakers, context)):
                subject, argument = True, False
        elif m.tag in ("JKO", "JKB"):
            argument = True
        elif subject and (last == "EC" and m.form in _EMBEDDING_ENDINGS
                          or not argument and (last in _MODIFYING or last == "EC" and m.form == "게")):
            subject = False  # the subject was an embedded clause's
    return subject


def _a_party(name: str, context: _Context) -> bool:
    """Whether a name a noun phrase gave is a party: a person, body or country found, or a word
    with a party's ending (누리제약), not a word of a phrase kept as written (응원을 유도한 선수와 …
    코치에 대한 징계: 유도한, shaped like a name)."""
    return any(name in m.names for m in context.mentions) or _party_noun(name.split()[-1])


def _partners(document: Document, words: list[lexicon.Token], marker_at: int, context: _Context) -> tuple[str, ...]:
    """``X는 일본 문부과학성과 … 합의했다``: the party agreed with (a ``와/과`` phrase)."""
    partners: list[str] = []
    for i, word in enumerate(words):
        if word.start >= marker_at:
            break
        if word.particle in ("와", "과"):
            partners.extend(n for n in _noun_phrase(document, words, i, context)
                            if n not in partners and _a_party(n, context))
    return tuple(partners)


# ---------------------------------------------------------------- what and when

def _action(document: Document, words: list[lexicon.Token], marker_at: int) -> str:
    """A short predicate phrase: the object and the verbal noun before the marker."""
    # The verb the marker is written onto (추진하기로, 요청할 계획) is the action; a marker that
    # is itself a verb of saying (약속했다, 희망한다) takes the action before it.
    before = [w for w in words if w.start < marker_at or (w.start == marker_at and w.text.endswith("할"))]
    verb_index = len(before) - 1
    while verb_index > 0 and _AUXILIARY.match(before[verb_index].text) and not _VERBAL_NOUN.match(before[verb_index].text):
        verb_index -= 1
    if verb_index < 0:
        return ""
    verb_word = before[verb_index].text
    match = _VERBAL_NOUN.match(verb_word)
    object_noun = _BRACKETS.sub("", before[verb_index].stem)
    if not match and _object(document, before[verb_index]):
        # 협력 확대를 제안했다: what is proposed is the object (맡을, 내놓을 예정이다: a verb's ending)
        modifier = before[verb_index - 1] if verb_index > 0 else None
        plain = modifier and not modifier.particle and lexicon.HANGUL.search(modifier.text)
        return f"{modifier.text} {object_noun}" if plain else object_noun
    verb = match["noun"] if match else _dictionary_form(verb_word, _verb_lemma(document, before[verb_index]))
    for j in range(verb_index - 1, max(verb_index - 4, -1), -1):
        stem, particle = before[j].stem, before[j].particle
        if particle in ("을", "를"):
            if stem in ("등", "및") and j > 0:  # 사례와 과제 등을 발표한다: the noun listed last
                stem = lexicon.strip_particle(before[j - 1].text)[0]
            return f"{_BRACKETS.sub('', stem)} {verb}"
    return verb


def _object(document: Document, word: lexicon.Token) -> bool:
    """Whether a word ends in the object particle 을/를 as the analyzer reads it (not the
    adnominal ending of 내놓을, 맡을)."""
    last = document.morpheme_at(word.end - 1)
    return word.particle in ("을", "를") and last is not None and last.tag == "JKO"


def _dates_the_report(sentence: str, time: timex.TimeExpression, offset: int) -> bool:
    """``… 신설할 계획이라고 4일 밝혔다``: a day right before the verb of saying dates the report;
    so does one day said before the quotation of a sentence that reports speech (``지사는 이날
    "…만들겠다"고 말했다``): the day the words were said, not the day of what they promise."""
    after = time.position - offset + len(time.text)
    if lexicon.saying_follows(sentence, after):
        return True
    quote = next((i for i, char in enumerate(sentence) if char in "“\""), -1)
    closed = max((i for i, char in enumerate(sentence) if char in "”\""), default=-1)
    # … or after the quotation ("…만들고 싶습니다." 윤 교육감은 이날 기자회견에서 이렇게 말했다)
    return ((0 <= after <= quote or 0 <= quote < closed < time.position - offset)
            and time.start is not None and time.start == time.end
            and sentence.rstrip(" .").split()[-1] in lexicon.reporting_verbs())


def _verb_lemma(document: Document, word: lexicon.Token) -> str | None:
    """The stem the analyzer gives a verb fused with its ending in ``word`` (열 of 열 예정)."""
    return next((m.lemma for m in document.morphemes_between(word.start, word.end)
                 if m.lemma and m.tag.startswith(("VV", "VA"))), None)


def _dictionary_form(word: str, lemma: str | None = None) -> str:
    """``만들겠다"고`` -> ``만들다``, ``나아갈`` -> ``나아가다``: a verb as a dictionary writes it;
    ``lemma``, the analyzer's stem of a verb fused with -ㄹ, decides whether its ㄹ is the
    stem's (열, 만들) or the ending's (할, 갈)."""
    bare = word.rstrip("”\"’'.,")
    stem = _VERB_ENDINGS.sub("", bare)
    adnominal = stem == bare and stem and lexicon.final_consonant(stem[-1]) == lexicon.FINAL_RIEUL
    if adnominal and lemma and stem.endswith(lemma):
        stem = lemma
    elif adnominal and stem.endswith("을") and len(stem) > 1:  # 맡을: 으 and ㄹ are both the ending
        stem = stem[:-1]
    elif adnominal:  # the final ㄹ of 할, 갈 is an ending, not the stem
        stem = stem[:-1] + lexicon.with_final(stem[-1], lexicon.NO_FINAL)
    elif stem.endswith(("다", "다는")) and len(stem) >= 2:  # 늘린다는 (계획), 맺는다: a present-tense form
        stem = _without_present_tense(stem.removesuffix("는").removesuffix("다"))
    elif stem == bare and stem:  # 키워 (나가겠다): the -아/-어 form before an auxiliary verb
        verb = _without_connective(stem)
        if verb == stem:  # no verb ending at all: a noun (지원 계획을 발표했다, 발판이 될 것)
            return lexicon.strip_particle(bare)[0]
        stem = verb
    return stem + "다" if stem else word


def _without_present_tense(stem: str) -> str:
    """``맺는`` -> ``맺``, ``늘린`` -> ``늘리``: the -는/-ㄴ of 맺는다, 늘린다 is not the stem's."""
    if stem.endswith("는") and len(stem) > 1:
        return stem[:-1]
    if lexicon.final_consonant(stem[-1]) == lexicon.FINAL_NIEUN:
        return stem[:-1] + lexicon.with_final(stem[-1], lexicon.NO_FINAL)
    return stem


# The vowel a stem's last vowel merges into with the connective -어/-아: 우+어 -> 워, 이+어 -> 여, 오+아 -> 와
_MERGED_VOWELS = {14: 13, 6: 20, 9: 8}  # vowel indices (lexicon.vowel): ㅝ->ㅜ, ㅕ->ㅣ, ㅘ->ㅗ


def _without_connective(stem: str) -> str:
    """``키워`` -> ``키우``, ``높여`` -> ``높이``, ``강화해`` -> ``강화하``, ``만들어`` -> ``만들``."""
    if lexicon.final_consonant(stem[-1]) != lexicon.NO_FINAL:  # not a syllable, or one with a final consonant
        return stem
    if stem.endswith("해"):
        return stem[:-1] + "하"
    if stem[-1] in "아어" and len(stem) >= 2 and lexicon.final_consonant(stem[-2]):  # 만들어, 열어: after a final consonant
        return stem[:-1]
    merged = lexicon.vowel(stem[-1])
    if merged in _MERGED_VOWELS:
        return stem[:-1] + lexicon.with_vowel(stem[-1], _MERGED_VOWELS[merged])
    return stem


def _when(document: Document, sentence: str, offset: int, part_start: int, part_end: int) -> When | None:
    """The time of the part ``part_start:part_end`` of a sentence, read in the whole sentence
    (``내년 상반기 … 마치고, 하반기 착공``: the second part's 하반기 is next year's)."""
    reference_date = document.reference_date
    times = [t for t in timex.find(sentence, offset, reference_date, document)
             if part_start <= t.position < part_end and not _dates_the_report(sentence, t, offset)]
    if len(times) > 1 and reference_date:  # "18일 … 다음 달부터": the day of the report is not the plan's time
        times = [t for t in times if t.start != reference_date or t.end != reference_date] or times
    if not times:
        return None
    first = times[0]
    return When(first.text, first.start.isoformat() if first.start else None, first.end.isoformat() if first.end else None)
