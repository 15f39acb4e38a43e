"""What the corpus database costs: ``kcoop extract DIR --db corpus.db`` against
``kcoop extract DIR -o records.jsonl`` on the benchmark corpus of ``bench/run.py``.

    python bench/store.py                    # 2,000 files, 5 rounds, --jobs 2
    python bench/store.py --size 20000 --runs 3 --jobs 1 2

Each round runs both commands one after the other (a fresh database each time), so that a
slow spell of a shared machine hits both alike; then a second --db run over the same
folder (nothing to extract). Prints medians and the median of each round's ratio.
"""
from __future__ import annotations

import argparse
import shutil
import statistics
import subprocess
import tempfile
import time
from pathlib import Path

from run import KCOOP, build_corpus, compile_bytecode, sources


def timed(command: list[str]) -> float:
    started = time.perf_counter()
    subprocess.run(command, check=True, capture_output=True)
    return time.perf_counter() - started


def measure(corpus: Path, scratch: Path, jobs: int, runs: int) -> dict[str, float]:
    extract = KCOOP + ["extract", str(corpus), "--jobs", str(jobs), "-q"]
    rounds = []
    for i in range(runs):
        database = scratch / f"corpus-{jobs}-{i}.db"
        rounds.append({"jsonl": timed(extract + ["-o", str(scratch / "records.jsonl")]),
                       "db": timed(extract + ["--db", str(database)]),
                       "again": timed(extract + ["--db", str(database)])})
        size = database.stat().st_size
        database.unlink()
    return {
        "jsonl_s": statistics.median(r["jsonl"] for r in rounds), "db_s": statistics.median(r["db"] for r in rounds),
        "db_over_jsonl": statistics.median(r["db"] / r["jsonl"] for r in rounds),
        "again_s": statistics.median(r["again"] for r in rounds), "db_mib": size / 2**20,
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--size", type=int, default=2000)
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--jobs", type=int, nargs="+", default=[2])
    args = parser.parse_args()
    compile_bytecode()
    scratch = Path(tempfile.mkdtemp(prefix="kcoop-bench-store-"))
    try:
        build_corpus(scratch / "corpus", args.size, sources())
        print(f"{args.size:,} files, medians of {args.runs} rounds\n")
        print("| jobs | -o records.jsonl | --db corpus.db | --db / jsonl | second --db run | database size |")
        print("| ---: | ---: | ---: | ---: | ---: | ---: |")
        for jobs in args.jobs:
            row = measure(scratch / "corpus", scratch, jobs, args.runs)
            print(f"| {jobs} | {row['jsonl_s']:.1f} s | {row['db_s']:.1f} s | {row['db_over_jsonl']:.2f}× "
                  f"| {row['again_s']:.1f} s | {row['db_mib']:.0f} MiB |")
    finally:
        shutil.rmtree(scratch, ignore_errors=True)


if __name__ == "__main__":
    main()
