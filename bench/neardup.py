#!/usr/bin/env python3
"""Near-duplicate detection measured: precision and recall on variants of real articles.

Takes a folder of text articles (such as the Reuters-21578 files), picks N of them with at least
60 words (a fixed seed, so the run is repeatable), and writes, beside a copy of each, one
variant of the kinds that news archives hold: a re-sent wire with one word changed, the same text
under another headline, or the text with a correction added at the end. All of them are imported
into a new store; then every article the import says nearly repeats another is checked against
what was written. Precision: of the pairs it found, how many are an article and its own variant.
Recall: of the variants, how many were found to repeat their original.

    python3 bench/neardup.py /path/to/articles --n 300
"""
import argparse
import json
import os
import random
import re
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
ARCHIVE = os.path.join(HERE, "..", "bin", "archive")
KINDS = ("word", "headline", "correction")


def articles(folder):
    for root, _, files in os.walk(folder):
        for name in sorted(files):
            if name.endswith(".txt"):
                yield os.path.join(root, name)


def variant(text, kind, rng):
    lines = text.split("\n")
    if kind == "headline":
        return "Update: " + lines[0].strip().title() + " (newer wording)\n" + "\n".join(lines[1:])
    if kind == "correction":
        return text.rstrip() + ("\n\nCorrection: an earlier version of this report gave a wrong"
                                " figure in the third paragraph.\n")
    # one word of the body changed, away from the first lines
    words = [m for m in re.finditer(r"\b[A-Za-z]{5,}\b", text)]
    words = [m for m in words if m.start() > len(lines[0]) + 40]
    m = rng.choice(words)
    return text[:m.start()] + "replaced" + text[m.end():]


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("folder")
    parser.add_argument("--n", type=int, default=300)
    parser.add_argument("--seed", type=int, default=7)
    args = parser.parse_args()

    rng = random.Random(args.seed)
    pool = []
    for path in articles(args.folder):
        with open(path, encoding="utf-8", errors="replace") as f:
            text = f.read()
        if len(re.findall(r"\w+", text)) >= 60 and len(text.split("\n")[0].strip()) > 5:
            pool.append((path, text))
    picked = rng.sample(pool, min(args.n, len(pool)))

    with tempfile.TemporaryDirectory() as work:
        corpus = os.path.join(work, "corpus")
        os.makedirs(corpus)
        for i, (_, text) in enumerate(picked):
            kind = KINDS[i % len(KINDS)]
            with open(os.path.join(corpus, "%04d-a.txt" % i), "w", encoding="utf-8") as f:
                f.write(text)
            with open(os.path.join(corpus, "%04d-b-%s.txt" % (i, kind)), "w", encoding="utf-8") as f:
                f.write(variant(text, kind, rng))
        store = os.path.join(work, "store")
        done = subprocess.run([ARCHIVE, "--store", store, "import", corpus],
                              capture_output=True, text=True)
        print(done.stderr.strip().splitlines()[-1], file=sys.stderr)
        records = [json.loads(line) for line in subprocess.run(
            [ARCHIVE, "--store", store, "export"], capture_output=True, text=True,
            check=True).stdout.splitlines()]

    group = {}
    for r in records:
        for s in r["sources"]:
            group[r["id"]] = os.path.basename(s["path"])[:4]
    found = [(r["id"], r["nearDuplicateOf"]) for r in records if r["nearDuplicateOf"]]
    right = sum(1 for a, b in found if group.get(a) == group.get(b))
    variants = {r["id"] for r in records if "-b-" in r["source"]["path"]}
    recalled = sum(1 for a, b in found if a in variants and group.get(a) == group.get(b))
    by_kind = {k: [0, 0] for k in KINDS}
    for r in records:
        if r["id"] in variants:
            kind = os.path.basename(r["source"]["path"])[7:-4]
            by_kind[kind][1] += 1
            if r["nearDuplicateOf"] and group.get(r["nearDuplicateOf"]) == group.get(r["id"]):
                by_kind[kind][0] += 1
    print("articles %d, variants %d, pairs found %d" % (len(records), len(variants), len(found)))
    print("precision %.4f (%d of %d pairs right)" % (right / max(len(found), 1), right, len(found)))
    print("recall    %.4f (%d of %d variants found)" % (
        recalled / max(len(variants), 1), recalled, len(variants)))
    for k, (hit, n) in by_kind.items():
        print("  %-10s %d of %d" % (k, hit, n))


if __name__ == "__main__":
    main()
