"""Metadata track: title, authors, date, dek, lead image and captions on unseen pages.

Prints newsparse beside trafilatura (``trafilatura.extract_metadata``) on the same pages,
in the same run, for three data sets of ``shared/bench``:

* ``postlight``: the values the Postlight parser's tests assert, scored on the pages with
  their ``<meta>`` tags put back by the folder README's ``restore_meta`` (the stored pages
  had them rewritten); only cases asserting a non-null value count. Title and dek are
  exact matches after whitespace folding; authors are equal sets of names (split on
  commas, "，" and "、" included, ";" and " and ", a leading "By" dropped, case folded); dates compare the
  calendar day (the page's stated offset converted to UTC, as the gold is UTC), with
  one day either way allowed where the gold is a local midnight in Japan or day-only;
  lead images compare scheme-less host and path.
* ``trafilatura-dev``: author (names joined by "; "), title and date (YYYY-MM-DD, the day
  as the page writes it) exact matches where the gold value is not empty, as trafilatura's
  own evaluation does.
* ``scrapinghub-text``: author-name and caption precision against the silver labels, and
  how many captions are empty ("Photo", "Image") or advertising text. trafilatura does not
  read plain text: its author names are those it finds in the same pages' HTML.

Usage::

    python benchmarks/metadata_track.py [--pages N] [--only postlight] [--misses FIELD]

The data folder is ``../shared`` beside the repository, or ``$NEWSPARSE_SHARED``.
"""

from __future__ import annotations

import argparse
import datetime as dt
import gzip
import json
import os
import re
import sys
import time
import warnings
from collections.abc import Callable
from pathlib import Path
from urllib.parse import urlsplit

sys.path.insert(0, str(Path(__file__).resolve().parent))

import _metrics as M

SHARED = Path(os.environ.get("NEWSPARSE_SHARED") or Path(__file__).resolve().parents[1].parent / "shared")
BENCH = SHARED / "bench"
FIELDS = ("title", "authors", "date", "dek", "image")


# -- postlight's restore_meta (from the folder README) ----------------------------------------


def restore_meta(page: str) -> str:
    """value= back to content=, and a property= twin for name="og:..." etc."""

    def fix(m):
        tag = m.group(0)
        if re.search(r"\scontent\s*=", tag, re.IGNORECASE):
            return tag
        tag = re.sub(r"(\s)value(\s*=)", r"\1content\2", tag, count=1, flags=re.IGNORECASE)
        og = re.search(r"\sname\s*=\s*([\"']?)((?:og|article|fb|book|profile|video|music):[^\"'\s>]*)\1",
                       tag, re.IGNORECASE)
        if og and not re.search(r"\sproperty\s*=", tag, re.IGNORECASE):
            tag = tag[:5] + f' property="{og.group(2)}"' + tag[5:]
        return tag

    return re.sub(r"<meta\b[^>]*>", fix, page, flags=re.IGNORECASE)


# -- what each system says ----------------------------------------------------------------------


class Found(dict):
    """One system's answer for one page: title, authors (a list), date, dek, image."""


def newsparse_runner() -> Callable[[str | bytes, str, str], Found]:
    """Parse a page with newsparse and read the fields a user would read."""
    from newsparse import NewsparseError, Parser

    parser = Parser(load_entrypoints=False)

    def run(page: str | bytes, url: str, fmt: str) -> Found:
        try:
            article = parser.parse(page, url=url or None, format=fmt, extract=False)
        except NewsparseError:
            return Found(authors=[], captions=[])
        authors = getattr(article, "authors", None)
        if authors is None:
            # Before Article.authors: the names of the bylines crediting people or agencies.
            authors = _unique(n for b in article.bylines if b.kind != "source" for n in b.names)
        return Found(
            title=article.title,
            authors=list(authors),
            date=article.published,
            dek=article.dek,
            image=getattr(article, "image", None),
            captions=[(c.span.slice(article.source), c.text) for c in article.captions],
        )

    return run


def trafilatura_runner() -> Callable[[str | bytes, str, str], Found] | None:
    """trafilatura's metadata for an HTML page (None when it is not installed)."""
    try:
        import trafilatura
    except ImportError:
        return None

    def run(page: str | bytes, url: str, fmt: str) -> Found:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            meta = trafilatura.extract_metadata(page, default_url=url or None)
        if meta is None:
            return Found(authors=[])
        return Found(
            title=meta.title,
            authors=[a.strip() for a in (meta.author or "").split(";") if a.strip()],
            date=meta.date,
            dek=meta.description,
            image=meta.image,
        )

    return run


def _unique(names) -> list[str]:
    seen, out = set(), []
    for name in names:
        if name.lower() not in seen:
            seen.add(name.lower())
            out.append(name)
    return out


# -- comparisons ------------------------------------------------------------------------------


def fold(text: str | None) -> str:
    """Whitespace runs (Unicode ones included) folded to one space, trimmed."""
    return " ".join((text or "").split())


# (The full-width and ideographic commas of Chinese and Japanese credits are commas too.)
_NAME_SPLIT = re.compile(r"\s*(?:[,，、]|;|\band\b)\s*", re.IGNORECASE)
_BY = re.compile(r"^by\s+", re.IGNORECASE)


def name_set(names) -> set[str]:
    """Names split on commas (full-width and ideographic ones too), ";" and " and ", a
    leading "By" dropped, case folded."""
    out = set()
    for name in names:
        for part in _NAME_SPLIT.split(fold(name)):
            part = _BY.sub("", part).strip(" .")
            if part:
                out.add(part.casefold())
    return out


def as_day(value, *, utc: bool = True) -> dt.date | None:
    """The calendar day of a datetime or of a string; in UTC when ``utc`` and it is
    timezone-aware, else the day as the page wrote it."""
    if value is None or value == "":
        return None
    if isinstance(value, str):
        try:
            value = dt.datetime.fromisoformat(value.replace("Z", "+00:00")[:32])
        except ValueError:
            try:
                return dt.date.fromisoformat(value[:10])
            except ValueError:
                return None
    if isinstance(value, dt.datetime):
        if value.tzinfo is not None and utc:
            value = value.astimezone(dt.timezone.utc)
        return value.date()
    return value if isinstance(value, dt.date) else None


def same_date(found, gold: str) -> bool:
    """The same calendar day; a day either way where the gold is a local day in Japan or day-only."""
    ours, want = as_day(found), as_day(gold)
    if ours is None or want is None:
        return False
    if ours == want:
        return True
    lenient = len(gold) == 10 or gold.endswith("T15:00:00.000Z")
    return lenient and abs((ours - want).days) <= 1


def same_image(found: str | None, gold: str) -> bool:
    """Scheme-less host and path equal."""
    if not found:
        return False
    a, b = urlsplit(found.strip()), urlsplit(gold.strip())
    return (a.netloc.lower(), a.path) == (b.netloc.lower(), b.path)


# -- data sets ----------------------------------------------------------------------------------


def postlight_cases(limit: int | None) -> list[dict]:
    """The postlight cases with their restored pages."""
    folder = BENCH / "postlight"
    lines = (folder / "cases.jsonl").read_text(encoding="utf-8").splitlines()
    cases = [json.loads(line) for line in lines if line.strip()]
    pages: dict[str, str] = {}
    for case in cases[:limit] if limit else cases:
        if case["file"] not in pages:
            raw = gzip.decompress((folder / "html" / case["file"]).read_bytes()).decode("utf-8")
            pages[case["file"]] = restore_meta(raw)
        case["page"] = pages[case["file"]]
    return cases[:limit] if limit else cases


def score_postlight(cases: list[dict], found: list[Found]) -> dict[str, tuple[int, int]]:
    """Hits and counts per field over the cases asserting a non-null value."""
    checks = {
        "title": ("title", lambda f, g: fold(f.get("title")) == fold(g)),
        "authors": ("author", lambda f, g: bool(f["authors"]) and name_set(f["authors"]) == name_set([g])),
        "date": ("date_published", lambda f, g: same_date(f.get("date"), g)),
        "dek": ("dek", lambda f, g: fold(f.get("dek")) == fold(g)),
        "image": ("lead_image_url", lambda f, g: same_image(f.get("image"), g)),
    }
    out = {}
    for field, (key, check) in checks.items():
        hit = n = 0
        for case, f in zip(cases, found):
            gold = case.get(key)
            if not gold:
                continue
            n += 1
            if check(f, gold):
                hit += 1
            else:
                case.setdefault("misses", {})[field] = (gold, f.get(field))
        out[field] = (hit, n)
    return out


def trafilatura_dev_pages(limit: int | None) -> list[dict]:
    """The trafilatura-dev pages with a gold author, title or date."""
    folder = BENCH / "trafilatura-dev"
    data = json.loads((folder / "evaldata.json").read_text(encoding="utf-8"))
    pages = []
    for url, item in data.items():
        if not any(item.get(k) for k in ("author", "title", "date")):
            continue
        gold = {k: item.get(k) or "" for k in ("author", "title", "date")}
        if isinstance(gold["author"], list):
            gold["author"] = "; ".join(gold["author"])
        pages.append({"url": url, "page": gzip.decompress((folder / "html" / item["file"]).read_bytes()), **gold})
    return pages[:limit] if limit else pages


def score_trafilatura_dev(pages: list[dict], found: list[Found]) -> dict[str, tuple[int, int]]:
    """Exact matches of author ("; "-joined), title and date (YYYY-MM-DD)."""
    out = {}
    for field, check in (
        ("author", lambda f, g: fold("; ".join(f["authors"])) == fold(g)),
        ("title", lambda f, g: fold(f.get("title")) == fold(g)),
        # The gold is the day as the page writes it: no conversion to UTC.
        ("date", lambda f, g: (as_day(f.get("date"), utc=False) or "") == as_day(g, utc=False)),
    ):
        hit = n = 0
        for page, f in zip(pages, found):
            if not page[field]:
                continue
            n += 1
            if check(f, page[field]):
                hit += 1
            else:
                page.setdefault("misses", {})[field] = (page[field], f.get("authors" if field == "author" else field))
        out[field] = (hit, n)
    return out


# Captions that hold no caption: a bare word where the text should be, or an advertisement.
_EMPTY_CAPTION = re.compile(r"^\W*(?:photo|image|picture|video|foto|bild|imagen|immagine|credit)?s?\W*$", re.IGNORECASE)
_AD_CAPTION = re.compile(
    r"^\W*(?:advertisement|advertising|sponsored|anzeige|publicité|publicidad|pubblicità|ad)\b", re.IGNORECASE
)


def scrapinghub_pages(limit: int | None) -> list[dict]:
    """The scrapinghub pages: visible text, HTML and silver labels."""
    labels = json.loads((BENCH / "scrapinghub-text" / "labels.json").read_text(encoding="utf-8"))
    pages = []
    for path in sorted((BENCH / "scrapinghub-text").glob("*.txt")):
        html = BENCH / "scrapinghub" / "html" / f"{path.stem}.html.gz"
        if path.stem not in labels or not html.exists():
            continue
        pages.append({"id": path.stem, "text": path.read_text(encoding="utf-8"),
                      "html": gzip.decompress(html.read_bytes()), "labels": labels[path.stem],
                      "url": labels[path.stem].get("url") or ""})
    return pages[:limit] if limit else pages


def caption_report(pages: list[dict], found: list[Found]) -> tuple[M.FieldScores, int, int]:
    """Caption precision/recall against the silver captions, and empty and ad captions."""
    pairs, empty, ads = [], 0, 0
    for page, f in zip(pages, found):
        whole = [c for c, _ in f["captions"]]
        pairs.append((whole, page["labels"].get("captions", [])))
        empty += sum(1 for _, text in f["captions"] if _EMPTY_CAPTION.match(text))
        ads += sum(1 for c in whole if _AD_CAPTION.match(c))
    return M.field_scores(pairs), empty, ads


# -- report -------------------------------------------------------------------------------------


def _without_misses(item: dict) -> dict:
    # A copy for the reference system, so its misses do not overwrite newsparse's.
    return {k: v for k, v in item.items() if k != "misses"}


def _rate(pair: tuple[int, int]) -> str:
    hit, n = pair
    return f"{hit / n if n else 0:.3f} ({hit}/{n})"


def _run(runner, items, page_key: str, fmt: str) -> tuple[list[Found], float]:
    start = time.process_time()
    out = [runner(item[page_key], item.get("url", ""), fmt) for item in items]
    return out, time.process_time() - start


def _table(systems, items: list[dict], fields, score, key: str, misses: str | None) -> None:
    """Print each system's hit rates on ``items`` per field, then newsparse's misses on one."""
    print(f"{'system':<12} " + " ".join(f"{f:>16}" for f in fields) + f" {'cpu s':>6}")
    for name, runner in systems:
        found, seconds = _run(runner, items, "page", "html")
        # The reference is scored on copies, so the misses listed are newsparse's.
        scores = score(items if name == "newsparse" else [_without_misses(i) for i in items], found)
        print(f"{name:<12} " + " ".join(f"{_rate(scores[f]):>16}" for f in fields) + f" {seconds:6.1f}")
    if misses in fields:
        for item in items:
            miss = item.get("misses", {}).get(misses)
            if miss:
                print(f"  {item[key]}: want {miss[0]!r} got {miss[1]!r}")
    print()


def main(argv: list[str] | None = None) -> int:
    """Run the three data sets and print newsparse beside trafilatura."""
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--pages", type=int, help="only the first N pages of each set (quick runs)")
    ap.add_argument("--only", choices=("postlight", "trafilatura-dev", "scrapinghub-text"), action="append")
    ap.add_argument("--no-reference", action="store_true", help="skip trafilatura")
    ap.add_argument("--misses", metavar="FIELD", help="list newsparse's misses on FIELD")
    args = ap.parse_args(argv)
    sets = args.only or ["postlight", "trafilatura-dev", "scrapinghub-text"]
    ours = newsparse_runner()
    theirs = None if args.no_reference else trafilatura_runner()
    systems = [("newsparse", ours)] + ([("trafilatura", theirs)] if theirs else [])

    if "postlight" in sets:
        cases = postlight_cases(args.pages)
        print(f"postlight: {len(cases)} cases, pages with <meta> restored; cases asserting a non-null value")
        _table(systems, cases, FIELDS, score_postlight, "id", args.misses)

    if "trafilatura-dev" in sets:
        pages = trafilatura_dev_pages(args.pages)
        print(f"trafilatura-dev: {len(pages)} pages with a gold author, title or date; "
              "exact matches where gold is not empty")
        _table(systems, pages, ("author", "title", "date"), score_trafilatura_dev, "url", args.misses)

    if "scrapinghub-text" in sets:
        pages = scrapinghub_pages(args.pages)
        print(f"scrapinghub-text: {len(pages)} pages; silver labels (authors ~90% precise, captions 75-85%)")
        print(f"{'system':<22} {'author P':>9} {'author R':>9} {'P*':>6} "
              f"{'caption P':>10} {'caption R':>10} {'empty':>6} {'ads':>4}")
        print("  (P*: author precision on the pages whose silver labels name an author)")
        rows = [("newsparse (text)", ours, "text", "text")]
        rows.append(("newsparse (html)", ours, "html", "html"))
        if theirs:
            rows.append(("trafilatura (html)", theirs, "html", "html"))
        for name, runner, key, fmt in rows:
            found, _ = _run(runner, pages, key, fmt)
            authors = M.field_scores((f["authors"], p["labels"].get("authors", [])) for p, f in zip(pages, found))
            if "captions" in found[0] or fmt == "text":
                caps, empty, ads = caption_report(pages, [f if "captions" in f else {"captions": []} for f in found])
                cap = f"{caps.precision:10.3f} {caps.recall:10.3f} {empty:6d} {ads:4d}"
            else:
                cap = f"{'-':>10} {'-':>10} {'-':>6} {'-':>4}"
            labelled = M.field_scores((f["authors"], p["labels"]["authors"]) for p, f in zip(pages, found)
                                      if p["labels"].get("authors"))
            print(f"{name:<22} {authors.precision:9.3f} {authors.recall:9.3f} {labelled.precision:6.3f} {cap}")
            if args.misses == "names" and name == "newsparse (text)":
                for p, f in zip(pages, found):
                    silver = p["labels"].get("authors", [])
                    wrong = [n for n in f["authors"] if not any(M.loose_match(n, s) for s in silver)]
                    if wrong:
                        print(f"  {p['id'][:12]}: {wrong} silver {p['labels'].get('authors')}")
            if args.misses == "captions" and name == "newsparse (text)":
                for p, f in zip(pages, found):
                    silver = p["labels"].get("captions", [])
                    wrong = [c for c, _ in f["captions"] if not any(M.loose_match(c, s) for s in silver)]
                    if wrong:
                        print(f"  {p['id'][:12]}: {[w[:80] for w in wrong]}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
