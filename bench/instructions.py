"""Instruction counts (valgrind's callgrind): the same figure on every run, whatever else a
shared machine is doing, where wall-clock speeds move by several percent.

    pip install '.[bench]'          # as users install it (not -e); valgrind on the PATH
    python bench/instructions.py    # about 5 minutes

Reports, in millions of instructions: one document's work in kcoop (all pipeline stages
and the JSON) and in trafilatura's ``extract(..., with_metadata=True)``, each the
difference between a process that handles 300 documents and one that handles 30, divided
by 270 (the start-up cancels out); and a whole ``kcoop extract one-fixture.txt`` process,
with the compiled-pattern cache written by an earlier run and with an empty one. The
documents are the first of the corpus ``run.py`` builds.
"""
from __future__ import annotations

import argparse
import os
import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

from run import FIXTURES, KCOOP, PORTAL_FIXTURES, build_corpus

# Reads the first N files of a corpus, handles one before counting starts to matter (lazy
# loading), then all N; {work} is one document's work on ``data``, by the tool {module}.
LOOP = """
import sys, pathlib, {module}
files = sorted(pathlib.Path(sys.argv[1]).rglob("*.*"))[: int(sys.argv[2])]
for data in [files[0].read_bytes()] + [path.read_bytes() for path in files]:
    {work}
"""
KCOOP_WORK = ("kcoop", "kcoop.extract(data).to_json()")
TRAFILATURA_WORK = ("trafilatura", "trafilatura.extract(data, with_metadata=True)")
FEW, MANY = 30, 300


def instructions(command: list[str], env: dict[str, str] | None = None) -> int:
    """Instructions a process runs, by callgrind (a fixed hash seed: set and dict order alike)."""
    env = {**(env or os.environ), "PYTHONHASHSEED": "0"}
    done = subprocess.run(["valgrind", "--tool=callgrind", "--callgrind-out-file=/dev/null", *command],
                          capture_output=True, text=True, env=env, check=True)
    return int(re.search(r"Collected : (\d+)", done.stderr).group(1))


def per_document(tool: tuple[str, str], corpus: Path) -> float:
    module, work = tool
    loop = LOOP.format(module=module, work=work)
    few = instructions([sys.executable, "-c", loop, str(corpus), str(FEW)])
    many = instructions([sys.executable, "-c", loop, str(corpus), str(MANY)])
    return (many - few) / (MANY - FEW)


def main() -> None:
    argparse.ArgumentParser(description=__doc__.splitlines()[0]).parse_args()
    if not shutil.which("valgrind"):
        sys.exit("bench/instructions.py: valgrind is not on the PATH")
    one = str(FIXTURES / PORTAL_FIXTURES[0])
    with tempfile.TemporaryDirectory() as folder, tempfile.TemporaryDirectory() as empty:
        corpus = Path(folder)
        build_corpus(corpus, MANY)
        kcoop_doc = per_document(KCOOP_WORK, corpus)
        trafilatura_doc = per_document(TRAFILATURA_WORK, corpus)
        command = [sys.executable, *KCOOP, "extract", one, "-o", os.devnull]  # the script, under valgrind
        subprocess.run(command, capture_output=True, check=True)  # writes the pattern cache
        warm = instructions(command)
        cold = instructions(command, {**os.environ, "KCOOP_CACHE_DIR": empty})
    millions = 1e6
    print("| measure | instructions |\n| --- | ---: |")
    print(f"| kcoop, one document | {kcoop_doc / millions:.2f}M |")
    print(f"| trafilatura, one document | {trafilatura_doc / millions:.2f}M |")
    print(f"| trafilatura / kcoop | {trafilatura_doc / kcoop_doc:.2f}× |")
    print(f"| `kcoop extract {PORTAL_FIXTURES[0]}` | {warm / millions:.0f}M |")
    print(f"| the same, empty pattern cache | {cold / millions:.0f}M |")


if __name__ == "__main__":
    main()
