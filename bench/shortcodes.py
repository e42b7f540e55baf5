#!/usr/bin/env python3
"""Shortcode benchmark for loket (a script, not a timed test).

Writes two sites of --pages Dutch pages each, built alike: in one every page is plain
Markdown, in the other every page has the same text with 100 shortcodes (details and
notice blocks, hidden, lang and button calls). Builds the release binary, then times
`loket check` and `loket build --no-search` on both: the median of --runs runs after one
warm-up, and the cost of a page with 100 shortcodes as a multiple of a plain page.

    python3 bench/shortcodes.py
    python3 bench/shortcodes.py --pages 400 --runs 7
"""
import argparse
import statistics
import subprocess
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent.parent
SITE = "base_url: https://example.org\ndefault_language: nl\nlanguages:\n  nl: { name: Nederlands, title: Bench }\n"
TEXT = "U meldt zich bij het loket. Wij stellen vast wie u bent. Neem uw papieren mee."


def plain_body():
    parts = []
    for i in range(20):
        parts.append(f"## Vraag {i}\n\n{TEXT}\n\n{TEXT} Lees [de procedure](../_index.md).\n")
        parts.append(f"{TEXT}\n\n{TEXT} Wij zeggen welkom.\n")
    return "\n".join(parts)


def shortcode_body():
    # 20 x (details + notice + hidden + lang + button) = 100 shortcodes.
    parts = []
    for i in range(20):
        parts.append(f'## Vraag {i}\n\n{{% details(summary="Vraag {i}?") %}}\n{TEXT}\n\n{TEXT} '
                     f'Lees [de procedure {{{{ hidden(text="over stap {i}") }}}}](../_index.md).\n{{% end %}}\n')
        parts.append(f'{{% notice(kind="warning") %}}\n{TEXT}\n{{% end %}}\n\n{TEXT} Wij zeggen '
                     f'{{{{ lang(code="en", text="welcome") }}}}.\n\n{{{{ button(href="../_index.md", text="Naar het begin") }}}}\n')
    return "\n".join(parts)


def write_site(root: Path, pages: int, body: str):
    (root / "content/nl/p").mkdir(parents=True, exist_ok=True)
    (root / "site.yaml").write_text(SITE)
    (root / "content/nl/_index.md").write_text("---\ntitle: Bench\ndescription: Bench.\n---\nBench.\n")
    (root / "content/nl/p/_index.md").write_text("---\ntitle: Pagina's\ndescription: Alle pagina's.\n---\nAlles.\n")
    for i in range(pages):
        (root / f"content/nl/p/pagina-{i}.md").write_text(f"---\ntitle: Pagina {i}\ndescription: Pagina {i}.\n---\n{body}")


def run(cmd):
    start = time.perf_counter()
    subprocess.run(cmd, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    return time.perf_counter() - start


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--pages", type=int, default=300)
    ap.add_argument("--runs", type=int, default=5)
    a = ap.parse_args()
    subprocess.run(["cargo", "build", "--release", "--quiet"], cwd=HERE, check=True)
    loket = str(HERE / "target/release/loket")
    with tempfile.TemporaryDirectory() as tmp:
        sites = {"plain": Path(tmp) / "plain", "shortcodes": Path(tmp) / "shortcodes"}
        write_site(sites["plain"], a.pages, plain_body())
        write_site(sites["shortcodes"], a.pages, shortcode_body())
        # An empty site: the fixed cost of a run (theme, templates), taken off both.
        write_site(Path(tmp) / "empty", 0, "")
        results = {}
        for name, root in [*sites.items(), ("empty", Path(tmp) / "empty")]:
            for command in ("check", "build"):
                cmd = [loket, command, "--root", str(root)] + (["--no-search"] if command == "build" else [])
                run(cmd)
                results[(name, command)] = statistics.median(run(cmd) for _ in range(a.runs))
        for command in ("check", "build"):
            base = results[("empty", command)]
            plain = (results[("plain", command)] - base) / a.pages * 1000
            short = (results[("shortcodes", command)] - base) / a.pages * 1000
            print(f"{command:<6} per page: plain {plain:.3f} ms, with 100 shortcodes {short:.3f} ms "
                  f"= {short / plain:.2f}x  (medians of {a.runs}: plain {results[('plain', command)]:.3f} s, "
                  f"shortcodes {results[('shortcodes', command)]:.3f} s, empty site {base:.3f} s, {a.pages} pages)")


if __name__ == "__main__":
    main()
