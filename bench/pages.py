"""Writes a deterministic corpus of synthetic saved news pages, for timing the web page import.

Each page is laid out as a real news site's saved page, so that the import does a real page's
work: a head with OpenGraph, article:published_time and a JSON-LD NewsArticle, a large inline
style sheet and inline scripts (most of a real page's bytes), a menu, a cookie banner, the
article (headline, byline, date, paragraphs, a figure with its caption, sometimes a list), a box
of related stories, comments and a footer of links. The article text is drawn as in corpus.py;
the pages are padded to the size asked with script and markup, never with article text. The same
arguments always give the same files, byte for byte.

    python3 bench/pages.py OUT_DIR COUNT [--kb 100]
"""

import argparse
import os
import random

import corpus

SEED = 20261122
PER_FOLDER = 1000
OUTLETS = ["Harbour Times", "Northern Ledger", "Valley Courier", "Coast Gazette", "Metro Post",
           "Island Herald", "River Star", "Capital Observer", "Lakeside News", "Border Mail",
           "Highland Chronicle", "Bay Tribune", "Western Echo", "Eastern Wire", "Plains Daily",
           "Summit Journal", "Delta Record", "Forest Bulletin", "Canal Sentinel", "Old Town Press"]
FIRST = ["Ann", "Ben", "Carla", "David", "Eva", "Farid", "Greta", "Hugo", "Ines", "Jon",
         "Kira", "Luis", "Mona", "Nils", "Olga", "Pavel", "Rosa", "Sami", "Tara", "Ugo"]
LAST = ["Lee", "Moreno", "Novak", "Okafor", "Petrov", "Quinn", "Rossi", "Silva", "Tanaka",
        "Umar"]


def script_block(rng, size):
    """Minified-looking JavaScript of about SIZE characters."""
    parts, n = [], 0
    while n < size:
        name = "".join(rng.choice("abcdefghijklmnopqrstuvwxyz") for _ in range(rng.randint(1, 3)))
        part = ("function %s(e,t){var n=e.getAttribute('data-%s')||'';if(t&&n.length>%d)"
                "{return n.slice(0,%d)+t.join(',')}return window.__s%s=n}" %
                (name, name, rng.randint(2, 90), rng.randint(2, 90), name))
        parts.append(part)
        n += len(part)
    return "<script>" + ";".join(parts) + "</script>\n"


def style_block(rng, size):
    rules, n = [], 0
    while n < size:
        cls = "c-" + "".join(rng.choice("abcdefghijklmnop") for _ in range(6))
        rule = ".%s{margin:%dpx %dpx;font:%dpx/1.4 Georgia,serif;color:#%06x}" % (
            cls, rng.randint(0, 40), rng.randint(0, 40), rng.randint(10, 30), rng.randrange(1 << 24))
        rules.append(rule)
        n += len(rule)
    return "<style>" + "".join(rules) + "</style>\n"


def page(rng, words, cum, index, target):
    outlet = OUTLETS[index % len(OUTLETS)]
    author = "%s %s" % (FIRST[rng.randrange(len(FIRST))], LAST[rng.randrange(len(LAST))])
    headline = " ".join(rng.choices(words, cum_weights=cum, k=rng.randint(5, 10)))
    headline = headline[0].upper() + headline[1:]
    year, month, day = 2000 + index % 25, 1 + index % 12, 1 + index % 28
    stamp = "%04d-%02d-%02dT%02d:%02d:00%+03d:00" % (year, month, day, rng.randint(0, 23),
                                                     rng.randint(0, 59), rng.randint(-8, 9))
    slug = "-".join(headline.lower().split()[:6])
    url = "https://news%d.example/%04d/%02d/%s" % (index % len(OUTLETS), year, month, slug)
    paragraphs = ["<p>%s</p>" % " ".join(corpus.sentence(rng, words, cum)
                                         for _ in range(rng.randint(2, 4)))
                  for _ in range(rng.randint(6, 15))]
    if rng.random() < 0.3:
        items = "".join("<li>%s</li>" % corpus.sentence(rng, words, cum) for _ in range(4))
        paragraphs.insert(rng.randrange(len(paragraphs)), "<ul>%s</ul>" % items)
    figure = ('<figure><img src="/img/%d.jpg" alt=""><figcaption>%s (Photo: %s)</figcaption>'
              '</figure>' % (index, corpus.sentence(rng, words, cum), outlet))
    paragraphs.insert(1, figure)
    menu = "".join('<li><a href="/section/%d">%s</a></li>' % (i, rng.choice(words).title())
                   for i in range(30))
    related = "".join('<li><a href="/story/%d">%s</a><p>%s</p></li>' % (
        rng.randrange(10 ** 6), corpus.sentence(rng, words, cum)[:60],
        corpus.sentence(rng, words, cum)[:80]) for _ in range(10))
    comments = "".join('<div class="comment"><p class="comment-author">reader%d</p><p>%s</p>'
                       '</div>' % (rng.randrange(1000), corpus.sentence(rng, words, cum))
                       for _ in range(rng.randint(2, 6)))
    footer = "".join('<a href="/about/%d">%s</a> ' % (i, rng.choice(words)) for i in range(60))
    head = (
        '<!DOCTYPE html>\n<html lang="en"><head><meta charset="utf-8">\n'
        '<title>%s | %s</title>\n<meta name="description" content="%s">\n'
        '<meta property="og:title" content="%s"><meta property="og:site_name" content="%s">\n'
        '<meta property="og:type" content="article"><meta property="og:url" content="%s">\n'
        '<meta property="article:published_time" content="%s">\n'
        '<script type="application/ld+json">{"@context":"https://schema.org","@type":'
        '"NewsArticle","headline":"%s","datePublished":"%s","author":{"@type":"Person",'
        '"name":"%s"},"publisher":{"@type":"Organization","name":"%s"}}</script>\n'
        % (headline, outlet, corpus.sentence(rng, words, cum), headline, outlet, url, stamp,
           headline, stamp, author, outlet))
    body = (
        '</head><body><header><a class="logo" href="/">%s</a><nav><ul>%s</ul></nav></header>\n'
        '<div class="cookie-consent"><p>We use cookies to improve your experience and to show'
        ' you relevant advertising. <button>Accept all</button></p></div>\n'
        '<main><article><h1>%s</h1><p class="byline">By %s</p>'
        '<time datetime="%s">%d %s %d</time>\n%s\n</article>\n'
        '<aside class="related"><h2>Related stories</h2><ul>%s</ul></aside>\n'
        '<section id="comments"><h2>Comments</h2>%s</section></main>\n'
        '<footer>%s<p>&copy; %s</p></footer>\n'
        % (outlet, menu, headline, author, stamp, day, corpus.MONTHS[month - 1], year,
           "\n".join(paragraphs), related, comments, footer, outlet))
    fixed = len(head) + len(body) + len("</body></html>\n")
    pad = max(0, target - fixed)
    styles = style_block(rng, pad * 2 // 5)
    scripts = script_block(rng, pad - len(styles))
    return head + styles + scripts + body + "</body></html>\n"


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("out")
    ap.add_argument("count", type=int)
    ap.add_argument("--kb", type=int, default=100)
    args = ap.parse_args()
    rng = random.Random(SEED)
    words = corpus.vocabulary(rng)
    cum = corpus.zipf_weights(len(words))
    for i in range(args.count):
        folder = os.path.join(args.out, "%03d" % (i // PER_FOLDER))
        if i % PER_FOLDER == 0:
            os.makedirs(folder, exist_ok=True)
        with open(os.path.join(folder, "%06d.html" % i), "w", encoding="utf-8") as f:
            f.write(page(rng, words, cum, i, args.kb * 1000))


if __name__ == "__main__":
    main()
