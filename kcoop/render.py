"""``kcoop show``: one record rendered with rich for a person reading in a terminal."""
from __future__ import annotations

import contextlib
from typing import IO, Any


def render(record: dict[str, Any], stream: IO[str], terminal: bool) -> None:
    """In a terminal: coloured, through the pager (``$PAGER``), so that a long article does not scroll away."""
    from rich.console import Console

    console = Console(file=stream, force_terminal=terminal, no_color=not terminal, width=None if terminal else 100)
    with console.pager(styles=True) if terminal else contextlib.nullcontext():
        _print(record, console)


def _print(record: dict[str, Any], console) -> None:
    from rich.console import Group
    from rich.panel import Panel
    from rich.table import Table
    from rich.text import Text

    header = Text()
    header.append(record.get("title") or "(no title)", style="bold")
    if record.get("subtitle"):
        header.append("\n" + record["subtitle"], style="italic")
    published = record.get("published")
    facts = [
        record.get("outlet") or "outlet unknown",
        f"{published['date']} {published['time'] or ''} ({published['basis']}, {published['confidence']})".replace("  ", " ")
        if published else "date unknown",
        ", ".join(r["name"] + (f" <{r['email']}>" if r.get("email") else "") for r in record.get("reporters") or [])
        or "no reporter",
    ]
    header.append("\n" + " · ".join(facts), style="dim")
    console.print(Panel(header, title=record["source"]["layout"], title_align="right"))
    console.print(Text(record.get("text") or "(no body)"))
    tables = []
    if record.get("people"):
        table = Table("person", "titles", "organisation", title="People", title_justify="left")
        for person in record["people"]:
            table.add_row(person["name"], ", ".join(person["titles"]), person["organisation"] or "")
        tables.append(table)
    if record.get("organisations"):
        table = Table("organisation", "aliases", "kind", "country", title="Organisations", title_justify="left")
        for org in record["organisations"]:
            table.add_row(org["name"], ", ".join(org["aliases"]), org["kind"], org["country"] or "")
        tables.append(table)
    if record.get("commitments"):
        table = Table("kind", "actors", "action", "when", title="Commitments", title_justify="left")
        for item in record["commitments"]:
            when = item.get("when") or {}
            span = " – ".join(filter(None, {when.get("start"): None, when.get("end"): None}))
            table.add_row(item["kind"], ", ".join(item["actors"]), item["action"],
                          f"{when.get('text', '')} {span}".strip())
        tables.append(table)
    if tables:
        console.print(Group(*tables))
    for warning in record.get("warnings") or []:
        console.print(Text(f"warning: {warning}", style="yellow"))
