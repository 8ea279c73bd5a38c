"""Prints how many articles of a folder the archive reads right, field by field.

The folder's files are imported into a new store in a temporary folder (nothing else is touched),
and each stored record is compared with a gold file: tab-separated, with a header line, a `file`
column (the path below FOLDER) and any of the columns `title`, `date` (YYYY-MM-DD), `byline`
(or `author`), `agency` (names joined by ", "), `outlet` and `lang` (an ISO 639-1 code, compared
with the record's `language`). An empty cell expects no value;
values are compared after white space and the shapes of quotes and dashes are made uniform
(case counts). Bylines are compared as names: a leading "By" (or "Par", "Von", "Written by") and
case do not count, and "A and B" equals "A, B".

    python3 bench/fidelity.py FOLDER GOLD.tsv [--archive CMD] [--glob GLOB] [--show N]
                              [--as-text]

For each field the table gives how many articles are right of all, and, for fields with a value
expected, of the articles that expect one ("wrong" there counts a different value, not a missing
one). When a page `NAME.html` has a reference text beside it (`NAME.expected.html` or
`NAME.expected.txt`), the body is scored against it: token precision, recall and F1 (words in
lower case, counted as multisets), averaged over those pages.

`--archive` runs another build (default: bin/archive of this checkout); `--show N` prints up to N
wrong values per field; `--as-text` imports each page as a browser's plain-text dump of it
instead (the visible text, one line per block), to compare HTML import with importing text. The
project's own corpus, src/test/resources/fidelity, is checked by FidelityTest in every build;
this command runs the same comparison on corpora the project does not hold.
"""

import argparse
import collections
import csv
import html.parser
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
FIELDS = {"title": "title", "date": "date", "byline": "byline", "author": "byline",
          "agency": "agency", "outlet": "outlet", "lang": "language"}


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("folder")
    ap.add_argument("gold")
    ap.add_argument("--archive", default=os.path.join(HERE, "..", "bin", "archive"))
    ap.add_argument("--glob", default=None)
    ap.add_argument("--show", type=int, default=0)
    ap.add_argument("--as-text", action="store_true")
    args = ap.parse_args()

    with open(args.gold, newline="", encoding="utf-8") as f:
        gold = {row["file"]: row for row in csv.DictReader(f, delimiter="\t")}
    folder = os.path.abspath(args.folder)
    with tempfile.TemporaryDirectory() as tmp:
        inputs, glob = folder, args.glob
        if args.as_text:
            inputs, glob = os.path.join(tmp, "text"), "*.txt"
            for name in gold:
                write_text_dump(os.path.join(folder, name), os.path.join(inputs, name + ".txt"))
        store = os.path.join(tmp, "store")
        cmd = [args.archive, "--store", store, "import", "-q", inputs]
        if glob:
            cmd += ["--glob", glob]
        subprocess.run(cmd, stderr=subprocess.DEVNULL)
        listing = subprocess.run([args.archive, "--store", store, "list", "--format", "ndjson"],
                                 capture_output=True, text=True, check=True).stdout
        # A page that repeats another's article is a duplicate, kept once: read it on its own.
        listed = {os.path.relpath(json.loads(l)["source"]["absolutePath"] or "", inputs)
                  for l in listing.splitlines()}
        for name in gold:
            path = name + ".txt" if args.as_text else name
            if path not in listed and os.path.exists(os.path.join(inputs, path)):
                alone = os.path.join(tmp, "alone")
                subprocess.run([args.archive, "--store", alone, "import", "-q",
                                os.path.join(inputs, path)], stderr=subprocess.DEVNULL)
                listing += subprocess.run(
                    [args.archive, "--store", alone, "list", "--format", "ndjson"],
                    capture_output=True, text=True, check=True).stdout
                shutil.rmtree(alone)
    records = {}
    for line in listing.splitlines():
        a = json.loads(line)
        path = os.path.relpath(a["source"]["absolutePath"] or "", inputs)
        records[path[:-4] if args.as_text else path] = a

    columns = [c for c in FIELDS if c in next(iter(gold.values()), {})]
    print(f"{'field':8} {'right':>6} {'of':>5} {'share':>7}   {'expected':>8} {'right':>6}"
          f" {'share':>7} {'wrong':>6} {'share':>6}")
    for c in columns:
        right, expected, right_expected, wrong, misses = 0, 0, 0, 0, []
        for name, row in gold.items():
            a = records.get(name)
            got = value(a, FIELDS[c]) if a else None
            ok = a is not None and (same_names if FIELDS[c] == "byline" else same)(row[c], got)
            right += ok
            if row[c].strip():
                expected += 1
                right_expected += ok
                wrong += bool(got) and not ok
            if not ok:
                misses.append((name, row[c], got if a else "(not imported)"))
        n = len(gold)
        print(f"{c:8} {right:6d} {n:5d} {pct(right, n):>7}   {expected:8d} {right_expected:6d}"
              f" {pct(right_expected, expected):>7} {wrong:6d} {pct(wrong, expected):>6}")
        for name, exp, got in misses[:args.show]:
            print(f"  {c}: {name}: expected {exp!r}, got {got!r}", file=sys.stderr)
    if "title" in columns:
        either = sum(1 for name, row in gold.items() if name in records
                     and (same(row["title"], value(records[name], "title"))
                          or same(row["title"], value(records[name], "headline"))))
        print(f"title or headline (the page's full title, kept when the title is cut from it):"
              f" {either} of {len(gold)} ({pct(either, len(gold))})")
    print(f"imported {sum(1 for g in gold if g in records)} of {len(gold)} gold articles")
    body_scores(folder, gold, records, args.show)


def body_scores(folder, gold, records, show):
    scores = []
    for name in gold:
        ref = reference(os.path.join(folder, name))
        if ref is None:
            continue
        a = records.get(name)
        got = collections.Counter(tokens(a["body"] if a else ""))
        want = collections.Counter(tokens(ref))
        common = sum((got & want).values())
        p = common / sum(got.values()) if got else 0.0
        r = common / sum(want.values()) if want else 0.0
        scores.append((p, r, 2 * p * r / (p + r) if p + r else 0.0, name))
    if scores:
        n = len(scores)
        p, r, f = (sum(s[i] for s in scores) / n for i in range(3))
        print(f"body     precision {p:.3f}  recall {r:.3f}  F1 {f:.3f}"
              f"  (mean over {n} pages with a reference text)")
        for p, r, f, name in sorted(scores, key=lambda s: s[2])[:show]:
            print(f"  body: {name}: precision {p:.3f} recall {r:.3f} F1 {f:.3f}", file=sys.stderr)


def reference(page):
    stem = page[:-5] if page.endswith(".html") else os.path.splitext(page)[0]
    for suffix, as_html in ((".expected.html", True), (".expected.txt", False)):
        if os.path.exists(stem + suffix):
            with open(stem + suffix, encoding="utf-8", errors="replace") as f:
                text = f.read()
            return visible_text(text) if as_html else text
    return None


def tokens(text):
    return re.findall(r"\w+", text.lower())


BLOCKS = {"p", "div", "br", "li", "tr", "h1", "h2", "h3", "h4", "h5", "h6", "section",
          "article", "header", "footer", "nav", "ul", "ol", "table", "blockquote", "pre",
          "figure", "figcaption", "dt", "dd", "main", "aside", "hr", "title", "form"}
HIDDEN = {"script", "style", "noscript", "template", "head", "svg"}


class TextDump(html.parser.HTMLParser):
    """A page's visible text, one line per block: what a browser's "save as text" gives."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.lines, self.line, self.hidden = [], [], 0

    def handle_starttag(self, tag, attrs):
        if tag in HIDDEN:
            self.hidden += 1
        elif tag in BLOCKS:
            self.flush()

    def handle_endtag(self, tag):
        if tag in HIDDEN:
            self.hidden = max(0, self.hidden - 1)
        elif tag in BLOCKS:
            self.flush()

    def handle_data(self, data):
        if not self.hidden:
            self.line.append(data)

    def flush(self):
        text = " ".join("".join(self.line).split())
        self.line = []
        if text:
            self.lines.append(text)


def visible_text(page_html):
    dump = TextDump()
    dump.feed(page_html)
    dump.flush()
    return "\n\n".join(dump.lines)


def write_text_dump(page, out):
    with open(page, "rb") as f:
        raw = f.read()
    m = re.search(rb'charset=["\']?([A-Za-z0-9_-]+)', raw[:4096])
    enc = m.group(1).decode() if m else "utf-8"
    try:
        text = raw.decode(enc, errors="replace")
    except LookupError:
        text = raw.decode("utf-8", errors="replace")
    os.makedirs(os.path.dirname(out), exist_ok=True)
    with open(out, "w", encoding="utf-8") as f:
        f.write(visible_text(text) + "\n")


def pct(part, whole):
    return f"{100.0 * part / whole:.1f}%" if whole else "-"


def value(a, field):
    v = a.get(field)
    return "" if v is None else str(v)


QUOTES = str.maketrans({"\u2018": "'", "\u2019": "'", "\u201a": "'", "\u201b": "'", "\u2032": "'",
                        "\u201c": '"', "\u201d": '"', "\u201e": '"', "\u201f": '"', "\u2033": '"',
                        "\u00ab": '"', "\u00bb": '"', "\u2013": "-", "\u2014": "-",
                        "\u2212": "-", "\u00a0": " "})


def same(expected, got):
    return " ".join(expected.translate(QUOTES).split()) == " ".join(got.translate(QUOTES).split())


BY = re.compile(r"^(?:written\s+by|by|par|von|por)\s*:?\s+", re.I)


def same_names(expected, got):
    def names(v):
        v = BY.sub("", " ".join(v.translate(QUOTES).split()))
        return re.sub(r",?\s+and\s+", ", ", v).casefold()
    return names(expected) == names(got)


if __name__ == "__main__":
    main()
