"""Batch throughput: one process against ``--jobs 2``, on the scrapinghub pages.

Builds a corpus of a few thousand documents by repeating the 181 pages (plain text, then
HTML), parses it with the batch engine in this process (the reference) and with one and
two worker processes, checks that every run writes the same bytes, and prints documents
per second, MB/s, the scaling ratio and the peak memory of each worker. Then writes the
HTML pages into a WARC file and parses that end to end.

Only the built-in plugins are loaded (``--plugins all`` loads the installed ones too), so
the figures measure newsparse itself.

Usage::

    python benchmarks/throughput.py [--docs 2000] [--repeat 2] [--plugins core|all]
"""

from __future__ import annotations

import argparse
import gzip
import hashlib
import io
import json
import os
import resource
import shutil
import sys
import tempfile
import time

from newsparse.batch import BatchOptions, InputOptions, ParserSpec, run_batch
from newsparse.batch.warc import fastwarc_available, iter_responses

HERE = os.path.dirname(os.path.abspath(__file__))
SHARED = os.path.join(HERE, "..", "..", "shared", "bench")
TEXT = os.path.join(SHARED, "scrapinghub-text")
HTML = os.path.join(SHARED, "scrapinghub", "html")
TRUTH = os.path.join(SHARED, "scrapinghub", "ground-truth.json")


def build_corpus(source: str, target: str, docs: int) -> tuple[int, int]:
    """Copy the pages of ``source`` into ``target`` until there are ``docs``; return (docs, bytes)."""
    names = sorted(os.listdir(source))
    count = size = 0
    copy = 0
    while count < docs:
        folder = os.path.join(target, f"copy-{copy:02d}")
        os.makedirs(folder)
        for name in names:
            if count >= docs:
                break
            with open(os.path.join(source, name), "rb") as handle:
                data = handle.read()
            if name.endswith(".gz"):
                data = gzip.decompress(data)
                name = name[:-3]
            with open(os.path.join(folder, name), "wb") as handle:
                handle.write(data)
            count += 1
            size += len(data)
        copy += 1
    return count, size


def build_warc(target: str, docs: int) -> tuple[int, int]:
    """Write the HTML pages (repeated to ``docs``) as gzipped WARC responses; return (docs, bytes)."""
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    with open(TRUTH, encoding="utf-8") as handle:
        urls = {key: value.get("url") for key, value in json.load(handle).items()}
    names = sorted(os.listdir(HTML))
    count = size = 0
    with open(target, "wb") as out:
        writer = WARCWriter(out, gzip=True)
        while count < docs:
            for name in names:
                if count >= docs:
                    break
                with gzip.open(os.path.join(HTML, name), "rb") as handle:
                    body = handle.read()
                key = name.split(".")[0]
                url = f"{urls.get(key) or 'https://example.com/' + key}#copy{count // len(names)}"
                headers = StatusAndHeaders("200 OK", [("Content-Type", "text/html")], protocol="HTTP/1.1")
                record = writer.create_warc_record(url, "response", payload=io.BytesIO(body),
                                                   http_headers=headers)
                writer.write_record(record)
                count += 1
                size += len(body)
    return count, size


def timed_run(paths, output, jobs, spec, repeat, inputs=None):
    """Best of ``repeat`` runs: (seconds, summary, output bytes)."""
    best = None
    for _ in range(repeat):
        for suffix in ("", ".errors.jsonl", ".progress.json"):
            path = output + suffix if suffix != ".errors.jsonl" else output[:-6] + suffix
            if os.path.exists(path):
                os.remove(path)
        started, cpu = time.perf_counter(), time.process_time()
        summary = run_batch(paths, inputs=inputs, spec=spec,
                            options=BatchOptions(jobs=jobs, output=output, resume=False))
        seconds = time.perf_counter() - started
        cpu = time.process_time() - cpu + sum(summary.worker_cpu_seconds)
        if best is None or seconds < best[0]:
            best = (seconds, summary, cpu)
    # A digest, not the bytes: the parent's peak memory should be the engine's, not copies
    # of every output kept for the comparison.
    digest = hashlib.sha256()
    with open(output, "rb") as handle:
        for block in iter(lambda: handle.read(1 << 20), b""):
            digest.update(block)
    return best[0], best[1], best[2], digest.hexdigest()


def report(label, docs, size, results):
    """Print one table: each engine's rate beside the in-process reference.

    ``CPU s`` is the CPU time of this process plus that of the workers; ``CPU eff`` is the
    reference's CPU time over it (1.00: parallel parsing costs no extra work). On a busy
    machine wall-clock ratios say more about the neighbours than about newsparse; jobs times
    the CPU efficiency is the scaling to expect when the cores are free.
    """
    reference, reference_cpu = results[0][1], results[0][3]
    print(f"\n{label}: {docs} documents, {size / 1e6:.1f} MB")
    print(f"  {'engine':<24}{'seconds':>9}{'docs/s':>10}{'MB/s':>8}{'ratio':>8}{'CPU s':>8}"
          f"{'CPU eff':>9}  peak RSS per worker (MB)")
    for name, seconds, summary, cpu in results:
        rss = ", ".join(f"{kib / 1024:.0f}" for kib in sorted(summary.peak_rss_kib)) or "-"
        print(f"  {name:<24}{seconds:>9.2f}{docs / seconds:>10.1f}{size / 1e6 / seconds:>8.2f}"
              f"{reference / seconds:>8.2f}{cpu:>8.1f}{reference_cpu / cpu:>9.2f}  {rss}")


def compare(label, datas):
    same = all(d == datas[0] for d in datas[1:])
    print(f"  identical output across engines: {'yes' if same else 'NO'}")
    if not same:
        print(f"  {label}: outputs differ", file=sys.stderr)
    return same


SITE_WORDS = (
    "the council said on monday that a new plan for the city would bring more homes parks and jobs "
    "to residents who have waited years"
).split()
SITE_CHROME = {
    "example.com": (["Example News", ("Sign up for our Morning Briefing newsletter to get the most "
                                      "important stories delivered to your inbox every day.")],
                    [("Our journalism depends on readers like you, so please consider supporting "
                      "us with a subscription today."),
                     ("Most read this week: the stories everyone at Example News has been talking "
                      "about, and why they matter to you.")]),
    "other.org": (["Other Daily"],
                  [("Thanks for reading The Other Daily, where local reporting from the valley has "
                    "been published every morning since the paper was founded.")]),
}


def site_boilerplate_gain(work: str, spec: ParserSpec, pages_per_site: int = 50) -> None:
    """Body precision and recall with and without ``--learn-site-boilerplate``.

    On a generated corpus: two sites whose chrome reads like prose around unique articles,
    the case a page-by-page classifier cannot settle.
    """
    import random

    rng = random.Random(7)
    rows = []
    for index in range(pages_per_site):
        for site, (top, bottom) in SITE_CHROME.items():
            body = [" ".join(rng.choice(SITE_WORDS) for _ in range(28)).capitalize() + "."
                    for _ in range(4)]
            text = "\n\n".join(top + [f"Council approves plan number {index} for {site}",
                                      "By Jane Doe"] + body + bottom)
            rows.append((f"https://www.{site}/story/{index}", text, body))
    source = os.path.join(work, "sites.jsonl")
    with open(source, "w", encoding="utf-8") as handle:
        for url, text, _ in rows:
            handle.write(json.dumps({"url": url, "text": text}) + "\n")
    print(f"\nsite boilerplate ({len(rows)} generated pages of {len(SITE_CHROME)} sites):")
    for learn in (False, True):
        output = os.path.join(work, f"sites-{learn}.jsonl")
        started = time.perf_counter()
        run_batch([source], spec=spec, options=BatchOptions(
            jobs=2, output=output, resume=False, learn_site_boilerplate=learn))
        seconds = time.perf_counter() - started
        kept = correct = truth = 0
        with open(output, encoding="utf-8") as handle:
            for line, (_url, _text, body) in zip(handle, rows):
                paragraphs = [p["text"] for p in json.loads(line)["body"]]
                kept += sum(map(len, paragraphs))
                correct += sum(len(p) for p in paragraphs if p in body)
                truth += sum(map(len, body))
        name = "--learn-site-boilerplate" if learn else "one pass (reference)"
        print(f"  {name:<26} body precision {correct / kept:.3f}, recall {correct / truth:.3f}, "
              f"{seconds:.2f} s")


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--docs", type=int, default=2000, help="documents per corpus")
    parser.add_argument("--repeat", type=int, default=2, help="runs per engine (best is kept)")
    parser.add_argument("--plugins", choices=("core", "all"), default="core")
    parser.add_argument("--only", choices=("text", "html", "warc", "site"), action="append",
                        help="run only these parts (repeatable; default: all)")
    args = parser.parse_args(argv)
    spec = ParserSpec(load_entrypoints=args.plugins == "all")
    print(f"cores: {os.cpu_count()}; plugins: {args.plugins}; "
          f"best of {args.repeat} runs; load average at start: {os.getloadavg()[0]:.1f}")
    ok = True
    work = tempfile.mkdtemp(prefix="newsparse-throughput-")
    try:
        parts = set(args.only or ("text", "html", "warc", "site"))
        for key, label, source in (("text", "plain text", TEXT), ("html", "HTML", HTML)):
            if key not in parts:
                continue
            folder = os.path.join(work, label.replace(" ", "-"))
            docs, size = build_corpus(source, folder, args.docs)
            results, datas = [], []
            for name, jobs in (("1 process (in-process)", 0), ("--jobs 1", 1), ("--jobs 2", 2)):
                output = os.path.join(work, f"{label.replace(' ', '-')}-{jobs}.jsonl")
                seconds, summary, cpu, data = timed_run([folder], output, jobs, spec, args.repeat)
                results.append((name, seconds, summary, cpu))
                datas.append(data)
            report(label, docs, size, results)
            print(f"  scaling (--jobs 2 / 1 process): {results[0][1] / results[2][1]:.2f}x wall clock "
                  f"(target 1.8x), {2 * results[0][3] / results[2][3]:.2f}x expected on free cores; "
                  f"errors: {results[2][2].errors}")
            ok &= compare(label, datas)

        if "warc" in parts:
            ok &= warc_end_to_end(work, spec, args)
        if "site" in parts:
            site_boilerplate_gain(work, spec)
        parent = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
        print(f"\npeak RSS of this (parent) process: {parent:.0f} MB; "
              f"load average at end: {os.getloadavg()[0]:.1f}")
    finally:
        shutil.rmtree(work, ignore_errors=True)
    return 0 if ok else 1


def warc_end_to_end(work: str, spec: ParserSpec, args) -> bool:
    """Write the HTML pages into a WARC file and parse it with each reader and engine."""
    warc = os.path.join(work, "pages.warc.gz")
    docs, size = build_warc(warc, args.docs)
    print(f"\nWARC end to end: {docs} responses, {size / 1e6:.1f} MB of HTML, "
          f"{os.path.getsize(warc) / 1e6:.1f} MB gzipped")
    readers = ["warcio"] + (["fastwarc"] if fastwarc_available() else [])
    for reader in readers:
        started = time.perf_counter()
        read = sum(1 for _ in iter_responses(warc, reader))
        seconds = time.perf_counter() - started
        print(f"  read only with {reader:<8}: {read} records, {seconds:.2f} s, "
              f"{read / seconds:.0f} records/s")
    results, datas = [], []
    for reader in readers:
        for name, jobs in ((f"1 process, {reader}", 0), (f"--jobs 2, {reader}", 2)):
            output = os.path.join(work, f"warc-{reader}-{jobs}.jsonl")
            seconds, summary, cpu, data = timed_run([warc], output, jobs, spec, args.repeat,
                                                    InputOptions(warc_reader=reader))
            results.append((name, seconds, summary, cpu))
            datas.append(data)
    report("WARC", docs, size, results)
    return compare("WARC", datas)


if __name__ == "__main__":
    sys.exit(main())
