"""Recognising the newspaper from any of its names, web domains, email domains or datelines."""
from __future__ import annotations

import re
from functools import cache

from .datafiles import cell_values, table

_COMPANY_MARK = re.compile(r"\(주\)|㈜|주식회사")
_KEY_NOISE = re.compile(r"[\s()（）]")
_SCHEME = re.compile(r"^[a-z]+://")


def without_company_mark(name: str) -> str:
    """``㈜연합뉴스`` -> ``연합뉴스``: the incorporation mark is not part of an outlet's name."""
    return _COMPANY_MARK.sub("", name).strip()


def _key(name: str) -> str:
    return _KEY_NOISE.sub("", without_company_mark(name)).lower()


@cache
def _index() -> tuple[dict[str, str], dict[str, str], dict[str, str]]:
    names: dict[str, str] = {}
    domains: dict[str, str] = {}
    emails: dict[str, str] = {}
    for row in table("outlets.tsv"):
        outlet = row["name"]
        for value in [outlet, *cell_values(row["aliases"]), *cell_values(row["datelines"])]:
            names.setdefault(_key(value), outlet)
        for value in cell_values(row["domains"]):
            domains.setdefault(value.lower(), outlet)
        for value in cell_values(row["email_domains"]):
            emails.setdefault(value.lower(), outlet)
    return names, domains, emails


@cache
def _parents() -> dict[str, str]:
    return {row["name"]: row["parent"] for row in table("outlets.tsv") if row.get("parent")}


def parent(outlet: str) -> str | None:
    """The paper an edition belongs to (스포츠조선 -> 조선일보), None for a parent paper."""
    return _parents().get(outlet)


def most_specific(found: list[str]) -> str | None:
    """The first outlet found, unless an edition of it was found too: 스포츠조선 over 조선일보."""
    for outlet in found:
        editions = [other for other in found if _is_edition_of(other, outlet)]
        return editions[0] if editions else outlet
    return None


def _is_edition_of(edition: str, outlet: str) -> bool:
    seen = set()
    while edition not in seen:
        seen.add(edition)
        edition = parent(edition) or ""
        if edition == outlet:
            return True
    return False


def by_name(name: str | None) -> str | None:
    if not name:
        return None
    return _index()[0].get(_key(name))


def _by_suffix(host: str, known: dict[str, str]) -> str | None:
    host = host.lower().strip(".")
    while host:
        if host in known:
            return known[host]
        _, _, host = host.partition(".")
    return None


def by_domain(url_or_host: str) -> str | None:
    host = _SCHEME.sub("", url_or_host.lower()).split("/")[0].split(":")[0]
    return _by_suffix(host, _index()[1])


def by_email(email: str) -> str | None:
    return _by_suffix(email.rpartition("@")[2], _index()[2]) if "@" in email else None


def resolve(clue: str) -> str | None:
    """An outlet named, or implied by an email or web address."""
    clue = clue.strip()
    if "@" in clue:
        return by_email(clue)
    if "." in clue and " " not in clue:
        return by_domain(clue)
    return by_name(clue)
