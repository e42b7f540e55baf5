#!/usr/bin/env python3
"""Build-time benchmark for loket (a script, not a timed test).

Generates bilingual corpora with ../shared/bench/gen_corpus.py (once, cached), builds the
release binary, then times `loket build`, `loket build --no-search` and `loket check` on each corpus: the median of
--runs runs after one warm-up, and the peak memory (max RSS) of one build.

    python3 bench/build.py                 # 1,000 and 10,000 pairs
    python3 bench/build.py --pairs 1000 --runs 10
"""
import argparse
import statistics
import subprocess
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent.parent


def run(cmd):
    start = time.perf_counter()
    subprocess.run(cmd, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    return time.perf_counter() - start


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--pairs", type=int, nargs="+", default=[1000, 10000])
    ap.add_argument("--runs", type=int, default=5)
    ap.add_argument("--corpus-dir", type=Path, default=Path("/tmp/loket-bench"))
    ap.add_argument("--generator", type=Path, default=HERE.parent / "shared/bench/gen_corpus.py")
    a = ap.parse_args()

    subprocess.run(["cargo", "build", "--release", "--quiet"], cwd=HERE, check=True)
    loket = str(HERE / "target/release/loket")
    for pairs in a.pairs:
        site = a.corpus_dir / f"pairs-{pairs}"
        if not (site / "site.yaml").is_file():
            subprocess.run([sys.executable, str(a.generator), "--pairs", str(pairs), "--out", str(site), "--force"],
                           check=True, stdout=subprocess.DEVNULL)
        build = [loket, "build", "--root", str(site)]
        fast = [*build, "--no-search"]
        check = [loket, "check", "--root", str(site)]
        run(build)  # warm-up: page cache, first output folder
        builds = [run(build) for _ in range(a.runs)]
        fasts = [run(fast) for _ in range(a.runs)]
        checks = [run(check) for _ in range(a.runs)]
        # Each peak is measured in a fresh interpreter so earlier, larger children don't mask it.
        peak = subprocess.run([sys.executable, "-c",
                               "import resource,subprocess,sys; subprocess.run(sys.argv[1:], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=True);"
                               "print(resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss // 1024)", *build],
                              check=True, capture_output=True, text=True).stdout.strip()
        pages = sum(1 for _ in (site / "content").rglob("*.md"))
        print(f"pairs={pairs:<6} pages={pages:<6} build median={statistics.median(builds):.3f} s "
              f"(min {min(builds):.3f})  --no-search median={statistics.median(fasts):.3f} s  check median={statistics.median(checks):.3f} s  peak RSS={peak} MiB")


if __name__ == "__main__":
    main()
