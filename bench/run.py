"""Batch benchmark: kcoop against trafilatura on the same replicated portal dumps.

    pip install '.[bench]'                  # as users install it (not -e)
    python bench/run.py                      # 2,000 and 20,000 files, 5 rounds each
    python bench/run.py --sizes 2000 --runs 5

Builds a corpus in a temporary folder by replicating the portal-layout fixtures (Daum,
Newsis, Nuri Ilbo; each copy with other people's names), then reports medians of several
rounds: kcoop documents per second with --jobs 1 and --jobs 2 (whole processes, all
pipeline stages, JSON written),
trafilatura's ``extract(..., with_metadata=True)`` documents per second in one process
over the same files, their ratio, the wall time of ``kcoop extract one-fixture.txt``, and
the peak RSS of a kcoop process at each corpus size. Prints a Markdown table.
"""
from __future__ import annotations

import argparse
import compileall
import json
import os
import platform
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
FIXTURES = ROOT / "fixtures"
PORTAL_FIXTURES = [
    "000_eef1bbc44fbea8fa.txt", "001_0e8f19775beb0cb0.txt", "002_29c74b516dfb5dcb.txt",
    "003_a8638d5ad2ceafd5.txt", "004_095b2a8f046402e3.txt", "005_daum_yonhap_fullpage.html",
    "007_daum_cp949_tworeporters.txt", "008_newsis_bom_crlf.md", "010_nuriilbo_utf16_sidebar.txt",
]
KCOOP = [str(Path(sys.executable).with_name("kcoop"))]
# Runs a command and prints the largest resident set of it and its children (KiB).
RSS_PROBE = (
    "import resource, subprocess, sys;"
    "subprocess.run(sys.argv[1:], check=True);"
    "print(resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss)"
)


# Given-name syllables for the copies' people; none of them is a particle (이, 은 …)
GIVEN_SYLLABLES = "민서준지현우예하윤수영재성진호연승태원혜정경석훈철희선미상동"


def build_corpus(folder: Path, size: int) -> None:
    """``size`` copies of the portal fixtures, in folders of 1,000. Each copy names its people
    and reporters anew (same surname, another given name), as distinct articles would: the
    work done per name is then paid per document, as it is on a real collection."""
    sources = [(name, (FIXTURES / name).read_bytes(), _korean_names(name)) for name in PORTAL_FIXTURES]
    for i in range(size):
        name, data, (people, encoding) = sources[i % len(sources)]
        copy = i // len(sources)
        for k, person in enumerate(people):
            given = GIVEN_SYLLABLES[(copy + 7 * k) % 30] + GIVEN_SYLLABLES[(copy // 30 + 3 * k) % 30]
            data = data.replace(person.encode(encoding), (person[0] + given).encode(encoding))
        target = folder / f"{i // 1000:03d}" / f"{i:06d}_{name}"
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_bytes(data)


def _korean_names(fixture: str) -> tuple[list[str], str]:
    """The three-syllable Korean names of a fixture's people and reporters (from its expected
    record), and the codec that writes them as the file does."""
    record = json.loads((FIXTURES / f"{fixture}.expected.json").read_text(encoding="utf-8"))
    names = [p["name"] for p in record["people"]] + [r["name"] for r in record["reporters"]]
    encoding = {"utf-16": "utf-16-le"}.get(record["source"]["encoding"], record["source"]["encoding"])
    return [n for n in dict.fromkeys(names) if len(n) == 3 and " " not in n], encoding


def time_kcoop(corpus: Path, jobs: int) -> tuple[float, int]:
    """Wall seconds and peak RSS (KiB) of one whole ``kcoop extract`` run."""
    command = KCOOP + ["extract", str(corpus), "--jobs", str(jobs), "-q", "-o", os.devnull]
    started = time.perf_counter()
    probe = subprocess.run([sys.executable, "-c", RSS_PROBE, *command], capture_output=True, text=True, check=True)
    return time.perf_counter() - started, int(probe.stdout.split()[-1])


def time_trafilatura(corpus: Path) -> float:
    import trafilatura

    files = sorted(corpus.rglob("*.*"))
    started = time.perf_counter()
    for path in files:
        trafilatura.extract(path.read_bytes(), with_metadata=True)
    return time.perf_counter() - started


def time_single_file(runs: int) -> dict[str, float]:
    """Median seconds of ``kcoop extract one-file``, interleaved: with the compiled-pattern
    cache written by an earlier run (every run after the first), and with an empty one (the
    first run after installing)."""
    target = str(FIXTURES / PORTAL_FIXTURES[0])
    times: dict[str, list[float]] = {"warm": [], "cold": []}
    for _ in range(runs):
        for state in times:
            with tempfile.TemporaryDirectory() as empty:
                env = os.environ if state == "warm" else {**os.environ, "KCOOP_CACHE_DIR": empty}
                started = time.perf_counter()
                subprocess.run(KCOOP + ["extract", target], capture_output=True, check=True, env=env)
                times[state].append(time.perf_counter() - started)
    return {state: statistics.median(values) for state, values in times.items()}


def compile_bytecode() -> None:
    """Write the package's .pyc files first, as ``pip install`` does: an editable install
    under PYTHONDONTWRITEBYTECODE would otherwise compile every module in every run."""
    import kcoop

    compileall.compile_dir(Path(kcoop.__file__).parent, quiet=1)


def measure(folder: Path, size: int, runs: int) -> dict[str, float]:
    """Rounds of (kcoop -j1, kcoop -j2, trafilatura) one after the other, so that a slow
    spell of a shared machine hits all three alike; medians over the rounds, and the ratios
    as medians of each round's ratios."""
    rounds = []
    for _ in range(runs):
        (j1, rss1), (j2, rss2) = time_kcoop(folder, 1), time_kcoop(folder, 2)
        rounds.append({"j1": j1, "j2": j2, "traf": time_trafilatura(folder), "rss1": rss1, "rss2": rss2})

    def median_time(key: str) -> float:
        return statistics.median(r[key] for r in rounds)

    def speedup(faster: str, slower: str) -> float:
        return statistics.median(r[slower] / r[faster] for r in rounds)

    return {
        "kcoop_jobs1_docs_per_s": size / median_time("j1"), "kcoop_jobs2_docs_per_s": size / median_time("j2"),
        "trafilatura_docs_per_s": size / median_time("traf"),
        "jobs2_over_jobs1": speedup("j2", "j1"), "jobs1_over_trafilatura": speedup("j1", "traf"),
        "jobs2_over_trafilatura": speedup("j2", "traf"),
        "kcoop_jobs1_peak_rss_mib": max(r["rss1"] for r in rounds) / 1024,
        "kcoop_jobs2_peak_rss_mib": max(r["rss2"] for r in rounds) / 1024,
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[2000, 20000])
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--json", action="store_true", help="print the raw figures as JSON too")
    args = parser.parse_args()
    compile_bytecode()
    # the batch runs find the compiled-pattern cache as every run after a user's first does
    subprocess.run(KCOOP + ["extract", str(FIXTURES / PORTAL_FIXTURES[0])], capture_output=True, check=True)
    results = {"machine": f"{platform.processor() or platform.machine()}, {os.cpu_count()} cores, Python {platform.python_version()}",
               "sizes": {}}
    for size in args.sizes:
        folder = Path(tempfile.mkdtemp(prefix=f"kcoop-bench-{size}-"))
        try:
            build_corpus(folder, size)
            results["sizes"][size] = measure(folder, size, args.runs)
        finally:
            shutil.rmtree(folder, ignore_errors=True)
    results["single_file_s"] = time_single_file(max(args.runs, 10))
    print(table(results))
    if args.json:
        print(json.dumps(results, indent=2))


def table(results: dict) -> str:
    lines = [(f"Machine: {results['machine']}. Medians of the rounds (ratios: medians of each round's ratio); "
              "docs/s over whole runs."), "",
             ("| files | kcoop --jobs 1 | kcoop --jobs 2 | jobs 2 / jobs 1 | trafilatura | kcoop j1 / trafilatura "
              "| kcoop j2 / trafilatura | peak RSS j1 | peak RSS j2 |"),
             "| ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |"]
    for size, row in results["sizes"].items():
        j1, j2, tr = row["kcoop_jobs1_docs_per_s"], row["kcoop_jobs2_docs_per_s"], row["trafilatura_docs_per_s"]
        lines.append(f"| {size:,} | {j1:,.0f}/s | {j2:,.0f}/s | {row['jobs2_over_jobs1']:.2f}× | {tr:,.0f}/s "
                     f"| {row['jobs1_over_trafilatura']:.2f}× | {row['jobs2_over_trafilatura']:.2f}× "
                     f"| {row['kcoop_jobs1_peak_rss_mib']:.0f} MiB | {row['kcoop_jobs2_peak_rss_mib']:.0f} MiB |")
    single = results["single_file_s"]
    lines += ["", (f"`kcoop extract {PORTAL_FIXTURES[0]}` as a whole process (median): {single['warm'] * 1000:.0f} ms; "
                   f"{single['cold'] * 1000:.0f} ms with an empty pattern cache (the first run after installing).")]
    return "\n".join(lines)


if __name__ == "__main__":
    main()
