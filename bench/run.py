"""Benchmark: kcoop against its peer, trafilatura plus the same analyzer, on real articles.

    pip install '.[bench]'                  # as users install it (not -e)
    python bench/run.py                      # 2,000 files, 5 rounds
    python bench/run.py --size 500 --runs 3

The sources are the dev set's articles, read at run time from ``../shared/eval/dev/inputs``
beside the repository (skipped with a message when absent; nothing is copied into the
repository), and the fixtures. A temporary corpus of ``--size`` files cycles through them,
each copy with other given names for its people and reporters (as distinct articles would
have), in folders of 1,000.

The peer does the same job as kcoop's pipeline: trafilatura's ``extract(...,
with_metadata=True)`` on each file (a text dump handed over as ``<p>`` paragraphs, decoded
beforehand and untimed), then mecab-ko (``mecab.MeCab().parse``) over each paragraph of its
text. It runs in this process, so kcoop's whole-process runs also pay their start-up.

Reports, as medians of the rounds (a round: kcoop ``--jobs 1``, kcoop ``--jobs 2``, the peer,
one after the other, so that a slow spell of a shared machine hits all alike): documents a
second and kcoop / peer, by wall-clock time and by CPU time (which other processes on a busy
machine do not stretch); the whole pipeline's CPU time a document in this process
(``kcoop.extract(...).to_json()``, the median of 5 runs of each source article); the wall
time of ``kcoop extract one-file``; the parent's peak RSS and each worker's peak private
memory (``Private_*`` of ``/proc/PID/smaps_rollup``) during the ``--jobs 2`` runs. Prints a
Markdown table with the targets of issue 11.
"""
from __future__ import annotations

import argparse
import compileall
import html
import json
import os
import platform
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import NamedTuple

ROOT = Path(__file__).resolve().parent.parent
FIXTURES = ROOT / "fixtures"
DEV = ROOT.parent / "shared" / "eval" / "dev"
ONE_FILE = FIXTURES / "000_eef1bbc44fbea8fa.txt"
KCOOP = [str(Path(sys.executable).with_name("kcoop"))]
INPUT_SUFFIXES = (".txt", ".html", ".htm", ".md")
SAMPLE_EVERY = 0.05  # seconds between memory samples of a running kcoop

# Given-name syllables for the copies' people; none of them is a particle (이, 은 …)
GIVEN_SYLLABLES = "민서준지현우예하윤수영재성진호연승태원혜정경석훈철희선미상동"


class Source(NamedTuple):
    name: str
    data: bytes
    people: list[str]  # three-syllable Korean names of its people and reporters
    encoding: str  # the codec that writes them as the file does


def sources() -> list[Source]:
    """The dev set's articles (when beside the repository) and the fixtures, with the names
    their gold or expected records give."""
    found = []
    if (DEV / "inputs").is_dir():
        for path in sorted((DEV / "inputs").iterdir()):
            gold = json.loads((DEV / "gold" / f"{path.stem}.gold.json").read_text(encoding="utf-8"))
            names = [p["name"] for p in gold["people"]["required"]] + gold["people"].get("optional", []) + gold["reporters"]
            found.append(_source(path, names))
    else:
        print(f"bench: no dev set at {DEV / 'inputs'}; the fixtures alone", file=sys.stderr)
    for path in sorted(FIXTURES.iterdir()):
        if path.suffix in INPUT_SUFFIXES:
            record = json.loads(path.with_name(path.name + ".expected.json").read_text(encoding="utf-8"))
            found.append(_source(path, [p["name"] for p in record["people"]] + [r["name"] for r in record["reporters"]]))
    return found


def _source(path: Path, names: list[str]) -> Source:
    from kcoop.decode import decode

    data = path.read_bytes()
    encoding = {"utf-16": "utf-16-le"}.get(decode(data).encoding, decode(data).encoding)
    korean = [n for n in dict.fromkeys(names) if re.fullmatch("[가-힣]{3}", n)]
    return Source(path.name, data, korean, encoding)


def build_corpus(folder: Path, size: int, articles: list[Source]) -> list[Path]:
    """``size`` copies of the articles, in folders of 1,000. Each copy names its people
    anew (same surname, another given name): the work done per name is then paid per
    document, as it is on a real collection."""
    paths = []
    for i in range(size):
        source = articles[i % len(articles)]
        copy = i // len(articles)
        data = source.data
        for k, person in enumerate(source.people):
            given = GIVEN_SYLLABLES[(copy + 7 * k) % 30] + GIVEN_SYLLABLES[(copy // 30 + 3 * k) % 30]
            try:
                data = data.replace(person.encode(source.encoding), (person[0] + given).encode(source.encoding))
            except (LookupError, UnicodeEncodeError):  # a mojibake fixture: its names are not in it as written
                break
        target = folder / f"{i // 1000:03d}" / f"{i:06d}_{source.name}"
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_bytes(data)
        paths.append(target)
    return paths


# ---------------------------------------------------------------- kcoop as a process

class Run(NamedTuple):
    seconds: float
    cpu_seconds: float  # of the process and its workers
    parent_rss_mib: float  # peak
    worker_private_mib: float  # peak of any worker (0 without workers)


def run_kcoop(command: list[str]) -> Run:
    """Wall time of a kcoop process, sampling its memory and its workers' as it runs."""
    started = time.perf_counter()
    process = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    parent = private = 0
    while True:
        parent = max(parent, _rss_kib(process.pid))
        for child in _children(process.pid):
            private = max(private, _private_kib(child))
        pid, status, usage = os.wait4(process.pid, os.WNOHANG)  # usage counts the reaped workers too
        if pid:
            break
        time.sleep(SAMPLE_EVERY)
    seconds = time.perf_counter() - started
    process.returncode = os.waitstatus_to_exitcode(status)
    if process.returncode:
        raise RuntimeError(f"{' '.join(command)}: exit {process.returncode}: {process.stderr.read().decode()[-500:]}")
    process.stderr.close()
    return Run(seconds, usage.ru_utime + usage.ru_stime, parent / 1024, private / 1024)


def _proc(pid: int, name: str) -> str:
    try:
        return Path(f"/proc/{pid}/{name}").read_text()
    except OSError:  # the process has just ended
        return ""


def _rss_kib(pid: int) -> int:
    match = re.search(r"^VmRSS:\s+(\d+)", _proc(pid, "status"), re.MULTILINE)
    return int(match.group(1)) if match else 0


def _private_kib(pid: int) -> int:
    return sum(int(kib) for kib in re.findall(r"^Private_\w+:\s+(\d+)", _proc(pid, "smaps_rollup"), re.MULTILINE))


def _children(pid: int) -> list[int]:
    return [int(child) for task in Path(f"/proc/{pid}/task").glob("*") for child in _proc(pid, f"task/{task.name}/children").split()]


def kcoop_batch(corpus: Path, jobs: int) -> Run:
    return run_kcoop(KCOOP + ["extract", str(corpus), "--jobs", str(jobs), "-q", "-o", os.devnull])


def one_file_seconds(runs: int) -> float:
    return statistics.median(run_kcoop(KCOOP + ["extract", str(ONE_FILE), "-o", os.devnull]).seconds for _ in range(runs))


# ---------------------------------------------------------------- the peer, in process

def peer_inputs(paths: list[Path]) -> list[str]:
    """What trafilatura is handed: pages as they are, text dumps as ``<p>`` paragraphs."""
    from kcoop.decode import decode

    pages = []
    for path in paths:
        text = decode(path.read_bytes()).text
        if path.suffix not in (".html", ".htm"):
            paragraphs = "".join(f"<p>{html.escape(line.strip())}</p>\n" for line in text.splitlines() if line.strip())
            text = f"<html><body><article>\n{paragraphs}</article></body></html>"
        pages.append(text)
    return pages


def peer_extract(page: str) -> str:
    import trafilatura

    return trafilatura.extract(page, with_metadata=True) or ""


def peer_analyse(text: str, tagger) -> None:
    for paragraph in text.splitlines():  # bounded calls, as kcoop makes them
        if paragraph.strip():
            tagger.parse(paragraph)


def time_peer(pages: list[str]) -> dict[str, float]:
    """Seconds for all pages (wall; CPU), and of them trafilatura's extraction alone (CPU)."""
    from mecab import MeCab

    tagger = MeCab()
    extracting = 0.0
    started, cpu_started = time.perf_counter(), time.process_time()
    for page in pages:
        began = time.process_time()
        text = peer_extract(page)
        extracting += time.process_time() - began
        peer_analyse(text, tagger)
    return {"wall": time.perf_counter() - started, "cpu": time.process_time() - cpu_started, "extracting_cpu": extracting}


# ---------------------------------------------------------------- kcoop in process

def per_document_ms(articles: list[Source], repeats: int = 5) -> dict[str, list[float]]:
    """Each article's median CPU time through the whole pipeline and the JSON, in this
    process once everything is loaded; by set (dev, fixtures)."""
    import kcoop
    from kcoop.pipeline import warm_up

    warm_up()
    times: dict[str, list[float]] = {"dev": [], "fixtures": []}
    for source in articles:
        runs = []
        for _ in range(repeats):
            started = time.process_time()
            kcoop.extract(source.data, path=source.name).to_json()
            runs.append((time.process_time() - started) * 1000)
        times["dev" if source.name.startswith("dev-") else "fixtures"].append(statistics.median(runs))
    return times


# ---------------------------------------------------------------- the run

def compile_bytecode() -> None:
    """Write the package's .pyc files first, as ``pip install`` does: an editable install
    under PYTHONDONTWRITEBYTECODE would otherwise compile every module in every run."""
    import kcoop

    compileall.compile_dir(Path(kcoop.__file__).parent, quiet=1)


def measure(size: int, runs: int) -> dict:
    articles = sources()
    results: dict = {
        "machine": f"{platform.processor() or platform.machine()}, {os.cpu_count()} cores, Python {platform.python_version()}",
        "date": time.strftime("%Y-%m-%d"), "size": size, "runs": runs,
        "dev_articles": sum(s.name.startswith("dev-") for s in articles), "fixtures": sum(not s.name.startswith("dev-") for s in articles),
    }
    folder = Path(tempfile.mkdtemp(prefix=f"kcoop-bench-{size}-"))
    try:
        paths = build_corpus(folder, size, articles)
        pages = peer_inputs(paths)
        rounds = []
        for _ in range(runs):
            rounds.append({"j1": kcoop_batch(folder, 1), "j2": kcoop_batch(folder, 2), "peer": time_peer(pages)})
    finally:
        shutil.rmtree(folder, ignore_errors=True)

    def rate(seconds: list[float]) -> float:
        return size / statistics.median(seconds)

    results.update({
        "kcoop_jobs1_docs_per_s": rate([r["j1"].seconds for r in rounds]),
        "kcoop_jobs1_docs_per_cpu_s": rate([r["j1"].cpu_seconds for r in rounds]),
        "kcoop_jobs2_docs_per_s": rate([r["j2"].seconds for r in rounds]),
        "peer_docs_per_s": rate([r["peer"]["wall"] for r in rounds]),
        "peer_docs_per_cpu_s": rate([r["peer"]["cpu"] for r in rounds]),
        "trafilatura_alone_docs_per_cpu_s": rate([r["peer"]["extracting_cpu"] for r in rounds]),
        "jobs1_over_peer": statistics.median(r["peer"]["wall"] / r["j1"].seconds for r in rounds),
        "jobs1_over_peer_cpu": statistics.median(r["peer"]["cpu"] / r["j1"].cpu_seconds for r in rounds),
        "jobs1_parent_rss_mib": max(r["j1"].parent_rss_mib for r in rounds),
        "jobs2_parent_rss_mib": max(r["j2"].parent_rss_mib for r in rounds),
        "jobs2_worker_private_mib": max(r["j2"].worker_private_mib for r in rounds),
    })
    times = per_document_ms(articles)
    results["document_ms"] = {group: {"median": statistics.median(values), "p90": statistics.quantiles(values, n=10)[-1],
                                      "max": max(values)} for group, values in times.items() if len(values) > 1}
    everything = times["dev"] + times["fixtures"]
    results["document_ms"]["all"] = {"median": statistics.median(everything), "p90": statistics.quantiles(everything, n=10)[-1],
                                     "max": max(everything)}
    results["one_file_s"] = one_file_seconds(max(runs, 10))
    return results


def table(r: dict) -> str:
    def verdict(ok: bool) -> str:
        return "yes" if ok else "**no**"

    doc = r["document_ms"]
    doc_cells = "; ".join(f"{group} {v['median']:.1f} (p90 {v['p90']:.1f}, max {v['max']:.0f})" for group, v in doc.items())
    rows = [
        ("`--jobs 1`, documents a second (a CPU second)",
         f"{r['kcoop_jobs1_docs_per_s']:,.0f}/s ({r['kcoop_jobs1_docs_per_cpu_s']:,.0f})",
         f"peer (trafilatura + mecab-ko) {r['peer_docs_per_s']:,.0f}/s ({r['peer_docs_per_cpu_s']:,.0f}); "
         f"trafilatura alone ({r['trafilatura_alone_docs_per_cpu_s']:,.0f})", "—", ""),
        ("`--jobs 1` / peer (by CPU time)", f"{r['jobs1_over_peer']:.2f}× ({r['jobs1_over_peer_cpu']:.2f}×)", "", "≥ 1.2×",
         verdict(min(r["jobs1_over_peer"], r["jobs1_over_peer_cpu"]) >= 1.2)),
        ("`--jobs 2`, documents a second", f"{r['kcoop_jobs2_docs_per_s']:,.0f}/s", "", "—", ""),
        ("whole pipeline a document, in process (CPU ms, median of the articles)", f"{doc['all']['median']:.1f} ms", doc_cells,
         "≤ 20 ms", verdict(doc["all"]["median"] <= 20)),
        (f"`kcoop extract {ONE_FILE.name}` (median)", f"{r['one_file_s']:.2f} s", "", "≤ 3 s (stretch 1 s)",
         verdict(r["one_file_s"] <= 3)),
        ("parent RSS, `--jobs 2` (peak)", f"{r['jobs2_parent_rss_mib']:.0f} MiB", f"`--jobs 1`: {r['jobs1_parent_rss_mib']:.0f} MiB",
         "≤ 700 MB", verdict(r["jobs2_parent_rss_mib"] * 1.048576 <= 700)),
        ("each worker's private memory, `--jobs 2` (peak)", f"{r['jobs2_worker_private_mib']:.0f} MiB", "", "≤ 100 MB",
         verdict(r["jobs2_worker_private_mib"] * 1.048576 <= 100)),
    ]
    lines = [f"{r['date']}, {r['machine']}; {r['size']:,} files cycling through {r['dev_articles']} dev-set articles and "
             f"{r['fixtures']} fixtures; medians of {r['runs']} rounds.", "",
             "| measure | kcoop | beside it | target | met |", "| --- | ---: | --- | --- | --- |"]
    lines += [f"| {' | '.join(row)} |" for row in rows]
    return "\n".join(lines)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--size", type=int, default=2000, help="files in the corpus")
    parser.add_argument("--runs", type=int, default=5, help="rounds")
    parser.add_argument("--json", action="store_true", help="print the raw figures as JSON too")
    args = parser.parse_args()
    compile_bytecode()
    results = measure(args.size, args.runs)
    print(table(results))
    if args.json:
        print(json.dumps(results, indent=2, ensure_ascii=False))


if __name__ == "__main__":
    main()
