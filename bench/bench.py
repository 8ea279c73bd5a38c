"""Times archive as whole processes against rg, grep and SQLite FTS5, on generated corpora.

    python3 bench/bench.py                      # 10,000 and 100,000 articles, 5 runs each
    python3 bench/bench.py --sizes 10000 --runs 3 --work /tmp/archive-bench
    python3 bench/bench.py --sizes 1000000      # the large size alone (about an hour)

For each size it generates the corpus once (bench/corpus.py, deterministic), then times, as
separate processes, each run started fresh and the median reported:
  - `archive import` of the corpus into an empty store, and loading the same files into an
    SQLite FTS5 table from a short Python script (bench/fts5_load.py);
  - `archive search` for a rare word, a common word, a two-word phrase and three words, and the
    same queries with `rg -l -i -w` and `grep -rliw` (three words: one pass per word, each on the
    files the previous one listed), where they are installed;
  - `archive list --limit 20`, `archive show ID`, `archive similar ID`, `archive stories`,
    `archive check` and
    `archive --version` (the JVM start-up floor);
  - with 1,000 articles tagged: `archive stats`, `archive list --tag`, `archive search tag:` and
    `archive export` (ndjson of every article, with its peak memory), which read the index alone.
  - then, with ten generated 8 MB articles that match the rare word imported into the same
    store (each a book-length text under the default --max-bytes), the rare-word search
    `--limit 10` again, its ratio to the time without them, and `archive similar` of one of
    them against that search (`--no-long` skips this);
Sizes of LARGE articles or more are imported once, with one FTS5 load, and searched without rg
and grep (a scan of gigabytes per query would take most of an hour); check runs three times.
Peak memory is the largest resident set of one run (getrusage of the finished process). Stores
are kept until the end, so that no run follows a mass deletion on the same file system.
It prints a Markdown table; the README holds the last one.

    python3 bench/bench.py --sizes '' --pages 10000 --import-runs 3

`--pages N` also times the import of N generated web pages (bench/pages.py, about 100 KB each,
laid out as saved news pages, 40% of their bytes inline scripts and styles) into an empty store,
--import-runs times, and prints a second table (alone under `--sizes ''`): the pages' size, the
median import time, pages per second, peak memory, and how many pages the store then lists. The
pages are generated once into WORK/pages-N and generated again when bench/pages.py or
bench/corpus.py has changed since.
"""

import argparse
import hashlib
import os
import platform
import shutil
import statistics
import subprocess
import sys
import time

HERE = os.path.dirname(os.path.abspath(__file__))
TOP = os.path.dirname(HERE)
ARCHIVE = os.path.join(TOP, "bin", "archive")
sys.path.insert(0, HERE)
import corpus  # noqa: E402  (the generator, for its vocabulary)

LARGE = 500_000

LONG_COUNT = 10
LONG_BYTES = 8_000_000


def run(argv, cwd=None):
    """Runs one process with output thrown away; returns (seconds, peak RSS in MB, exit code)."""
    start = time.perf_counter()
    p = subprocess.Popen(argv, cwd=cwd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    _, status, usage = os.wait4(p.pid, 0)
    elapsed = time.perf_counter() - start
    p.returncode = os.waitstatus_to_exitcode(status)
    return elapsed, usage.ru_maxrss / 1024.0, p.returncode


def timed(label, commands, runs, warmup=1):
    """Runs each command warmup + runs times, in turn (A B C A B C ...); medians per command."""
    for _ in range(warmup):
        for argv in commands.values():
            run(argv)
    times = {k: [] for k in commands}
    rss = {k: 0.0 for k in commands}
    for _ in range(runs):
        for key, argv in commands.items():
            seconds, peak, code = run(argv)
            times[key].append(seconds)
            rss[key] = max(rss[key], peak)
    print("  %-28s %s" % (label, "  ".join(
        "%s %.3f s" % (k, statistics.median(v)) for k, v in times.items())), file=sys.stderr)
    return {k: statistics.median(v) for k, v in times.items()}, rss


def folder_bytes(path):
    total = 0
    for folder, _, names in os.walk(path):
        for name in names:
            total += os.path.getsize(os.path.join(folder, name))
    return total


def queries():
    rng = corpus.random.Random(corpus.SEED)
    words = corpus.vocabulary(rng)
    return {
        "rare word": [words[20000]],
        "common word": ["officials"],
        "two-word phrase": ["foreign minister"],
        "three-word AND": [words[300], words[500], words[800]],
    }


def search_commands(store, folder, terms, tools):
    phrase = len(terms) == 1 and " " in terms[0]
    query = '"%s"' % terms[0] if phrase else " ".join(terms)
    commands = {"archive": [ARCHIVE, "--store", store, "search", query]}
    if "rg" in tools:
        commands["rg"] = pipeline("rg -l -i -w", "rg -l -i -w", terms, folder)
    if "grep" in tools:
        commands["grep"] = pipeline("grep -rliw", "grep -liw", terms, folder)
    return commands


def pipeline(first_tool, next_tool, terms, folder):
    """One pass per term: the first over the folder, the others over the files listed so far."""
    first = "%s -- %s %s" % (first_tool, shell_quote(terms[0]), shell_quote(folder))
    rest = "".join(" | xargs -d '\\n' -r %s -- %s" % (next_tool, shell_quote(t))
                   for t in terms[1:])
    return ["sh", "-c", first + rest]


def shell_quote(s):
    return "'" + s.replace("'", "'\\''") + "'"


def disk_mb(path):
    """What the folder takes on the disk (its blocks), in MB."""
    out = subprocess.run(["du", "-sk", path], capture_output=True, text=True, check=True).stdout
    return int(out.split()[0]) / 1e3


def long_articles(folder, word):
    """Writes LONG_COUNT articles of about LONG_BYTES each, which use `word` every few sentences."""
    rng = corpus.random.Random(corpus.SEED + 1)
    words = corpus.vocabulary(corpus.random.Random(corpus.SEED))
    cum = corpus.zipf_weights(len(words))
    os.makedirs(folder, exist_ok=True)
    for k in range(LONG_COUNT):
        parts = ["Report on %s, part %d\n\nPublished 1 March 2021\n\n" % (word, k + 1)]
        size = len(parts[0])
        while size < LONG_BYTES - 2000:
            p = " ".join(corpus.sentence(rng, words, cum) for _ in range(3)) + " %s said so." % (
                word.capitalize())
            parts.append(p + "\n\n")
            size += len(p) + 2
        with open(os.path.join(folder, "long-%02d.txt" % k), "w", encoding="utf-8") as f:
            f.write("".join(parts))


def bench_long(row, store, work, runs):
    """The rare-word search before and after ten 8 MB articles that match it join the store."""
    word = queries()["rare word"][0]
    search = [ARCHIVE, "--store", store, "search", word, "--limit", "10"]
    before, _ = timed("search, before long ones", {"archive": search}, runs)
    folder = os.path.join(work, "long-articles")
    if not os.path.isfile(os.path.join(folder, ".complete")):
        shutil.rmtree(folder, ignore_errors=True)
        long_articles(folder, word)
        open(os.path.join(folder, ".complete"), "w").close()
    seconds, _, code = run([ARCHIVE, "--store", store, "import", "--quiet", folder])
    if code != 0:
        sys.exit("archive import of the long articles failed with exit code %d" % code)
    hits = subprocess.run(search + ["--fields", "id,words"], capture_output=True, text=True,
                          check=True).stdout.split("\n")
    rows = [h.split("\t") for h in hits if h.strip()]
    longest = max(rows, key=lambda r: int(r[1]))
    shown = sum(1 for r in rows if int(r[1]) > 100_000)
    after, _ = timed("search, with long ones", {"archive": search}, runs)
    similar, _ = timed("similar of a long one",
                       {"archive": [ARCHIVE, "--store", store, "similar", longest[0]]}, runs)
    row["long"] = {"before": before["archive"], "after": after["archive"], "shown": shown,
                   "similar": similar["archive"], "import": seconds}


def bench_size(n, runs, import_runs, work, tools, results, long_ones=True):
    if n >= LARGE:
        import_runs, tools = 1, []
    folder = os.path.join(work, "corpus-%d" % n)
    if not os.path.isfile(os.path.join(folder, ".complete")):
        print("generating %d articles in %s ..." % (n, folder), file=sys.stderr)
        shutil.rmtree(folder, ignore_errors=True)
        subprocess.run([sys.executable, os.path.join(HERE, "corpus.py"), folder, str(n)],
                       check=True)
        open(os.path.join(folder, ".complete"), "w").close()
    corpus_mb = (folder_bytes(folder)) / 1e6
    print("%d articles, %.0f MB" % (n, corpus_mb), file=sys.stderr)

    row = {"n": n, "corpus_mb": corpus_mb}
    imports, fts, import_rss = [], [], 0.0
    for i in range(import_runs):
        store = os.path.join(work, "store-%d-%d-%d" % (n, os.getpid(), i))
        seconds, peak, code = run([ARCHIVE, "--store", store, "import", "--quiet", folder])
        if code != 0:
            sys.exit("archive import failed with exit code %d" % code)
        imports.append(seconds)
        import_rss = max(import_rss, peak)
        db = os.path.join(work, "fts-%d-%d-%d.db" % (n, os.getpid(), i))
        seconds, _, code = run([sys.executable, os.path.join(HERE, "fts5_load.py"), folder, db])
        if code != 0:
            sys.exit("the FTS5 load failed with exit code %d" % code)
        fts.append(seconds)
    row["import"] = statistics.median(imports)
    row["fts5"] = statistics.median(fts)
    row["import_rss"] = import_rss
    row["store_mb"] = folder_bytes(store) / 1e6
    row["store_disk_mb"] = disk_mb(store)
    row["corpus_disk_mb"] = disk_mb(folder)
    row["parts_mb"] = {part: folder_bytes(os.path.join(store, part)) / 1e6
                       for part in ("articles", "originals", "index")}
    print("  import %.1f s (FTS5 %.1f s), peak %.0f MB, store %.0f MB (%s)" % (
        row["import"], row["fts5"], import_rss, row["store_mb"],
        ", ".join("%s %.0f MB" % kv for kv in row["parts_mb"].items())), file=sys.stderr)

    search_rss = 0.0
    for label, terms in queries().items():
        medians, rss = timed(label, search_commands(store, folder, terms, tools), runs)
        row[label] = medians
        search_rss = max(search_rss, rss["archive"])
    row["search_rss"] = search_rss

    listing = subprocess.run([ARCHIVE, "--store", store, "list", "--limit", "1"],
                             capture_output=True, text=True, check=True).stdout
    some_id = listing.split()[0]
    for label, argv in {
        "list --limit 20": [ARCHIVE, "--store", store, "list", "--limit", "20"],
        "show": [ARCHIVE, "--store", store, "show", some_id],
        "similar": [ARCHIVE, "--store", store, "similar", some_id],
        "stories": [ARCHIVE, "--store", store, "stories"],
        "--version": [ARCHIVE, "--version"],
    }.items():
        medians, _ = timed(label, {"archive": argv}, runs)
        row[label] = medians
    # the curation commands that read the index alone: 1,000 articles tagged first
    tagged = subprocess.run([ARCHIVE, "--store", store, "list", "--limit", "1000",
                             "--sort", "title", "--fields", "id"],
                            capture_output=True, text=True, check=True).stdout.split()
    subprocess.run([ARCHIVE, "--store", store, "tag", "+bench"] + tagged, check=True,
                   stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    for label, argv in {
        "stats": [ARCHIVE, "--store", store, "stats"],
        "list --tag": [ARCHIVE, "--store", store, "list", "--tag", "bench"],
        "search tag:": [ARCHIVE, "--store", store, "search", "tag:bench"],
    }.items():
        medians, _ = timed(label, {"archive": argv}, runs)
        row[label] = medians
    medians, rss = timed("export", {"archive": [ARCHIVE, "--store", store, "export"]},
                         min(runs, 3))
    row["export"] = medians
    row["export_rss"] = rss["archive"]
    medians, rss = timed("check", {"archive": [ARCHIVE, "--store", store, "check"]},
                         min(runs, 3), warmup=0)
    row["check"] = medians
    row["check_rss"] = rss["archive"]
    if long_ones and n < LARGE:
        bench_long(row, store, work, runs)
    results.append(row)


def generator_digest():
    """What the pages were generated by: a hash of pages.py and corpus.py."""
    digest = hashlib.sha256()
    for name in ("pages.py", "corpus.py"):
        with open(os.path.join(HERE, name), "rb") as f:
            digest.update(f.read())
    return digest.hexdigest()


def bench_pages(n, import_runs, work):
    folder = os.path.join(work, "pages-%d" % n)
    marker = os.path.join(folder, ".complete")
    digest = generator_digest()
    if not os.path.isfile(marker) or open(marker).read().strip() != digest:
        print("generating %d pages in %s ..." % (n, folder), file=sys.stderr)
        shutil.rmtree(folder, ignore_errors=True)
        subprocess.run([sys.executable, os.path.join(HERE, "pages.py"), folder, str(n)],
                       check=True)
        with open(marker, "w") as f:
            f.write(digest + "\n")
    times, peak, stored = [], 0.0, 0
    for i in range(import_runs):
        store = os.path.join(work, "store-pages-%d-%d-%d" % (n, os.getpid(), i))
        seconds, rss, code = run([ARCHIVE, "--store", store, "import", "--quiet", folder])
        if code != 0:
            sys.exit("archive import of the pages failed with exit code %d" % code)
        times.append(seconds)
        peak = max(peak, rss)
        listing = subprocess.run([ARCHIVE, "--store", store, "list", "--format", "ndjson"],
                                 capture_output=True, text=True, check=True).stdout
        stored = len(listing.splitlines())
    seconds = statistics.median(times)
    print("  pages: import %.1f s, peak %.0f MB, %d stored" % (seconds, peak, stored),
          file=sys.stderr)
    return "\n".join([
        "| web pages | corpus | `archive import` | pages per second | peak RSS | stored |",
        "|---|---|---|---|---|---|",
        "| %d | %.0f MB | %.1f s | %.0f | %.0f MB | %d |" % (
            n, folder_bytes(folder) / 1e6, seconds, n / seconds, peak, stored)])


def machine(runs):
    version = subprocess.run([ARCHIVE, "--version"], capture_output=True, text=True).stdout.strip()
    java = subprocess.run(["java", "-version"], capture_output=True, text=True).stderr.splitlines()
    return "Machine: %d cores, %s; %s; %s; median of %d runs." % (
        os.cpu_count(), platform.machine(), java[0] if java else "java ?", version, runs)


def table(results, tools, runs):
    lines = [machine(runs), ""]
    header = "| | " + " | ".join("%d articles" % r["n"] for r in results) + " |"
    lines.append(header)
    lines.append("|---" * (len(results) + 1) + "|")

    def add(name, cell):
        lines.append("| %s | %s |" % (name, " | ".join(cell(r) for r in results)))

    add("corpus (on disk)", lambda r: "%.0f MB (%.0f MB)" % (r["corpus_mb"], r["corpus_disk_mb"]))
    add("`archive import`", lambda r: "%.1f s (%.2fx FTS5)" % (r["import"], r["import"] / r["fts5"]))
    add("SQLite FTS5 load (Python)", lambda r: "%.1f s" % r["fts5"])
    add("store size (on disk)",
        lambda r: "%.0f MB (%.0f MB): files %.0f MB, originals %.0f MB, index %.0f MB" % (
            r["store_mb"], r["store_disk_mb"], r["parts_mb"]["articles"],
            r["parts_mb"]["originals"], r["parts_mb"]["index"]))
    add("peak RSS: import / search", lambda r: "%.0f MB / %.0f MB" % (r["import_rss"], r["search_rss"]))
    for label in queries():
        def cell(r, label=label):
            m = r[label]
            parts = ["archive %.3f s" % m["archive"]]
            if "rg" in m:
                parts.append("rg %.3f s (**%.2fx**)" % (m["rg"], m["archive"] / m["rg"]))
            if "grep" in m:
                parts.append("grep %.3f s" % m["grep"])
            parts.append("%.2fx --version" % (m["archive"] / r["--version"]["archive"]))
            return ", ".join(parts)
        add("search: " + label, cell)
    add("`archive similar`", lambda r: "%.3f s (%.2fx the common-word search)" % (
        r["similar"]["archive"], r["similar"]["archive"] / r["common word"]["archive"]))
    for label in ("list --limit 20", "show", "stories", "--version"):
        add("`archive %s`" % label, lambda r, label=label: "%.3f s" % r[label]["archive"])
    add("`archive stats`", lambda r: "%.3f s" % r["stats"]["archive"])
    add("`archive list --tag` (1,000 tagged)", lambda r: "%.3f s" % r["list --tag"]["archive"])
    add("search: `tag:` (1,000 tagged)", lambda r: "%.3f s" % r["search tag:"]["archive"])
    add("`archive export`, ndjson (peak RSS)",
        lambda r: "%.1f s (%.0f MB)" % (r["export"]["archive"], r["export_rss"]))
    add("`archive check` (peak RSS)",
        lambda r: "%.1f s (%.0f MB)" % (r["check"]["archive"], r["check_rss"]))
    if all("long" in r for r in results):
        add("rare-word search `--limit 10` with ten 8 MB articles that match",
            lambda r: "%.3f s (**%.2fx** without them, %.3f s; %d of the hits are 8 MB)" % (
                r["long"]["after"], r["long"]["after"] / r["long"]["before"],
                r["long"]["before"], r["long"]["shown"]))
        add("`archive similar` of an 8 MB article",
            lambda r: "%.3f s (**%.2fx** that search)" % (
                r["long"]["similar"], r["long"]["similar"] / r["long"]["after"]))
    return "\n".join(lines)


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default="10000,100000")
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--import-runs", type=int, default=3)
    parser.add_argument("--work", default=os.path.join(
        os.environ.get("TMPDIR", "/tmp"), "archive-bench"))
    parser.add_argument("--keep", action="store_true", help="keep the stores and databases")
    parser.add_argument("--no-long", action="store_true",
                        help="skip the search with ten 8 MB articles in the store")
    parser.add_argument("--pages", type=int, default=0,
                        help="also time the import of this many generated web pages")
    args = parser.parse_args()

    os.makedirs(args.work, exist_ok=True)
    tools = [t for t in ("rg", "grep") if shutil.which(t)]
    subprocess.run([ARCHIVE, "--version"], check=True, stdout=subprocess.DEVNULL)
    results = []
    pages = None
    try:
        for n in (int(s) for s in args.sizes.split(",") if s.strip()):
            bench_size(n, args.runs, args.import_runs, args.work, tools, results,
                       long_ones=not args.no_long)
        if args.pages:
            pages = bench_pages(args.pages, args.import_runs, args.work)
    finally:
        if not args.keep:
            for name in os.listdir(args.work):
                if name.startswith(("store-", "fts-")):
                    path = os.path.join(args.work, name)
                    shutil.rmtree(path) if os.path.isdir(path) else os.remove(path)
    if results:
        print(table(results, tools, args.runs))
    if pages:
        print("\n" + pages if results else machine(args.import_runs) + "\n\n" + pages)


if __name__ == "__main__":
    main()
