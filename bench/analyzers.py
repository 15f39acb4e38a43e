"""The token layer's choice, measured: mecab-ko (python-mecab-ko) against kiwipiepy on the dev set.

    pip install '.[bench]' kiwipiepy       # kiwipiepy only for this comparison (skipped when absent)
    python bench/analyzers.py

For each analyzer, over the body texts kcoop extracts from the dev set's articles
(``../shared/eval/dev/inputs``, read at run time), a paragraph a call:

- people as NNP: the share of the gold's required people (found in the text) that the
  analyzer gives, at one occurrence at least, as one proper-noun (NNP) token;
- bodies as one NNP: the same for the required organisations (any of their gold names);
- ms an article: the median time to analyse one article, once loaded and called once;
- load and first call: seconds to import and build the analyzer, and its first call;
- memory: what the process's RSS grew by through loading and analysing everything, split
  into anonymous memory (the analyzer's own) and file pages mapped in (a dictionary read
  through mmap: page cache, shared by every process that maps it, forked workers too).

Times are the process's CPU time (all its threads), which a busy shared machine does not
stretch as it does wall-clock time.

Each analyzer runs in a process of its own, so that neither's load or memory counts for
the other. Prints a Markdown table.
"""
from __future__ import annotations

import argparse
import json
import re
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

DEV = Path(__file__).resolve().parent.parent.parent / "shared" / "eval" / "dev"


# How each analyzer is built, and its tokens as (start, end, tag) in the paragraph
def _load_mecab():
    from mecab import MeCab

    tagger = MeCab()
    return lambda text: [(m.span.start, m.span.end, m.feature.pos) for m in tagger.parse(text)]


def _load_kiwi():
    from kiwipiepy import Kiwi

    kiwi = Kiwi(model_type="cong", typos=None)
    return lambda text: [(t.start, t.end, t.tag) for t in kiwi.tokenize(text)]


ANALYZERS = {"mecab-ko": ("mecab", _load_mecab), "kiwipiepy": ("kiwipiepy", _load_kiwi)}


def cases() -> list[dict]:
    """Each dev article's body (as kcoop extracts it) and its gold people and bodies."""
    import kcoop

    found = []
    for path in sorted((DEV / "inputs").iterdir()):
        gold = json.loads((DEV / "gold" / f"{path.stem}.gold.json").read_text(encoding="utf-8"))
        found.append({
            "text": kcoop.extract(path.read_bytes()).text,
            "people": [p["name"] for p in gold["people"]["required"]],
            "bodies": [o["name_any"] for o in gold["organisations"]["required"]],
        })
    return found


def _memory_kib() -> tuple[int, int]:
    """Anonymous and file-backed resident memory of this process."""
    status = Path("/proc/self/status").read_text()
    return tuple(int(re.search(rf"^{field}:\s+(\d+)", status, re.MULTILINE).group(1)) for field in ("RssAnon", "RssFile"))


def measure_one(name: str, cases_file: str) -> dict:
    """In this process: load one analyzer, time it, and score its proper nouns."""
    articles = json.loads(Path(cases_file).read_text(encoding="utf-8"))
    before = _memory_kib()
    started = time.process_time()
    analyse = ANALYZERS[name][1]()
    loaded = time.process_time()
    analyse("과학기술정보통신부는 29일 협력을 강화하겠다고 밝혔다.")
    first = time.process_time()
    article_ms, proper = [], set()  # proper: (paragraph text, start, end) of every NNP token
    for article in articles:
        paragraphs = [p for p in article["text"].split("\n") if p.strip()]
        began = time.process_time()
        tokens = [(paragraph, analyse(paragraph)) for paragraph in paragraphs]
        article_ms.append((time.process_time() - began) * 1000)
        proper.update((paragraph, start, end) for paragraph, found in tokens for start, end, tag in found if tag == "NNP")
    people = _share(articles, "people", proper, lambda name: [name])
    bodies = _share(articles, "bodies", proper, lambda names: names)
    after = _memory_kib()
    return {"people_nnp": people, "bodies_nnp": bodies, "ms_article": statistics.median(article_ms),
            "load_s": loaded - started, "first_call_s": first - loaded,
            "anon_mib": (after[0] - before[0]) / 1024, "file_mib": (after[1] - before[1]) / 1024}


def _share(articles: list[dict], field: str, proper: set, forms_of) -> float:
    """Of the gold entries written in their article, the share given as one NNP at least once."""
    seen = hits = 0
    for article in articles:
        paragraphs = [p for p in article["text"].split("\n") if p.strip()]
        for entry in article[field]:
            spans = [(p, m.start(), m.end()) for form in forms_of(entry) for p in paragraphs
                     for m in re.finditer(re.escape(form), p)]
            if spans:
                seen += 1
                hits += any(span in proper for span in spans)
    return hits / seen if seen else float("nan")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--one", choices=ANALYZERS, help=argparse.SUPPRESS)  # the child process's part
    parser.add_argument("--cases", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.one:
        print(json.dumps(measure_one(args.one, args.cases)))
        return
    if not (DEV / "inputs").is_dir():
        sys.exit(f"bench/analyzers.py: no dev set at {DEV / 'inputs'}")
    lines = ["| analyzer | people as one NNP | bodies as one NNP | ms an article (CPU) | load (CPU) | first call (CPU) | RSS added |",
             "| --- | ---: | ---: | ---: | ---: | ---: | ---: |"]
    with tempfile.NamedTemporaryFile("w", suffix=".json", encoding="utf-8") as file:
        json.dump(cases(), file, ensure_ascii=False)
        file.flush()
        for name, (module, _) in ANALYZERS.items():
            probe = subprocess.run([sys.executable, "-c", f"import {module}"], capture_output=True, check=False)
            if probe.returncode:
                print(f"bench/analyzers.py: {module} is not installed; {name} skipped", file=sys.stderr)
                continue
            done = subprocess.run([sys.executable, __file__, "--one", name, "--cases", file.name],
                                  capture_output=True, text=True, check=True)
            r = json.loads(done.stdout)
            lines.append(f"| {name} | {r['people_nnp']:.2f} | {r['bodies_nnp']:.2f} | {r['ms_article']:.1f} ms "
                         f"| {r['load_s']:.2f} s | {r['first_call_s']:.2f} s | {r['anon_mib'] + r['file_mib']:.0f} MiB "
                         f"({r['anon_mib']:.0f} anonymous, {r['file_mib']:.0f} file) |")
    print("\n".join(lines))


if __name__ == "__main__":
    main()
