"""``kcoop report``: the timeline as one standalone HTML file (``data/report.html``: style,
script and SVG inline, the data as JSON inside it; nothing is fetched)."""
from __future__ import annotations

import json
import os
import tempfile

from .datafiles import read_text, table
from .timeline import object_labels

_PLACEHOLDER = "/*KCOOP_DATA*/"


def render_html(timeline: dict) -> str:
    kinds = {row["kind"]: {"label": row["label"], "colour": row["colour"], "shape": row["shape"]}
             for row in table("report_kinds.tsv")}
    data = dict(timeline, kinds=kinds, objects=object_labels())
    # `</` inside a string would end the script element; `<\/` is the same JSON string
    payload = json.dumps(data, ensure_ascii=False, separators=(",", ":")).replace("</", "<\\/")
    return read_text("report.html").replace(_PLACEHOLDER, payload, 1)


def write_report(timeline: dict, path: str) -> None:
    """Written to a temporary file beside ``path`` and renamed: never half a report."""
    directory = os.path.dirname(os.path.abspath(path))
    handle, temporary = tempfile.mkstemp(dir=directory, prefix=".kcoop-report-", suffix=".html")
    try:
        with os.fdopen(handle, "w", encoding="utf-8") as stream:
            stream.write(render_html(timeline))
        os.chmod(temporary, 0o644)  # mkstemp's 0600 would keep the report from others who open it
        os.replace(temporary, path)
    except BaseException:
        os.unlink(temporary)
        raise
