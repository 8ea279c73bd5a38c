"""Writes a deterministic corpus of synthetic saved news pages, for timing the web page import.

Each page is laid out as a real news site's saved page, so that the import does a real page's
work: a head with a description, OpenGraph, article:published_time and a JSON-LD NewsArticle; a
large inline style sheet and inline scripts (about 40% of the bytes; on real pages the share
varies widely); a header
with a menu of 30 sections and a drawer of all sections, an inline SVG sprite, a cookie banner;
the article (headline, byline, date line, 6 to 15 paragraphs of 3 to 5 KB of text, a figure with
its caption, sometimes a list), a box of related stories, comments, a grid of teasers with
responsive images and advert slots, and a footer of links. The article text is drawn as in
corpus.py (its vocabulary, Zipf weights and sentences); the pages are padded to the size asked
with scripts, styles and teasers, never with article text. Outlets vary among 20 names, authors
among 200. The same arguments always give the same files, byte for byte.

    python3 bench/pages.py OUT_DIR COUNT [--kb 100]
"""

import argparse
import os
import random

import corpus

SEED = 20261122
PER_FOLDER = 1000
SCRIPT_SHARE = 0.40  # of a page's bytes: inline scripts and styles together
STYLE_SHARE = 0.15   # of a page's bytes: the style sheet, within SCRIPT_SHARE
OUTLETS = ["Harbour Times", "Northern Ledger", "Valley Courier", "Coast Gazette", "Metro Post",
           "Island Herald", "River Star", "Capital Observer", "Lakeside News", "Border Mail",
           "Highland Chronicle", "Bay Tribune", "Western Echo", "Eastern Wire", "Plains Daily",
           "Summit Journal", "Delta Record", "Forest Bulletin", "Canal Sentinel", "Old Town Press"]
FIRST = ["Ann", "Ben", "Carla", "David", "Eva", "Farid", "Greta", "Hugo", "Ines", "Jon",
         "Kira", "Luis", "Mona", "Nils", "Olga", "Pavel", "Rosa", "Sami", "Tara", "Ugo"]
LAST = ["Lee", "Moreno", "Novak", "Okafor", "Petrov", "Quinn", "Rossi", "Silva", "Tanaka",
        "Umar"]
SECTIONS = ["World", "Politics", "Business", "Markets", "Technology", "Science", "Health",
            "Climate", "Sport", "Football", "Culture", "Books", "Film", "Music", "Travel",
            "Food", "Opinion", "Editorials", "Letters", "Obituaries", "Local", "Education",
            "Property", "Motoring", "Weather", "Puzzles", "Podcasts", "Video", "Newsletters",
            "Archive"]
LOWER = "abcdefghijklmnopqrstuvwxyz"


def ident(rng, lo, hi):
    return "".join(rng.choice(LOWER) for _ in range(rng.randint(lo, hi)))


def js_piece(rng):
    """One minified-looking statement: a function, an object of settings, or an event hook."""
    a, b = ident(rng, 1, 2), ident(rng, 1, 3)
    kind = rng.randrange(4)
    if kind == 0:
        return ("function %s(e,t){var n=e.getAttribute('data-%s')||'';if(t&&n.length>%d)"
                "{return n.slice(0,%d)+t.join(',')}return window.__%s=n}" %
                (a, b, rng.randint(2, 90), rng.randint(2, 90), b))
    if kind == 1:
        return ("var %s={%s:%d,%s:'%s',%s:[%s],%s:!%d}" %
                (a, ident(rng, 2, 5), rng.randrange(10 ** 5), ident(rng, 2, 5),
                 ident(rng, 4, 12), ident(rng, 2, 5),
                 ",".join(str(rng.randrange(1000)) for _ in range(rng.randint(2, 8))),
                 ident(rng, 2, 5), rng.randint(0, 1)))
    if kind == 2:
        return ("document.addEventListener('%s',function(%s){for(var %s=0;%s<%s.length;%s++)"
                "{if(%s[%s].%s===%d)break}},{passive:!0})" %
                (rng.choice(["scroll", "click", "resize", "keydown", "load"]), a, b, b, a, b,
                 a, b, ident(rng, 2, 6), rng.randrange(100)))
    return ("!function(%s,%s){%s.%s=%s.%s||function(){(%s.%s.q=%s.%s.q||[]).push(arguments)}}"
            "(window,document)" % (a, b, a, b, a, b, a, b, a, b))


def script_block(rng, size):
    """Minified-looking JavaScript of about SIZE characters, in one script element."""
    parts, n = [], 0
    while n < size:
        part = js_piece(rng)
        parts.append(part)
        n += len(part) + 1
    return "<script>" + ";".join(parts) + "</script>\n"


def style_block(rng, size):
    rules, n = [], 0
    while n < size:
        cls = "c-" + "".join(rng.choice("abcdefghijklmnop") for _ in range(6))
        rule = ".%s{margin:%dpx %dpx;font:%dpx/1.4 Georgia,serif;color:#%06x}" % (
            cls, rng.randint(0, 40), rng.randint(0, 40), rng.randint(10, 30), rng.randrange(1 << 24))
        if rng.random() < 0.2:
            rule = "@media (min-width:%dpx){%s}" % (rng.choice([600, 768, 1024, 1280]), rule)
        rules.append(rule)
        n += len(rule)
    return "<style>" + "".join(rules) + "</style>\n"


def svg_sprite(rng, icons):
    symbols = []
    for name in icons:
        d = "M%d %d" % (rng.randrange(24), rng.randrange(24)) + "".join(
            "c%.2f %.2f %.2f %.2f %.2f %.2f" % tuple(rng.uniform(-12, 12) for _ in range(6))
            for _ in range(rng.randint(4, 9))) + "z"
        symbols.append('<symbol id="icon-%s" viewBox="0 0 24 24"><path d="%s"/></symbol>' %
                       (name, d))
    return ('<svg xmlns="http://www.w3.org/2000/svg" style="display:none">%s</svg>\n' %
            "".join(symbols))


def capitalized(text):
    return text[0].upper() + text[1:]


def short_title(rng, words, cum):
    return capitalized(" ".join(rng.choices(words, cum_weights=cum, k=rng.randint(4, 9))))


def teaser(rng, words, cum, slot):
    """A card of the teaser grid: a link round a responsive image, a section and a headline."""
    image = rng.randrange(10 ** 6)
    title = short_title(rng, words, cum)
    slug = "-".join(title.lower().split()[:6])
    return (
        '<li class="card card--%s"><a class="card__link" href="/%04d/%02d/%s" '
        'data-track="more|%d"><picture><source type="image/webp" srcset="/img/w320/%d.webp 320w, '
        '/img/w640/%d.webp 640w, /img/w960/%d.webp 960w" sizes="(max-width: 600px) 100vw, 33vw">'
        '<img class="card__img" src="/img/w640/%d.jpg" alt="" loading="lazy" width="640" '
        'height="360"></picture><span class="card__kicker">%s</span><h3 class="card__title">%s'
        '</h3></a></li>' % (rng.choice(["small", "medium", "wide"]), rng.randint(2000, 2024),
                            rng.randint(1, 12), slug, slot, image, image, image, image,
                            rng.choice(SECTIONS), title))


def advert(rng, slot):
    return ('<li class="ad-slot ad-slot--inline" aria-hidden="true"><div id="gpt-ad-%d-%d" '
            'data-ad-unit="/%d/news/article/inline-%d" data-sizes="[[300,250],[728,90],[970,250]]" '
            'data-lazy="true"></div><span class="ad-slot__label">Advertisement</span></li>' %
            (slot, rng.randrange(10 ** 6), rng.randrange(10 ** 8), slot))


def article_text(rng, words, cum):
    """6 to 15 paragraphs of 3,000 to 5,000 characters of sentences in all."""
    target = rng.randint(3000, 5000)
    count = rng.randint(6, 15)
    sentences, size = [], 0
    while size < target or len(sentences) < count:
        s = corpus.sentence(rng, words, cum)
        sentences.append(s)
        size += len(s) + 1
    cuts = sorted(rng.sample(range(1, len(sentences)), count - 1))
    return [" ".join(sentences[i:j]) for i, j in zip([0] + cuts, cuts + [len(sentences)])]


def page(rng, words, cum, index, target):
    outlet = OUTLETS[index % len(OUTLETS)]
    host = "www.%s.example" % outlet.lower().replace(" ", "")
    author = "%s %s" % (FIRST[rng.randrange(len(FIRST))], LAST[rng.randrange(len(LAST))])
    headline = short_title(rng, words, cum)
    section = rng.choice(SECTIONS[:8])
    year, month, day = 2000 + index % 25, 1 + index % 12, 1 + index % 28
    hour, minute, offset = rng.randint(0, 23), rng.randint(0, 59), rng.randint(-8, 9)
    stamp = "%04d-%02d-%02dT%02d:%02d:00%+03d:00" % (year, month, day, hour, minute, offset)
    slug = "-".join(headline.lower().split()[:6])
    url = "https://%s/%s/%04d/%02d/%02d/%s" % (host, section.lower(), year, month, day, slug)
    image = "https://%s/img/w1200/%d.jpg" % (host, index)
    description = corpus.sentence(rng, words, cum)

    paragraphs = ["<p>%s</p>" % p for p in article_text(rng, words, cum)]
    if rng.random() < 0.3:
        items = "".join("<li>%s</li>" % corpus.sentence(rng, words, cum) for _ in range(4))
        paragraphs.insert(rng.randint(2, len(paragraphs)), "<ul>%s</ul>" % items)
    figure = ('<figure class="article__figure"><img src="/img/w960/%d.jpg" srcset="/img/w640/%d'
              '.jpg 640w, /img/w960/%d.jpg 960w" alt="" width="960" height="540"><figcaption>%s '
              '(Photo: %s)</figcaption></figure>' % (index, index, index,
                                                     corpus.sentence(rng, words, cum), outlet))
    paragraphs.insert(1, figure)

    menu = "".join('<li class="nav__item"><a class="nav__link" href="/%s">%s</a></li>' %
                   (s.lower(), s) for s in SECTIONS)
    drawer = "".join(
        '<li class="drawer__group"><span class="drawer__title">%s</span><ul>%s</ul></li>' % (
            s, "".join('<li><a href="/%s/%s">%s</a></li>' % (s.lower(), w, w.title())
                       for w in rng.choices(words[:3000], k=rng.randint(3, 6))))
        for s in SECTIONS[:12])
    related = "".join('<li><a href="/story/%d">%s</a><p>%s</p></li>' % (
        rng.randrange(10 ** 6), short_title(rng, words, cum),
        corpus.sentence(rng, words, cum)[:80]) for _ in range(10))
    comments = "".join('<div class="comment"><p class="comment-author">reader%d</p><p>%s</p>'
                       '</div>' % (rng.randrange(1000), corpus.sentence(rng, words, cum))
                       for _ in range(rng.randint(2, 6)))
    footer = "".join(
        '<div class="footer__col"><h4>%s</h4><ul>%s</ul></div>' % (
            s, "".join('<li><a href="/%s/%s">%s</a></li>' % (s.lower(), w, w.title())
                       for w in rng.choices(words[:3000], k=6)))
        for s in SECTIONS[:10])
    icons = svg_sprite(rng, ["search", "menu", "close", "facebook", "twitter", "email", "share",
                             "print", "play", "arrow", "user", "bookmark"])
    share = "".join('<li><a class="share__link" href="#" data-network="%s"><svg><use '
                    'href="#icon-%s"/></svg><span class="visually-hidden">Share on %s</span>'
                    '</a></li>' % (n, n, n) for n in ("facebook", "twitter", "email", "print"))

    head = (
        '<!DOCTYPE html>\n<html lang="en"><head><meta charset="utf-8">\n'
        '<meta name="viewport" content="width=device-width, initial-scale=1">\n'
        '<title>%s | %s</title>\n<meta name="description" content="%s">\n'
        '<link rel="canonical" href="%s"><link rel="icon" href="/favicon.ico">\n'
        '<link rel="preconnect" href="https://cdn.%s"><link rel="preload" as="font" '
        'href="/fonts/serif.woff2" crossorigin>\n'
        '<meta property="og:title" content="%s"><meta property="og:site_name" content="%s">\n'
        '<meta property="og:type" content="article"><meta property="og:url" content="%s">\n'
        '<meta property="og:image" content="%s"><meta name="twitter:card" '
        'content="summary_large_image">\n'
        '<meta property="article:published_time" content="%s">\n'
        '<meta property="article:section" content="%s">\n'
        '<script type="application/ld+json">{"@context":"https://schema.org","@type":'
        '"NewsArticle","headline":"%s","datePublished":"%s","image":["%s"],"author":'
        '{"@type":"Person","name":"%s"},"publisher":{"@type":"Organization","name":"%s",'
        '"logo":{"@type":"ImageObject","url":"https://%s/logo.png"}}}</script>\n'
        % (headline, outlet, description, url, host, headline, outlet, url, image, stamp,
           section, headline, stamp, image, author, outlet, host))
    top = (
        '</head><body class="article-page">\n%s'
        '<header class="site-header"><a class="logo" href="/">%s</a>'
        '<button class="nav-toggle" aria-label="Menu"><svg><use href="#icon-menu"/></svg>'
        '</button><nav class="nav" aria-label="Sections"><ul>%s</ul></nav>'
        '<div class="drawer" hidden><ul>%s</ul></div></header>\n'
        '<div class="cookie-consent" role="dialog"><p>We use cookies to improve your experience'
        ' and to show you relevant advertising. <button>Accept all</button> '
        '<button>Manage settings</button></p></div>\n'
        % (icons, outlet, menu, drawer))
    middle = (
        '<main><article class="article"><h1>%s</h1><p class="byline">By %s</p>'
        '<time datetime="%s">%d %s %d</time>\n'
        '<ul class="share">%s</ul>\n%s\n</article>\n'
        '<aside class="related"><h2>Related stories</h2><ul>%s</ul></aside>\n'
        '<section id="comments"><h2>Comments</h2>%s</section></main>\n'
        % (headline, author, stamp, day, corpus.MONTHS[month - 1], year, share,
           "\n".join(paragraphs), related, comments))
    bottom = ('<footer class="site-footer">%s<p>&copy; %d %s</p></footer>\n'
              % (footer, year, outlet))
    end = "</body></html>\n"

    # Padding: styles and scripts to SCRIPT_SHARE of the target, teasers (with an advert slot
    # every eight cards) for the rest.
    style = style_block(rng, int(target * STYLE_SHARE))
    config = script_block(rng, int(target * 0.03))
    scripts = script_block(rng, int(target * SCRIPT_SHARE) - len(style) - len(config) - 60)
    fixed = sum(map(len, (head, style, config, top, middle, bottom, scripts, end)))
    cards, slot = [], 0
    room = target - fixed - len('<section class="more"><h2>More from %s</h2><ul></ul>'
                                '</section>\n' % outlet)
    while room > 0:
        slot += 1
        card = advert(rng, slot) if slot % 8 == 0 else teaser(rng, words, cum, slot)
        if len(card) > room + 200:
            break
        cards.append(card)
        room -= len(card)
    more = ('<section class="more"><h2>More from %s</h2><ul>%s</ul></section>\n'
            % (outlet, "".join(cards)))
    return head + style + config + top + middle + more + bottom + scripts + end


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
