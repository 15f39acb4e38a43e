"""Inputs built to be slow (issue 13, item 6): each must take time linear in its size.

    python bench/linear.py                  # sizes 50,000 and 200,000 characters

For each hostile unit repeated up to a size, the seconds of ``kcoop.extract`` (the median of
3 runs) at two sizes, and the ratio of the times against the ratio of the sizes: linear work
keeps the two near each other (quadratic work makes the time ratio the square of the size
ratio). Not a test: it measures time, which the test suite never does.
"""
from __future__ import annotations

import argparse
import statistics
import time

import kcoop

# What made the earlier code quadratic: markdown images never closed (line repair), markdown
# links never closed (a link's address read to the line's end from every bracket), a count
# pattern retried from every digit, HTML comments never closed, one
# person mentioned again and again (repeated mentions), a one-letter word a line's chrome
# test looked back over, and for good measure a sentence of a commitment repeated.
UNITS = {
    "unclosed image `![`": "![",
    "unclosed link `[a](`": "[a](",
    "unclosed link title `[a](u \"`": '[a](u "',
    "transcript cue never closed `[앵커`": "[앵커 ",
    "a line of digits (a button's count?)": "1",
    "unclosed HTML comments `<!--`": "<!--",
    "a person again and again": "홍길동 장관은 ",
    "one-letter words": "가 ",
    "commitments": "시는 내년 공원을 조성할 계획이다. ",
}


def seconds(text: str, runs: int) -> float:
    times = []
    for _ in range(runs):
        started = time.perf_counter()
        kcoop.extract(text)
        times.append(time.perf_counter() - started)
    return statistics.median(times)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs=2, default=[50_000, 200_000])
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()
    small, large = args.sizes
    kcoop.extract("제목\n\n시는 내년 공원을 조성할 계획이다.")  # load the data and the analyzer first
    print(f"| input | {small:,} characters | {large:,} characters | time ratio (size ratio {large / small:.0f}) |")
    print("| --- | ---: | ---: | ---: |")
    for name, unit in UNITS.items():
        timed = [seconds("제목\n\n" + unit * (size // len(unit)), args.runs) for size in (small, large)]
        print(f"| {name} | {timed[0]:.2f} s | {timed[1]:.2f} s | {timed[1] / max(timed[0], 1e-9):.1f} |")


if __name__ == "__main__":
    main()
