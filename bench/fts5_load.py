"""Loads every *.txt file under a folder into an SQLite FTS5 table: the reference the
benchmark compares `archive import` with. What a short script would do: one table, one row per
file (path, text), committed once.

    python3 bench/fts5_load.py CORPUS_DIR DATABASE
"""

import os
import sqlite3
import sys


def main():
    corpus, database = sys.argv[1], sys.argv[2]
    db = sqlite3.connect(database)
    db.execute("CREATE VIRTUAL TABLE articles USING fts5(path UNINDEXED, text)")
    with db:
        for folder, _, names in os.walk(corpus):
            for name in sorted(names):
                if name.endswith(".txt"):
                    path = os.path.join(folder, name)
                    with open(path, encoding="utf-8", errors="replace") as f:
                        db.execute("INSERT INTO articles VALUES (?, ?)", (path, f.read()))
    db.close()


if __name__ == "__main__":
    main()
