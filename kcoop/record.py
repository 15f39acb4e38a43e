"""The record of ``../SPEC.md`` (schema version 1) as dataclasses, and its JSON forms."""
from __future__ import annotations

import json
from dataclasses import dataclass, field, is_dataclass
from typing import Any

from .datafiles import read_text

SCHEMA_VERSION = 1


@dataclass
class Source:
    path: str | None
    sha256: str
    bytes: int
    encoding: str
    layout: str
    layout_confidence: float
    url: str | None = None  # the article's own address when the dump says it


@dataclass
class Published:
    date: str
    time: str | None
    basis: str  # byline | meta | image-url | page-header | relative-day
    confidence: str  # high | medium | low


@dataclass
class ReporterOut:
    name: str
    email: str | None


@dataclass
class Person:
    name: str
    titles: list[str]
    organisation: str | None
    mentions: list[list[int]]


@dataclass
class Organisation:
    name: str
    aliases: list[str]
    kind: str
    country: str | None
    mentions: list[list[int]]


@dataclass
class When:
    text: str
    start: str | None
    end: str | None


@dataclass
class Commitment:
    text: str
    span: list[int]
    actors: list[str]
    action: str
    kind: str  # agreement | plan | pledge | proposal | hope
    marker: str
    when: When | None


@dataclass
class Record:
    source: Source
    title: str | None
    subtitle: str | None
    outlet: str | None
    published: Published | None
    reporters: list[ReporterOut]
    dateline: str | None
    text: str
    captions: list[str]
    people: list[Person] = field(default_factory=list)
    organisations: list[Organisation] = field(default_factory=list)
    commitments: list[Commitment] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    kcoop: int = SCHEMA_VERSION

    def to_dict(self) -> dict[str, Any]:
        data = _plain(self)
        return {"kcoop": data.pop("kcoop"), **data}

    def to_json(self, indent: int | None = None) -> str:
        # The encoder asks for each nested dataclass's fields as it meets it: no copy first.
        data = {"kcoop": self.kcoop, **{k: v for k, v in vars(self).items() if k != "kcoop"}}
        return json.dumps(data, ensure_ascii=False, indent=indent, default=vars)


def _plain(value: Any) -> Any:
    """Dataclasses to dicts, recursively (``dataclasses.asdict`` deep-copies: five times slower)."""
    if isinstance(value, list):
        return [_plain(v) for v in value]
    if is_dataclass(value):  # the records' dataclasses have no slots: fields are their __dict__
        return {name: _plain(field_value) for name, field_value in vars(value).items()}
    return value


def error_record(path: str | None, reason: str) -> dict[str, Any]:
    """What ``--errors json`` writes for an input that could not become a record."""
    return {"kcoop": SCHEMA_VERSION, "source": {"path": path}, "error": reason}


def json_schema() -> dict[str, Any]:
    """The record's JSON Schema; its list of layouts is the layout registry's."""
    from .layouts import LAYOUTS

    schema = json.loads(read_text("record.schema.json"))
    schema["properties"]["source"]["properties"]["layout"]["enum"] = list(LAYOUTS)
    return schema
