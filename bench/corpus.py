"""Writes a deterministic corpus of synthetic news articles as text files.

Each article is about 3 KB: a headline, a blank line, a date line, a blank line, and
paragraphs of sentences. Words follow a Zipf distribution over a fixed vocabulary: a few
common English words make up much of the text, and most of the vocabulary is rare, as in real
news. Some fixed phrases ("foreign minister") are mixed in. The same arguments always give the
same files, byte for byte.

    python3 bench/corpus.py OUT_DIR COUNT
"""

import itertools
import os
import random
import sys

SEED = 20181003
VOCABULARY = 60_000
ZIPF_S = 1.05
TARGET_BYTES = 3000
PER_FOLDER = 1000

COMMON = (
    "the of and to in a that said for on is was with he it as at by from his be have has "
    "an are were not which this but had they its who will been would their after more one "
    "two also new than first over year about up government last there into other people "
    "some could can when out all or she her we years against minister president officials "
    "police state country city week told group security military talks forces capital "
    "national before while since under between three party report including during").split()

PHRASES = ["foreign minister", "prime minister", "central bank", "human rights",
           "security council", "interest rates"]

MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August",
          "September", "October", "November", "December"]

SYLLABLES = [a + b for a in "bcdfghklmnprstvz" for b in "aeiou"] + \
            ["ar", "el", "in", "on", "ur", "ost", "ank", "ent", "ist", "orm"]


def vocabulary(rng):
    """COMMON first, then made-up words of two to four syllables, all distinct."""
    words = list(dict.fromkeys(COMMON))
    seen = set(words)
    while len(words) < VOCABULARY:
        w = "".join(rng.choice(SYLLABLES) for _ in range(rng.randint(2, 4)))
        if w not in seen:
            seen.add(w)
            words.append(w)
    return words


def zipf_weights(n):
    total = 0.0
    cum = []
    for rank in range(1, n + 1):
        total += 1.0 / rank ** ZIPF_S
        cum.append(total)
    return cum


def sentence(rng, words, cum):
    n = rng.randint(12, 28)
    picked = rng.choices(words, cum_weights=cum, k=n)
    if rng.random() < 0.15:
        picked.insert(rng.randrange(len(picked)), rng.choice(PHRASES))
    text = " ".join(picked)
    return text[0].upper() + text[1:] + "."


def article(rng, words, cum, index):
    headline = " ".join(rng.choices(words, cum_weights=cum, k=rng.randint(5, 10)))
    headline = headline[0].upper() + headline[1:]
    year = 1990 + index % 30
    date = "%d %s %d" % (1 + index % 28, MONTHS[index % 12], year)
    paragraphs = []
    size = len(headline) + 40
    while size < TARGET_BYTES:
        p = " ".join(sentence(rng, words, cum) for _ in range(rng.randint(2, 4)))
        paragraphs.append(p)
        size += len(p) + 2
    return headline + "\n\nPublished " + date + "\n\n" + "\n\n".join(paragraphs) + "\n"


def main():
    out, count = sys.argv[1], int(sys.argv[2])
    rng = random.Random(SEED)
    words = vocabulary(rng)
    cum = zipf_weights(len(words))
    for i in range(count):
        folder = os.path.join(out, "%03d" % (i // PER_FOLDER))
        if i % PER_FOLDER == 0:
            os.makedirs(folder, exist_ok=True)
        with open(os.path.join(folder, "%06d.txt" % i), "w", encoding="utf-8") as f:
            f.write(article(rng, words, cum, i))


if __name__ == "__main__":
    main()
