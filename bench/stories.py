#!/usr/bin/env python3
"""Story grouping measured: pairwise precision, recall and F1, and B-cubed F1, on a labelled folder.

The folder holds articles and a `clusters.tsv` (`path<TAB>story`, paths relative to the folder; a
header line `path<TAB>story` is allowed). Its articles are imported into a new store, in the
folder's order, then grouped again from scratch with `archive stories --rebuild`; both groupings
are scored against the labels. An article the import refuses, or one too short to be in a story,
counts as a story of its own. Also printed: how many articles the rebuild moved, and the
near-duplicates the import found, with how many of them are in the same labelled story as the
article they repeat.

    python3 bench/stories.py src/test/resources/stories
"""
import argparse
import json
import os
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
ARCHIVE = os.path.join(HERE, "..", "bin", "archive")


def labels(folder):
    gold = {}
    with open(os.path.join(folder, "clusters.tsv"), encoding="utf-8") as f:
        for line in f:
            parts = line.rstrip("\n").split("\t")
            if len(parts) != 2 or parts == ["path", "story"]:
                continue
            gold[os.path.normpath(os.path.join(folder, parts[0]))] = parts[1]
    return gold


def run(store, *args):
    return subprocess.run([ARCHIVE, "--store", store, *args], capture_output=True, text=True)


def records(store):
    out = run(store, "list", "--format", "ndjson", "--limit", "100000000").stdout
    return [json.loads(line) for line in out.splitlines() if line.strip()]


def grouping(gold, recs):
    """Each labelled path's predicted story; unplaced ones stand alone."""
    by_path = {}
    for r in recs:
        for s in r["sources"]:
            p = os.path.normpath(s["absolutePath"] or "")
            by_path[p] = r["story"] or r["id"]
    return {p: by_path.get(p, "alone:" + p) for p in gold}


def scores(gold, predicted):
    paths = sorted(gold)
    tp = fp = fn = 0
    for i, a in enumerate(paths):
        for b in paths[i + 1:]:
            same_gold = gold[a] == gold[b]
            same_pred = predicted[a] == predicted[b]
            tp += same_gold and same_pred
            fp += same_pred and not same_gold
            fn += same_gold and not same_pred
    p = tp / (tp + fp) if tp + fp else 1.0
    r = tp / (tp + fn) if tp + fn else 1.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    # B-cubed: for each article, the share of its predicted story that is its real story, and
    # the share of its real story that its predicted story holds
    by_gold, by_pred = {}, {}
    for x in paths:
        by_gold.setdefault(gold[x], set()).add(x)
        by_pred.setdefault(predicted[x], set()).add(x)
    bp = sum(len(by_pred[predicted[x]] & by_gold[gold[x]]) / len(by_pred[predicted[x]]) for x in paths)
    br = sum(len(by_pred[predicted[x]] & by_gold[gold[x]]) / len(by_gold[gold[x]]) for x in paths)
    bp, br = bp / len(paths), br / len(paths)
    bf = 2 * bp * br / (bp + br) if bp + br else 0.0
    return p, r, f, bp, br, bf


def report(name, gold, predicted):
    p, r, f, bp, br, bf = scores(gold, predicted)
    stories = len(set(predicted.values()))
    print(f"{name:<10} pairs: precision {p:.3f} recall {r:.3f} F1 {f:.3f}   "
          f"B-cubed: precision {bp:.3f} recall {br:.3f} F1 {bf:.3f}   stories {stories}")


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("folder")
    args = ap.parse_args()
    folder = os.path.abspath(args.folder)
    gold = labels(folder)
    if not gold:
        sys.exit("no labelled articles in " + os.path.join(folder, "clusters.tsv"))
    with tempfile.TemporaryDirectory() as tmp:
        store = os.path.join(tmp, "store")
        imp = run(store, "import", *sorted(gold))
        print("import:", imp.stderr.strip().splitlines()[-1] if imp.stderr.strip() else "")
        recs = records(store)
        print(f"{len(gold)} labelled articles in {len(set(gold.values()))} stories; "
              f"{len(recs)} imported, {sum(1 for r in recs if not r['story'])} too short for a story")
        imported = grouping(gold, recs)
        report("import", gold, imported)
        rebuild = run(store, "stories", "--rebuild")
        print("rebuild:", rebuild.stderr.strip())
        recs = records(store)
        report("rebuild", gold, grouping(gold, recs))
        path_of = {}
        for r in recs:
            path_of[r["id"]] = os.path.normpath(r["source"]["absolutePath"] or "")
        near = [(path_of[r["id"]], path_of.get(r["nearDuplicateOf"])) for r in recs if r["nearDuplicateOf"]]
        same = sum(1 for a, b in near if b in gold and a in gold and gold[a] == gold[b])
        print(f"near-duplicates found: {len(near)}, in the same labelled story: {same}")


if __name__ == "__main__":
    main()
