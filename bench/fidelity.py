"""Prints how many articles of a folder the archive reads right, field by field.

The folder's files are imported into a new store in a temporary folder (nothing else is touched),
and each stored record is compared with a gold file: tab-separated, with a header line, a `file`
column (the path below FOLDER) and any of the columns `title`, `date` (YYYY-MM-DD), `byline`
(or `author`), `agency` (names joined by ", ") and `outlet`. An empty cell expects no value;
values are compared ignoring case and runs of white space.

    python3 bench/fidelity.py FOLDER GOLD.tsv [--archive CMD] [--glob GLOB] [--show N]

`--archive` runs another build (default: bin/archive of this checkout); `--show N` prints up to N
wrong values per field. The project's own corpus, src/test/resources/fidelity, is checked by
FidelityTest in every build; this command runs the same comparison on corpora the project does
not hold.
"""

import argparse
import csv
import json
import os
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
FIELDS = {"title": "title", "date": "date", "byline": "byline", "author": "byline",
          "agency": "agency", "outlet": "outlet"}


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("folder")
    ap.add_argument("gold")
    ap.add_argument("--archive", default=os.path.join(HERE, "..", "bin", "archive"))
    ap.add_argument("--glob", default=None)
    ap.add_argument("--show", type=int, default=0)
    args = ap.parse_args()

    with open(args.gold, newline="", encoding="utf-8") as f:
        gold = {row["file"]: row for row in csv.DictReader(f, delimiter="\t")}
    folder = os.path.abspath(args.folder)
    with tempfile.TemporaryDirectory() as store:
        cmd = [args.archive, "--store", store, "import", "-q", folder]
        if args.glob:
            cmd += ["--glob", args.glob]
        subprocess.run(cmd, stderr=subprocess.DEVNULL)
        listing = subprocess.run([args.archive, "--store", store, "list", "--format", "ndjson"],
                                 capture_output=True, text=True, check=True).stdout
    records = {}
    for line in listing.splitlines():
        a = json.loads(line)
        path = a["source"]["absolutePath"] or ""
        records[os.path.relpath(path, folder)] = a

    columns = [c for c in FIELDS if c in next(iter(gold.values()), {})]
    right = {c: 0 for c in columns}
    wrong = {c: [] for c in columns}
    for name, row in gold.items():
        a = records.get(name)
        for c in columns:
            got = value(a, FIELDS[c]) if a else None
            if a is not None and same(row[c], got):
                right[c] += 1
            else:
                wrong[c].append((name, row[c], got if a else "(not imported)"))
    n = len(gold)
    print(f"{'field':8} {'right':>6} {'of':>6} {'share':>7}")
    for c in columns:
        print(f"{c:8} {right[c]:6d} {n:6d} {100.0 * right[c] / max(n, 1):6.1f}%")
    print(f"imported {sum(1 for g in gold if g in records)} of {n} gold articles")
    for c in columns:
        for name, expected, got in wrong[c][:args.show]:
            print(f"  {c}: {name}: expected {expected!r}, got {got!r}", file=sys.stderr)


def value(a, field):
    v = a.get(field)
    return "" if v is None else str(v)


def same(expected, got):
    return " ".join(expected.split()).casefold() == " ".join(got.split()).casefold()


if __name__ == "__main__":
    main()
