"""Instruction counts (valgrind's callgrind): the same figure on every run, whatever else a
shared machine is doing, where wall-clock speeds move by several percent.

    pip install '.[bench]'          # as users install it (not -e); valgrind on the PATH
    python bench/instructions.py    # about 5 minutes

Reports, in millions of instructions: one document's work in kcoop (all pipeline stages
and the JSON) and in its peer (trafilatura's ``extract(..., with_metadata=True)`` plus
mecab-ko over its text, as ``run.py`` runs it), each the difference between a process that
handles 300 documents and one that handles 30, divided by 270 (the start-up cancels out);
and a whole ``kcoop extract one-fixture.txt`` process. The documents are the first of the
corpus ``run.py`` builds.
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

from run import KCOOP, ONE_FILE, build_corpus, peer_inputs, sources

# Reads the first N files of a corpus, handles one before counting starts to matter (lazy
# loading), then all N; {work} is one document's work on ``data``, after {setup}.
LOOP = """
import sys, pathlib
{setup}
files = sorted(pathlib.Path(sys.argv[1]).rglob("*.*"))[: int(sys.argv[2])]
for data in [files[0].read_bytes()] + [path.read_bytes() for path in files]:
    {work}
"""
KCOOP_WORK = ("import kcoop", "kcoop.extract(data).to_json()")
PEER_WORK = (f"sys.path.insert(0, {str(Path(__file__).parent)!r}); import run; from mecab import MeCab; tagger = MeCab()",
             "run.peer_analyse(run.peer_extract(data.decode()), tagger)")
FEW, MANY = 30, 300


def instructions(command: list[str]) -> int:
    """Instructions a process runs, by callgrind (a fixed hash seed: set and dict order alike)."""
    env = {**os.environ, "PYTHONHASHSEED": "0"}
    done = subprocess.run(["valgrind", "--tool=callgrind", "--callgrind-out-file=/dev/null", *command],
                          capture_output=True, text=True, env=env, check=True)
    return int(re.search(r"Collected : (\d+)", done.stderr).group(1))


def per_document(tool: tuple[str, str], corpus: Path) -> float:
    setup, work = tool
    loop = LOOP.format(setup=setup, work=work)
    few = instructions([sys.executable, "-c", loop, str(corpus), str(FEW)])
    many = instructions([sys.executable, "-c", loop, str(corpus), str(MANY)])
    return (many - few) / (MANY - FEW)


def main() -> None:
    argparse.ArgumentParser(description=__doc__.splitlines()[0]).parse_args()
    if not shutil.which("valgrind"):
        sys.exit("bench/instructions.py: valgrind is not on the PATH")
    with tempfile.TemporaryDirectory() as folder, tempfile.TemporaryDirectory() as pages:
        corpus = Path(folder)
        paths = build_corpus(corpus, MANY, sources())
        for path, page in zip(paths, peer_inputs(paths)):  # the peer's input, as run.py hands it over
            Path(pages, path.name).with_suffix(".html").write_text(page, encoding="utf-8")
        kcoop_doc = per_document(KCOOP_WORK, corpus)
        peer_doc = per_document(PEER_WORK, Path(pages))
        command = [sys.executable, *KCOOP, "extract", str(ONE_FILE), "-o", os.devnull]  # the script, under valgrind
        one_file = instructions(command)
    millions = 1e6
    print("| measure | instructions |\n| --- | ---: |")
    print(f"| kcoop, one document | {kcoop_doc / millions:.2f}M |")
    print(f"| peer (trafilatura + mecab-ko), one document | {peer_doc / millions:.2f}M |")
    print(f"| peer / kcoop | {peer_doc / kcoop_doc:.2f}× |")
    print(f"| `kcoop extract {ONE_FILE.name}` | {one_file / millions:.0f}M |")


if __name__ == "__main__":
    main()
