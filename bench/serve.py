#!/usr/bin/env python3
"""Save-to-served benchmark for `loket serve` (a script, not a timed test).

Generates the bilingual corpus with ../shared/bench/gen_corpus.py (once, cached), builds
the release binary, starts `loket serve --port 0` on it, then edits one page --edits times,
each time adding a new unique sentence and saving it the way editors that save by rename
do (write a temporary file, rename it over the page). It measures the time from the rename
to the first HTTP response of that page that contains the new sentence (polled tightly over
one keep-alive connection), and prints the median and the distribution. The page's file is
restored afterwards. Then it adds a page next to it and deletes it again (--structural
times), measuring the time until the new page is served and until it answers 404.

    python3 bench/serve.py                  # 10,000 pairs, 20 edits, 5 pages added and deleted
    python3 bench/serve.py --pairs 1000 --edits 50
"""
import argparse
import http.client
import os
import statistics
import subprocess
import sys
import threading
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent.parent


def pick_page(site: Path) -> Path:
    """A leaf page a few folders deep in the default language: a typical edit."""
    leaves = sorted(p for p in (site / "content" / "nl").rglob("*.md") if p.name != "_index.md")
    deep = [p for p in leaves if len(p.relative_to(site / "content" / "nl").parts) >= 3]
    return (deep or leaves)[len(deep or leaves) // 2]


def url_of(site: Path, page: Path) -> str:
    parts = page.relative_to(site / "content").with_suffix("").parts
    return "/" + "/".join(parts) + "/"


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--pairs", type=int, default=10000)
    ap.add_argument("--edits", type=int, default=20)
    ap.add_argument("--corpus-dir", type=Path, default=Path("/tmp/loket-bench"))
    ap.add_argument("--generator", type=Path, default=HERE.parent / "shared/bench/gen_corpus.py")
    ap.add_argument("--structural", type=int, default=5, help="pages to add and delete after the edits")
    ap.add_argument("--timeout", type=float, default=10.0, help="give up on one edit after this many seconds")
    a = ap.parse_args()

    subprocess.run(["cargo", "build", "--release", "--quiet"], cwd=HERE, check=True)
    loket = str(HERE / "target/release/loket")
    site = a.corpus_dir / f"pairs-{a.pairs}"
    if not (site / "site.yaml").is_file():
        subprocess.run([sys.executable, str(a.generator), "--pairs", str(a.pairs), "--out", str(site), "--force"],
                       check=True, stdout=subprocess.DEVNULL)
    page = pick_page(site)
    url = url_of(site, page)
    original = page.read_text(encoding="utf-8")
    pages = sum(1 for _ in (site / "content").rglob("*.md"))

    started = time.perf_counter()
    server = subprocess.Popen([loket, "serve", "--root", str(site), "--port", "0"],
                              stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True)
    rebuilds = []
    try:
        port = None
        for line in server.stdout:
            if "at http://127.0.0.1:" in line:
                port = int(line.split("at http://127.0.0.1:")[1].split("/")[0])
                break
        if port is None:
            sys.exit("loket serve did not start")
        startup = time.perf_counter() - started

        def read_rest():
            for line in server.stdout:
                # "rebuilt in 3 ms: 1 page rendered, 1 file written"
                if line.startswith("rebuilt in "):
                    rebuilds.append(float(line.split()[2]))
        threading.Thread(target=read_rest, daemon=True).start()

        conn = http.client.HTTPConnection("127.0.0.1", port, timeout=a.timeout)

        def fetch() -> str:
            conn.request("GET", url)
            return conn.getresponse().read().decode("utf-8", "replace")

        assert "reload.js" in fetch(), "the page is served"
        times = []
        temporary = page.with_name(f".{page.name}.bench-tmp")
        for i in range(a.edits):
            sentence = f"Benchmarkzin {i} op {time.time_ns()}."
            temporary.write_text(original.rstrip("\n") + f"\n\n{sentence}\n", encoding="utf-8")
            t0 = time.perf_counter()
            os.replace(temporary, page)
            while sentence not in fetch():
                if time.perf_counter() - t0 > a.timeout:
                    sys.exit(f"edit {i}: the new text was not served within {a.timeout} s")
            times.append((time.perf_counter() - t0) * 1000)
            time.sleep(0.25)  # let the watcher settle, so each edit is its own rebuild
        structural = []
        if a.structural:
            # Adding a page next to the edited one, then deleting it: from the save to the new
            # page served (then to its 404).
            added = page.with_name("bench-nieuw.md")
            added_url = url.rsplit("/", 2)[0] + "/bench-nieuw/"

            def status(path: str) -> int:
                conn.request("GET", path)
                response = conn.getresponse()
                response.read()
                return response.status
            for i in range(a.structural):
                t0 = time.perf_counter()
                temporary.write_text(f"---\ntitle: Nieuw {i}\ndescription: Een nieuwe pagina.\n---\nTekst {i}.\n",
                                     encoding="utf-8")
                os.replace(temporary, added)
                while status(added_url) != 200:
                    if time.perf_counter() - t0 > a.timeout * 6:
                        sys.exit("the added page was not served in time")
                add_ms = (time.perf_counter() - t0) * 1000
                time.sleep(0.5)
                t0 = time.perf_counter()
                added.unlink()
                while status(added_url) != 404:
                    if time.perf_counter() - t0 > a.timeout * 6:
                        sys.exit("the deleted page was still served")
                delete_ms = (time.perf_counter() - t0) * 1000
                structural.append((add_ms, delete_ms))
                time.sleep(0.5)
        conn.close()
        times_sorted = sorted(times)
        p90 = times_sorted[min(len(times_sorted) - 1, int(len(times_sorted) * 0.9))]
        print(f"pairs={a.pairs} pages={pages} page={url} startup (first build + serve)={startup:.1f} s")
        print(f"save -> new text served, {len(times)} edits: median={statistics.median(times):.1f} ms "
              f"min={times_sorted[0]:.1f} p90={p90:.1f} max={times_sorted[-1]:.1f} ms")
        print("  all (ms): " + " ".join(f"{t:.1f}" for t in times))
        if structural:
            adds = [x for x, _ in structural]
            deletes = [y for _, y in structural]
            print(f"page added -> served, {len(adds)} times: median={statistics.median(adds):.0f} ms "
                  f"max={max(adds):.0f} ms; page deleted -> 404: median={statistics.median(deletes):.0f} ms "
                  f"max={max(deletes):.0f} ms")
        if rebuilds:
            print(f"  of which the rebuild itself (serve's own report): median={statistics.median(rebuilds):.0f} ms "
                  "(the rest is the watcher's 10 ms debounce and the HTTP poll)")

    finally:
        page.write_text(original, encoding="utf-8")
        server.terminate()
        # Removing the temporary output (21,000 files) can take a while on a slow disk.
        server.wait(timeout=600)


if __name__ == "__main__":
    main()
