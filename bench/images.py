#!/usr/bin/env python3
"""Pictures benchmark (issue 24): a site of phone photos, built by a given loket binary.

Makes a bilingual site (site.yaml, content/nl/verhalen, content/en/stories) with --stories
story pages (half Dutch, half English), each with its own phone photo next to it: a 4032x3024
JPEG of 2 to 4 MB that looks like a photo to an encoder (gradients, shapes, grain) and
carries EXIF with a camera name and a GPS position. Each page shows its photo twice: as the
front matter's `image:` (the story header and the overview's card) and in a `figure`. The
photos are made with Pillow (installed into a venv under /tmp when missing), deterministic
for a --seed, and kept between runs in --work.

Then, for the loket binary given by --loket, measures with /usr/bin/time (wall seconds,
peak RSS of the process):
  - the first build, with no `.loket-cache` in the site folder,
  - a rebuild with the cache the first build left,
counts the published pictures that still hold the photo's EXIF (its ImageDescription, a
marker), and, through a local static server and headless Chromium (playwright-core from
tests/browser/node_modules, /usr/bin/chromium), the bytes a reader downloads (the sum of the
transferred bytes of every response) for one story page and for the story overview: on a
phone (390x844 CSS px, device scale factor 3) and a laptop (1280x800, scale 1), once on
load and once after scrolling to the end (lazy images load then). Prints markdown tables.

    python3 bench/images.py --loket /tmp/loket-before          # e.g. main at c9558bf
    python3 bench/images.py --loket target/release/loket --runs 3
    python3 bench/images.py --loket A --loket B                 # both, one table each
    python3 bench/images.py --stories 20 --no-browser           # quick

The site's `images:` settings are loket's defaults (widths 480, 800, 1200, 1600; WebP;
quality 80); `--settings` writes them into site.yaml explicitly (a binary from before
issue 24 refuses that key).
"""
import argparse
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent.parent
VENV = Path("/tmp/loket-bench-venv")
WIDTH, HEIGHT = 4032, 3024


def ensure_pillow():
    """Re-runs this script with a venv's Python that has Pillow, when this one has none."""
    try:
        import PIL  # noqa: F401
        return
    except ImportError:
        pass
    python = VENV / "bin" / "python"
    if os.environ.get("LOKET_BENCH_VENV"):
        sys.exit(f"no Pillow in {python} either")
    if not python.is_file():
        subprocess.run([sys.executable, "-m", "venv", str(VENV)], check=True)
    subprocess.run([str(python), "-m", "pip", "install", "--quiet", "pillow"], check=True)
    os.environ["LOKET_BENCH_VENV"] = "1"
    os.execv(str(python), [str(python), *sys.argv])


# ---------------------------------------------------------------------------------------
# Photos


def photo(seed: int):
    """A 4032x3024 image an encoder treats like a photo: a smooth three-colour gradient,
    soft-edged shapes, and grain (deterministic noise at half resolution, upscaled)."""
    import random
    from PIL import Image, ImageChops, ImageDraw, ImageFilter

    rng = random.Random(seed)
    corners = [[rng.randrange(256) for _ in range(3)] for _ in range(3)]
    small = Image.new("RGB", (64, 48))
    px = small.load()
    for y in range(48):
        for x in range(64):
            t, u = y / 47, x / 63
            px[x, y] = tuple(int(corners[0][i] * (1 - t) * (1 - u) + corners[1][i] * t + corners[2][i] * (1 - t) * u)
                             % 256 for i in range(3))
    img = small.resize((WIDTH, HEIGHT), Image.BICUBIC)
    draw = ImageDraw.Draw(img)
    for _ in range(rng.randrange(8, 16)):
        x0, y0 = rng.randrange(WIDTH), rng.randrange(HEIGHT)
        box = (x0, y0, x0 + rng.randrange(100, 1500), y0 + rng.randrange(100, 1200))
        colour = tuple(rng.randrange(256) for _ in range(3))
        (draw.ellipse if rng.random() < 0.5 else draw.rectangle)(box, fill=colour)
    img = img.filter(ImageFilter.GaussianBlur(6))
    nw, nh = WIDTH // 2, HEIGHT // 2
    noise = Image.frombytes("L", (nw, nh), rng.randbytes(nw * nh)).resize((WIDTH, HEIGHT), Image.BILINEAR)
    amplitude = rng.randrange(40, 72)  # 2 to 4 MB at quality 90
    noise = noise.point(lambda v: v * amplitude // 255)
    return ImageChops.add(img, Image.merge("RGB", (noise, noise, noise)))


def photo_exif(seed: int):
    """EXIF as a phone writes it: camera, time, and a GPS position (near Amsterdam)."""
    import random
    from PIL import Image

    rng = random.Random(seed * 7919)
    exif = Image.Exif()
    exif[0x010F] = "Phone maker"  # Make
    exif[0x0110] = "Phone 12"  # Model
    exif[0x0132] = "2026:05:%02d 10:%02d:00" % (1 + seed % 28, seed % 60)  # DateTime
    exif[0x010E] = f"loket-bench-gps-{seed}"  # ImageDescription: findable in the output
    gps = exif.get_ifd(0x8825)
    gps[1] = "N"
    gps[2] = (52.0, float(rng.randrange(60)), rng.randrange(6000) / 100)
    gps[3] = "E"
    gps[4] = (4.0, float(rng.randrange(60)), rng.randrange(6000) / 100)
    return exif


def photos(folder: Path, count: int, seed: int):
    """`count` photos in `folder` (made once; kept between runs)."""
    folder.mkdir(parents=True, exist_ok=True)
    paths = []
    for i in range(count):
        path = folder / f"photo-{i + 1:03}.jpg"
        if not path.is_file():
            part = path.with_suffix(".part")
            photo(seed * 100_000 + i).save(part, "JPEG", quality=90, exif=photo_exif(seed * 100_000 + i))
            part.rename(path)
            if i % 20 == 19:
                print(f"  {i + 1} of {count} photos", file=sys.stderr)
        paths.append(path)
    return paths


# ---------------------------------------------------------------------------------------
# The site

SITE_YAML = """base_url: https://loket.example.org
default_language: nl
languages:
  nl: { name: Nederlands, title: "Fotoloket" }
  en: { name: English, title: "Photo desk" }
menus:
  main: [stories]
  footer: [stories]
"""
SETTINGS = "images: { widths: [480, 800, 1200, 1600], formats: [webp], quality: 80 }\n"

LANGS = {
    "nl": {"section": "verhalen", "title": "Verhalen", "story": "Verhaal", "alt": "Een persoon in een tuin",
           "home": "Welkom", "text": "Dit is een voorbeeldverhaal over de procedure. De persoon is verzonnen."},
    "en": {"section": "stories", "title": "Stories", "story": "Story", "alt": "A person in a garden",
           "home": "Welcome", "text": "This is an example story about the procedure. The person is invented."},
}


def page(front: dict, body: str) -> str:
    lines = "\n".join(f"{k}: {v}" for k, v in front.items())
    return f"---\n{lines}\n---\n\n{body}\n"


def make_site(site: Path, photo_files, with_settings: bool):
    if site.exists():
        shutil.rmtree(site)
    (site / "content").mkdir(parents=True)
    (site / "site.yaml").write_text(SITE_YAML + (SETTINGS if with_settings else ""))
    per_lang = len(photo_files) // 2
    for n, (lang, words) in enumerate(LANGS.items()):
        root = site / "content" / lang
        section = root / words["section"]
        section.mkdir(parents=True)
        (root / "_index.md").write_text(page(
            {"title": f'"{words["home"]}"', "description": f'"{words["text"]}"', "translation_key": "home"},
            f"{words['text']}\n\n[{words['title']}]({words['section']}/_index.md)"))
        (section / "_index.md").write_text(page(
            {"title": f'"{words["title"]}"', "description": f'"{words["text"]}"', "translation_key": "stories"},
            words["text"]))
        for i in range(per_lang):
            name = f"{words['story'].lower()}-{i + 1:03}"
            source = photo_files[n * per_lang + i]
            target = section / f"{name}.jpg"
            try:
                os.link(source, target)
            except OSError:
                shutil.copyfile(source, target)
            body = "\n\n".join([
                words["text"],
                "## " + ("Aankomst" if lang == "nl" else "Arrival"),
                words["text"] + " " + words["text"],
                f'{{{{ figure(src="{name}.jpg", alt="{words["alt"]} {i + 1}") }}}}',
                words["text"],
            ])
            front = {
                "title": f'"{words["story"]} {i + 1}"',
                "description": f'"{words["text"]}"',
                "translation_key": f"stories/{i + 1:03}",
                "date": f"2026-05-{1 + i % 28:02}",
                "template": "story.html",
                "image": f'{{ src: {name}.jpg, alt: "{words["alt"]} {i + 1}" }}',
                "extra": f'{{ quote: "{words["text"]}", person: "{words["story"]} {i + 1}" }}',
            }
            (section / f"{name}.md").write_text(page(front, body))


# ---------------------------------------------------------------------------------------
# Measuring


def timed(cmd):
    """Runs cmd under /usr/bin/time; returns (wall seconds, peak RSS in MiB, exit status, stderr)."""
    with tempfile.NamedTemporaryFile("r", suffix=".time") as report:
        proc = subprocess.run(["/usr/bin/time", "-o", report.name, "-f", "%e %M", *map(str, cmd)],
                              stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
        last = report.read().strip().splitlines()[-1].split()
    return float(last[0]), int(last[1]) / 1024, proc.returncode, proc.stderr


def tree_size(folder: Path):
    files = [p for p in folder.rglob("*") if p.is_file()]
    return len(files), sum(p.stat().st_size for p in files)


def page_bytes(out: Path, urls, node: str):
    """Runs bench/page_bytes.mjs; its JSON answer."""
    script = HERE / "bench" / "page_bytes.mjs"
    proc = subprocess.run([node, str(script), str(out), *urls], capture_output=True, text=True, cwd=HERE)
    if proc.returncode != 0:
        sys.exit(f"page_bytes.mjs failed ({proc.returncode}):\n{proc.stdout}\n{proc.stderr}")
    return json.loads(proc.stdout)


def mib(n):
    return f"{n / 1024 / 1024:.2f} MiB" if n >= 1024 * 1024 else f"{n / 1024:.0f} KiB"


def measure(loket: Path, site: Path, out: Path, runs: int, browser: bool, node: str):
    cache = site / ".loket-cache"
    first, again = [], []
    for _ in range(runs):
        shutil.rmtree(cache, ignore_errors=True)
        shutil.rmtree(out, ignore_errors=True)
        wall, rss, code, err = timed([loket, "build", "--root", site, "--out", out, "--no-search"])
        if code not in (0,):
            sys.exit(f"{loket}: the first build exited {code}:\n{err[-3000:]}")
        first.append((wall, rss))
        wall, rss, code, err = timed([loket, "build", "--root", site, "--out", out, "--no-search"])
        if code != 0:
            sys.exit(f"{loket}: the rebuild exited {code}:\n{err[-3000:]}")
        again.append((wall, rss))
    warnings = sum(1 for line in err.splitlines() if "[image-location]" in line)
    rasters = [p for p in out.rglob("*") if p.suffix.lower() in (".jpg", ".jpeg", ".png", ".webp", ".avif", ".gif")]
    # The photos' ImageDescription: a published file that holds it kept its EXIF (and GPS).
    with_exif = sum(1 for p in rasters if b"loket-bench-gps-" in p.read_bytes())
    files, size = tree_size(out)
    cache_files, cache_size = tree_size(cache) if cache.is_dir() else (0, 0)
    print(f"\n### `{loket}`\n")
    print(f"{len(list((site / 'content').rglob('*.jpg')))} photos; median of {runs} run(s); output {files} files, {mib(size)}; "
          f"cache {cache_files} files, {mib(cache_size)}; `image-location` warnings: {warnings}; "
          f"published pictures {len(rasters)}, of which still with the photo's EXIF (GPS): {with_exif}\n")
    print("| build | wall | peak RSS |\n|---|---|---|")
    for name, results in [("first build (no `.loket-cache`)", first), ("rebuild (with the cache)", again)]:
        print(f"| {name} | {statistics.median(r[0] for r in results):.2f} s | "
              f"{statistics.median(r[1] for r in results):.0f} MiB |")
    if not browser:
        return
    story = f"/nl/{LANGS['nl']['section']}/{LANGS['nl']['story'].lower()}-001/"
    overview = f"/nl/{LANGS['nl']['section']}/"
    result = page_bytes(out, [story, overview], node)
    print("\n| page | device | on load | images on load | after scrolling to the end | images then |")
    print("|---|---|---|---|---|---|")
    for row in result:
        print(f"| `{row['url']}` | {row['device']} | {mib(row['load']['bytes'])} ({row['load']['requests']} requests) | "
              f"{mib(row['load']['images'])} | {mib(row['scrolled']['bytes'])} | {mib(row['scrolled']['images'])} |")
    biggest = max(result, key=lambda r: r["scrolled"]["bytes"])
    print(f"\nlargest responses of `{biggest['url']}` ({biggest['device']}): "
          + ", ".join(f"{u} {mib(b)}" for u, b in biggest["largest"]))


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    default_target = Path(os.environ.get("CARGO_TARGET_DIR", HERE / "target"))
    ap.add_argument("--loket", type=Path, action="append", default=None,
                    help="a loket binary (repeat to compare) [default: $CARGO_TARGET_DIR/release/loket]")
    ap.add_argument("--stories", type=int, default=200, help="story pages, half per language (one photo each)")
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--runs", type=int, default=1, help="first build + rebuild pairs (medians)")
    ap.add_argument("--work", type=Path, default=Path("/tmp/loket-bench-images"),
                    help="where the photos (kept), the site and the output go")
    ap.add_argument("--settings", action="store_true", help="write `images:` into site.yaml")
    ap.add_argument("--no-browser", dest="browser", action="store_false", help="leave out the download figures")
    ap.add_argument("--node", default="node")
    a = ap.parse_args()
    ensure_pillow()
    binaries = [p.resolve() for p in (a.loket or [default_target / "release" / "loket"])]
    for binary in binaries:
        if not os.access(binary, os.X_OK):
            sys.exit(f"no loket binary at {binary} (cargo build --release, or pass --loket)")
    if a.browser and not (HERE / "tests/browser/node_modules/playwright-core").is_dir():
        sys.exit("tests/browser/node_modules is missing: run tests/browser/install.sh, or pass --no-browser")
    count = a.stories - a.stories % 2
    print(f"making {count} photos of {WIDTH}x{HEIGHT} in {a.work} (once)", file=sys.stderr)
    photo_files = photos(a.work / f"photos-seed{a.seed}", count, a.seed)
    sizes = [p.stat().st_size for p in photo_files]
    print(f"photos: {count}, {min(sizes) / 1e6:.1f} to {max(sizes) / 1e6:.1f} MB, {sum(sizes) / 1e6:.0f} MB in all")
    for binary in binaries:
        site = a.work / "site"
        make_site(site, photo_files, a.settings)
        measure(binary, site, a.work / "public", a.runs, a.browser, a.node)


if __name__ == "__main__":
    main()
