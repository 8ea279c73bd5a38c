#!/usr/bin/env python3
"""Times `archive serve` under load, beside SQLite FTS5 answering the same queries.

    python3 bench/serve.py                       # 100,000 generated articles (made once in WORK)
    python3 bench/serve.py --size 10000 --seconds 20
    python3 bench/serve.py --store STORE --corpus FOLDER

It imports the generated corpus (bench/corpus.py) into a store, starts `bin/archive serve --port 0`
on it, and sends `/api/search?q=...` (a search with snippets: ten hits, each with its record and
snippet) for a mix of queries, 40 rare words, 8 common words, 4 two-word phrases and 8 three-word
ANDs, from its own load generator (bench/Load.java: 8 connections, one JVM, warmed up first):
  - as fast as the answers come, for --seconds: the most it answers per second;
  - at 200 requests per second for --rate-seconds (60 by default): the time of an answer counted
    from when the request was due (median, 99th percentile), and the errors;
then the server's peak resident memory (VmHWM). For comparison, the same queries, ten hits each with
a snippet, from an SQLite FTS5 table of the same files (bench/fts5_load.py): each query's time in
one process (Python's sqlite3, warm), and as a whole `sqlite3` process of its own, start included.
"""

import argparse
import json
import os
import re
import shutil
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
import urllib.parse
import urllib.request

HERE = os.path.dirname(os.path.abspath(__file__))
ARCHIVE = os.path.join(HERE, "..", "bin", "archive")
sys.path.insert(0, HERE)
import corpus  # noqa: E402

SNIPPET = "SELECT path, snippet(articles, 1, '[', ']', '...', 24) FROM articles WHERE articles MATCH ? ORDER BY rank LIMIT 10"


def queries():
    rng = corpus.random.Random(corpus.SEED)
    words = corpus.vocabulary(rng)
    out = [words[20000 + i * 37] for i in range(40)]
    out += ["officials", "government", "people", "security", "national", "group", "party", "minister"]
    out += ['"foreign minister"', '"human rights"', '"prime minister"', '"security forces"']
    out += ["%s %s %s" % (words[300 + i * 7], words[500 + i], words[800 + i]) for i in range(8)]
    return out


def serve(store):
    err = tempfile.NamedTemporaryFile(prefix="serve-", suffix=".err", delete=False)
    p = subprocess.Popen([ARCHIVE, "--store", store, "serve", "--port", "0"],
                         stdout=subprocess.DEVNULL, stderr=err)
    while True:
        with open(err.name, encoding="utf-8") as f:
            text = f.read()
        m = re.search(r"serving .* at (http://\S+/) ", text)
        if m:
            return p, m.group(1)
        if p.poll() is not None:
            sys.exit("the server did not start:\n" + text)
        time.sleep(0.1)


def java_pid(launcher):
    """The JVM the launcher runs: it is the launcher itself (exec) or its child."""
    children = subprocess.run(["pgrep", "-P", str(launcher.pid)], capture_output=True,
                              text=True).stdout.split()
    return int(children[0]) if children else launcher.pid


def peak_mb(pid):
    with open("/proc/%d/status" % pid) as f:
        for line in f:
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) / 1024
    return 0.0


def load(urls_file, **options):
    argv = ["java", os.path.join(HERE, "Load.java"), urls_file]
    for k, v in options.items():
        argv += ["--" + k, str(v)]
    return json.loads(subprocess.run(argv, capture_output=True, text=True, check=True).stdout)


def fts5(folder, work, qs):
    db = os.path.join(work, "fts5-%s.db" % os.path.basename(folder.rstrip("/")))
    if not os.path.exists(db):
        print("loading %s into SQLite FTS5 ..." % folder, file=sys.stderr)
        subprocess.run([sys.executable, os.path.join(HERE, "fts5_load.py"), folder, db + ".part"],
                       check=True)
        os.rename(db + ".part", db)
    con = sqlite3.connect(db)
    for q in qs:  # warm: pages in the cache, as the server's are
        con.execute(SNIPPET, (q,)).fetchall()
    inproc = []
    for _ in range(5):
        for q in qs:
            t = time.perf_counter()
            con.execute(SNIPPET, (q,)).fetchall()
            inproc.append((time.perf_counter() - t) * 1000)
    whole = []
    if shutil.which("sqlite3"):
        for q in qs:
            sql = SNIPPET.replace("?", "'" + q.replace("'", "''") + "'")
            t = time.perf_counter()
            subprocess.run(["sqlite3", db, sql], stdout=subprocess.DEVNULL, check=True)
            whole.append((time.perf_counter() - t) * 1000)
    return inproc, whole


def percentile(xs, q):
    xs = sorted(xs)
    return xs[min(len(xs) - 1, max(0, int(round(q * len(xs) + 0.5)) - 1))]


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--size", type=int, default=100_000)
    ap.add_argument("--work", default=os.path.join(tempfile.gettempdir(), "archive-bench"))
    ap.add_argument("--store", help="an archive to serve (default: the generated corpus, imported)")
    ap.add_argument("--corpus", help="the folder the store was imported from, for FTS5")
    ap.add_argument("--seconds", type=int, default=20)
    ap.add_argument("--rate-seconds", type=int, default=60)
    args = ap.parse_args()
    os.makedirs(args.work, exist_ok=True)
    folder = args.corpus or os.path.join(args.work, "corpus-%d" % args.size)
    if not args.corpus and not os.path.isfile(os.path.join(folder, ".complete")):
        print("generating %d articles in %s ..." % (args.size, folder), file=sys.stderr)
        shutil.rmtree(folder, ignore_errors=True)
        subprocess.run([sys.executable, os.path.join(HERE, "corpus.py"), folder, str(args.size)],
                       check=True)
        open(os.path.join(folder, ".complete"), "w").close()
    store = args.store or os.path.join(args.work, "serve-store-%d" % args.size)
    if not args.store:
        print("importing %s ..." % folder, file=sys.stderr)
        subprocess.run([ARCHIVE, "--store", store, "import", "--quiet", folder], check=True)
    # any rebuild of the index happens here, not in the server measured
    subprocess.run([ARCHIVE, "--store", store, "search", "--count", "officials"],
                   stdout=subprocess.DEVNULL, check=True)
    qs = queries()
    launcher, url = serve(store)
    try:
        urls = os.path.join(args.work, "serve-urls.txt")
        with open(urls, "w") as f:
            for q in qs:
                f.write(url + "api/search?q=" + urllib.parse.quote(q) + "\n")
        for q in qs:
            with urllib.request.urlopen(url + "api/search?q=" + urllib.parse.quote(q)) as r:
                assert r.status == 200
        fastest = load(urls, connections=8, seconds=args.seconds, warmup=3000)
        steady = load(urls, connections=8, seconds=args.rate_seconds, rate=200, warmup=3000)
        peak = peak_mb(java_pid(launcher))
    finally:
        launcher.terminate()
        launcher.wait()
    inproc, whole = fts5(folder, args.work, qs)
    print("| | archive serve | SQLite FTS5 |")
    print("|---|---|---|")
    print("| articles | %d | %d |" % (args.size, args.size))
    print("| 200 requests/s for %d s, 8 connections: median, 99th percentile | %.2f ms, %.2f ms "
          "(%d requests, %d errors) | |" % (args.rate_seconds, steady["median_ms"],
                                              steady["p99_ms"], steady["requests"],
                                              steady["errors"]))
    print("| as fast as answered, 8 connections | %.0f requests/s (median %.2f ms) | |"
          % (fastest["per_second"], fastest["median_ms"]))
    print("| one query, in a warm process: median, 99th percentile | | %.2f ms, %.2f ms |"
          % (statistics.median(inproc), percentile(inproc, 0.99)))
    if whole:
        print("| one query, as a process of its own: median | | %.1f ms |" % statistics.median(whole))
    print("| peak resident memory | %.0f MB | |" % peak)


if __name__ == "__main__":
    main()
