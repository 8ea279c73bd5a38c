package news.archive.parse;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import news.archive.Article;
import news.archive.ContentId;

/**
 * Reads one news article from the bytes of a plain-text file.
 *
 * <p>The layout it expects is the one news text shares whatever its source: a headline first
 * (possibly after a date line, possibly wrapped over two lines), then a header of short lines in
 * any order (the headline repeated, a standfirst, a byline, a date line, a reading time, picture
 * captions), then the body. Body paragraphs are separated by blank lines, or are hard-wrapped and
 * start with an indent or after a short line that ends a sentence. A closing agency marker ({@code
 * (AFP)}, {@code - Reuters}, a last line {@code Reuter}) names the agency.
 *
 * <p>Every non-blank line of the input ends up in some field: the parser classifies lines and never
 * drops one, except a repetition of the headline.
 */
public final class ArticleParser {

  private static final int MAX_TITLE = 250;
  private static final int MAX_SUBTITLE = 400;

  /** How many lines after the headline may belong to the header. */
  private static final int HEADER_WINDOW = 8;

  /** Prose lines no longer than this suggest the text was hard-wrapped. */
  private static final int MAX_WRAP_WIDTH = 100;

  private enum Role {
    TITLE,
    TITLE_REPEAT,
    SUBTITLE,
    DATE,
    READING_TIME,
    BYLINE,
    CAPTION,
    AGENCY
  }

  public ArticleParser() {}

  /**
   * Parses the bytes of one text file into the article they hold.
   *
   * @param source the input the bytes came from, hashed already by the caller
   * @param importedAt when the article is stored
   * @throws ParseException when the bytes are not a news article (empty, binary, no headline, no
   *     body); its message says why in one line
   */
  public ParsedArticle parse(byte[] bytes, Article.Source source, Instant importedAt)
      throws ParseException {
    TextDecoder.Decoded decoded = TextDecoder.decode(bytes);
    List<String> warnings = new ArrayList<>();
    if (decoded.fallback()) {
      warnings.add("not valid UTF-8; read as windows-1252");
    }
    String[] lines = Normalizer.lines(decoded.text());
    return new Parse(lines, Dates.dayOrder(decoded.text())).run(source, importedAt, warnings);
  }

  /**
   * Parses text that is already decoded: the visible text of a web page, laid out as a text file
   * would be (headline, blank line, paragraphs split by blank lines).
   */
  public ParsedArticle parseText(String text, Article.Source source, Instant importedAt)
      throws ParseException {
    return parseText(text, source, importedAt, null);
  }

  /**
   * Parses text that is already decoded, whose language its page declares ({@code de-DE}, or null):
   * the declaration decides where the text does not tell (see {@link Languages}).
   */
  public ParsedArticle parseText(
      String text, Article.Source source, Instant importedAt, String declaredLanguage)
      throws ParseException {
    String[] lines = Normalizer.lines(text);
    Parse parse = new Parse(lines, Dates.dayOrder(text));
    parse.declaredLanguage = declaredLanguage;
    return parse.run(source, importedAt, new ArrayList<>());
  }

  /** One parse: the lines, the role each takes, and the fields found so far. */
  private static final class Parse {
    private final String[] lines;
    private final Role[] roles;
    private final Dates.DayOrder order;
    private String title;
    private String headline;
    private String kicker;
    private String subtitle;
    private LocalDate date;
    private Article.DateFrom dateFrom;
    private List<String> agencies = List.of();
    private String outlet;
    private String byline;
    private Integer readingMinutes;
    private final List<String> captions = new ArrayList<>();
    private String declaredLanguage;

    /** The line after the opening: the header and as many lines of body as a header may have. */
    private int openingEnd = Integer.MAX_VALUE;

    Parse(String[] lines, Dates.DayOrder order) {
      this.lines = lines;
      this.roles = new Role[lines.length];
      this.order = order;
    }

    ParsedArticle run(Article.Source source, Instant importedAt, List<String> warnings)
        throws ParseException {
      int next = findTitle();
      next = readHeader(next);
      boolean wrapped = isWrapped(next);
      markBodyLines(next, wrapped);
      List<String> paragraphs = paragraphs(next, wrapped);
      openDate(paragraphs);
      if (agencies.isEmpty() && !paragraphs.isEmpty()) {
        agencies = Agencies.dateline(paragraphs.get(0)).orElse(List.of());
      }
      if (paragraphs.isEmpty()) {
        throw new ParseException(
            "no body: the text has a headline"
                + (date != null ? " and a date" : "")
                + " but no paragraphs after it");
      }
      String body = String.join("\n\n", paragraphs);
      List<String> captionList = List.copyOf(captions);
      String id = ContentId.of(title, subtitle, byline, captionList, body);
      Article article =
          Article.builder()
              .id(id)
              .title(title)
              .headline(headline)
              .subtitle(subtitle)
              .date(date, dateFrom)
              .agencies(agencies)
              .outlet(outlet)
              .byline(byline)
              .readingMinutes(readingMinutes)
              .words(countWords(body))
              .language(Languages.of(title + "\n\n" + body, declaredLanguage))
              .captions(captionList)
              .body(body)
              .source(source)
              .importedAt(importedAt)
              .build();
      return new ParsedArticle(article, warnings);
    }

    /** Skips date lines above the headline, takes the headline and its wrapped continuation. */
    private int findTitle() throws ParseException {
      int i = nextContent(0);
      if (i == lines.length) {
        throw new ParseException("no text: the file holds only blank lines");
      }
      while (i < lines.length && roles[i] == null && takeMeta(i, false)) {
        i = nextContent(i + 1);
      }
      if (i == lines.length) {
        throw new ParseException("no headline: the file holds only a date");
      }
      int headlineAt = afterKicker(i);
      if (headlineAt != i) {
        kicker = Lines.collapse(lines[i]);
        roles[i] = Role.TITLE;
        i = headlineAt;
      }
      String first = Lines.collapse(lines[i]);
      if (first.length() > MAX_TITLE) {
        throw new ParseException(
            "no headline: the text starts with a paragraph of %d characters (a headline has at most %d)"
                .formatted(first.length(), MAX_TITLE));
      }
      title = first;
      roles[i] = Role.TITLE;
      int j = i + 1;
      while (j < lines.length && !lines[j].isBlank() && continuesTitle(lines[j])) {
        title = title + " " + Lines.collapse(lines[j]);
        roles[j] = Role.TITLE;
        j++;
      }
      cutTitle();
      return j;
    }

    /**
     * Where the headline is when line i is a kicker or a section's label alone ({@code EXCLUSIVE},
     * {@code World news}): the next line, when it reads as a headline (short, no sentence's end, no
     * metadata); else i.
     */
    private int afterKicker(int i) {
      if (!Headlines.isKickerLine(lines[i])) {
        return i;
      }
      int j = nextContent(i + 1);
      if (j == lines.length) {
        return i;
      }
      String next = Lines.collapse(lines[j]);
      boolean headline =
          next.length() <= MAX_TITLE
              && !Reflow.endsSentence(next)
              && !isMeta(lines[j])
              && !Headlines.isKickerLine(next);
      return headline ? j : i;
    }

    /**
     * What stands around the headline (a markup mark, a field's name, a kicker, a site's clutter),
     * a date opening the headline line, set apart by a dash ({@code 27/09/2013 - Elections
     * called}), and an outlet's name closing it: all are cut from the title, and the line as it was
     * (after a kicker line, if one stood above it) is kept as the headline.
     */
    private void cutTitle() {
      String line = kicker == null ? title : kicker + " " + title;
      title = Headlines.clean(title);
      if (date == null) {
        Optional<Dates.Leading> leading = Dates.leading(title, order);
        String rest = leading.map(l -> title.substring(l.end()).strip()).orElse("");
        if (!rest.isEmpty()) {
          date = leading.get().date();
          dateFrom = Article.DateFrom.HEADLINE;
          title = rest;
        }
      }
      Optional<Outlets.Split> split = Outlets.split(title);
      if (split.isPresent()) {
        title = split.get().title();
        outlet = split.get().outlet();
      } else {
        // an agency closing the headline ({@code ... - Reuters}) is its credit, never a quote's
        Agencies.trailing(title)
            .filter(t -> t.text().indexOf(' ') > 0)
            .ifPresent(
                t -> {
                  title = t.text();
                  credit(t.agencies());
                });
      }
      if (!title.equals(line)) {
        headline = line;
      }
    }

    /** Whether a line is the headline again, as written or without what was cut from it. */
    private boolean repeatsHeadline(String line) {
      String key = Lines.key(line);
      return key.equals(Lines.key(title)) || (headline != null && key.equals(Lines.key(headline)));
    }

    /**
     * A headline wrapped over two lines: both lines in capitals (wire style), or the next line
     * starting in lower case.
     */
    private boolean continuesTitle(String line) {
      String next = Lines.collapse(line);
      if (title.length() + 1 + next.length() > MAX_TITLE || isMeta(line)) {
        return false;
      }
      boolean capitals = !hasLowerCase(title) && !hasLowerCase(next) && hasLetter(next);
      return capitals || Character.isLowerCase(next.charAt(0));
    }

    /**
     * The lines right under the headline: a repeated headline, a standfirst, then metadata lines. A
     * standfirst is only recognised when metadata lines follow it; otherwise it cannot be told from
     * the first paragraph.
     */
    private int readHeader(int from) {
      int candidate = -1;
      boolean sawMeta = false;
      int end = from;
      int seen = 0;
      for (int i = nextContent(from);
          i < lines.length && seen < HEADER_WINDOW;
          i = nextContent(i + 1), seen++) {
        if (repeatsHeadline(lines[i])) {
          roles[i] = Role.TITLE_REPEAT;
          end = i + 1;
          continue;
        }
        if (takeMeta(i, true)) {
          sawMeta = true;
          end = i + 1;
          continue;
        }
        if (sawMeta || candidate >= 0 || Lines.collapse(lines[i]).length() > MAX_SUBTITLE) {
          break;
        }
        candidate = i;
      }
      if (sawMeta && candidate >= 0) {
        roles[candidate] = Role.SUBTITLE;
        subtitle = Lines.collapse(lines[candidate]);
        end = Math.max(end, candidate + 1);
      }
      return sawMeta ? end : from;
    }

    private boolean isMeta(String line) {
      return Dates.ofDateLine(line, order).isPresent()
          || Lines.readingMinutes(line).isPresent()
          || Lines.byline(line).isPresent()
          || Lines.isCaption(line);
    }

    /** Takes line i as a metadata line when it is one and its field is still free. */
    private boolean takeMeta(int i, boolean inHeader) {
      String line = lines[i];
      // An update's date line in the body, far from the opening, says when something else changed
      Optional<Dates.DateLine> d =
          Dates.dateLine(line, order)
              .filter(l -> !l.update() || inHeader || i < openingEnd || date != null);
      if (d.isPresent() && (date == null || date.equals(d.get().date()))) {
        // the same date again (the headline had it too) is the same metadata
        if (date == null) {
          date = d.get().date();
          dateFrom = Article.DateFrom.LINE;
        }
        if (byline == null && inHeader) {
          byline = d.get().byline();
        }
        roles[i] = Role.DATE;
        return true;
      }
      if (readingMinutes == null
          && took(i, Role.READING_TIME, Lines.readingMinutes(line), v -> readingMinutes = v)) {
        return true;
      }
      if (!inHeader) {
        return false;
      }
      if (byline == null && took(i, Role.BYLINE, Lines.byline(line), this::takeByline)) {
        return true;
      }
      if (Lines.isCaption(line)) {
        captions.add(Lines.collapse(line));
        roles[i] = Role.CAPTION;
        return true;
      }
      return false;
    }

    /** A byline, and the agency it names after the person ({@code Jane Doe, Reuters}). */
    private void takeByline(String name) {
      Optional<Agencies.Trailer> credited = Agencies.inByline(name);
      if (credited.isEmpty()) {
        byline = name;
        return;
      }
      credit(credited.get().agencies());
      byline = credited.get().text().isEmpty() ? null : credited.get().text();
    }

    /** Adds agencies to those credited, each once. */
    private void credit(List<String> names) {
      Set<String> all = new LinkedHashSet<>(agencies);
      all.addAll(names);
      agencies = List.copyOf(all);
    }

    /** Takes line i in {@code role} when it gives a value, and hands the value to its field. */
    private <T> boolean took(int i, Role role, Optional<T> value, Consumer<T> field) {
      if (value.isEmpty()) {
        return false;
      }
      field.accept(value.get());
      roles[i] = role;
      return true;
    }

    /**
     * Hard-wrapped text has no prose line longer than a terminal is wide (but one: a line its
     * editor left unwrapped), and most of its lines that another line follows end in the middle of
     * a sentence. Text with one paragraph per line may have short lines too, but they end
     * sentences. A sign-off closing the text is no prose line.
     */
    private boolean isWrapped(int from) {
      int last = lastBodyLine(from);
      if (last >= 0 && Agencies.signOff(lines[last]).isPresent()) {
        last--;
      }
      int overlong = 0;
      int prose = 0;
      int followed = 0;
      int midSentence = 0;
      for (int i = from; i <= last; i++) {
        if (!isProse(i)) {
          continue;
        }
        prose++;
        if (lines[i].length() > MAX_WRAP_WIDTH) {
          overlong++;
        }
        if (i + 1 <= last && isProse(i + 1)) {
          followed++;
          if (!Reflow.endsSentence(lines[i])) {
            midSentence++;
          }
        }
      }
      if (overlong > Math.max(1, prose / 20) || (prose > 0 && overlong == prose)) {
        return false;
      }
      return midSentence * 2 >= followed;
    }

    private boolean isProse(int i) {
      return roles[i] == null && !lines[i].isBlank() && !Lines.isPreformatted(lines[i]);
    }

    /** The width the text was wrapped at: its longest line, leaving out a line left unwrapped. */
    private int wrapWidth(int from) {
      int width = 0;
      for (int i = from; i < lines.length; i++) {
        if (roles[i] == null
            && !Lines.isPreformatted(lines[i])
            && lines[i].length() <= MAX_WRAP_WIDTH) {
          width = Math.max(width, lines[i].length());
        }
      }
      return width;
    }

    /**
     * Captions, a date line and a reading time below the header, and an agency marker closing the
     * last line or standing on a line of its own. In hard-wrapped text such a line must stand
     * alone, or it is part of a paragraph.
     */
    private void markBodyLines(int from, boolean wrapped) {
      openingEnd = from;
      for (int seen = 0; seen < HEADER_WINDOW && openingEnd < lines.length; seen++) {
        openingEnd = nextContent(openingEnd) + 1;
      }
      for (int i = nextContent(from); i < lines.length; i = nextContent(i + 1)) {
        if (roles[i] != null || (wrapped && !standsAlone(i))) {
          continue;
        }
        if (Lines.isCaption(lines[i])) {
          captions.add(Lines.collapse(lines[i]));
          roles[i] = Role.CAPTION;
        } else {
          takeMeta(i, false);
        }
      }
      int last = lastBodyLine(from);
      // credit lines close the text, under or over its sign-off; one may close the last paragraph
      while (last >= 0) {
        Optional<Agencies.Trailer> credit = Agencies.credit(lines[last]);
        if (credit.isEmpty()) {
          break;
        }
        credit(credit.get().agencies());
        if (!credit.get().text().isEmpty()) {
          lines[last] = credit.get().text();
          break;
        }
        roles[last] = Role.AGENCY;
        last = lastBodyLine(from);
      }
      if (last < 0) {
        return;
      }
      Optional<List<String>> signOff = Agencies.signOff(lines[last]);
      if (signOff.isPresent()) {
        credit(signOff.get());
        roles[last] = Role.AGENCY;
        return;
      }
      int at = last;
      Agencies.trailing(lines[last])
          .ifPresent(
              t -> {
                credit(t.agencies());
                lines[at] = t.text();
              });
    }

    private boolean standsAlone(int i) {
      boolean before = i == 0 || lines[i - 1].isBlank() || roles[i - 1] != null;
      boolean after = i + 1 == lines.length || lines[i + 1].isBlank() || roles[i + 1] != null;
      return before && after;
    }

    private int lastBodyLine(int from) {
      for (int i = lines.length - 1; i >= from; i--) {
        if (roles[i] == null && !lines[i].isBlank()) {
          return i;
        }
      }
      return -1;
    }

    /** Body lines grouped into blocks (runs without blank or metadata lines), then reflowed. */
    private List<String> paragraphs(int from, boolean wrapped) {
      List<List<String>> blocks = new ArrayList<>();
      List<String> block = new ArrayList<>();
      for (int i = from; i < lines.length; i++) {
        if (roles[i] == null && !lines[i].isBlank()) {
          block.add(lines[i]);
        } else if (!block.isEmpty()) {
          blocks.add(block);
          block = new ArrayList<>();
        }
      }
      if (!block.isEmpty()) {
        blocks.add(block);
      }
      Reflow reflow = wrapped ? new Reflow(wrapWidth(from), usesIndent(blocks)) : null;
      List<String> paragraphs = new ArrayList<>();
      for (List<String> b : blocks) {
        if (wrapped) {
          reflow.block(b, paragraphs);
        } else {
          lineParagraphs(b, paragraphs);
        }
      }
      return paragraphs;
    }

    /** Text that is not wrapped has one paragraph per line; table rows stay together. */
    private static void lineParagraphs(List<String> block, List<String> out) {
      StringBuilder table = null;
      for (String line : block) {
        if (Lines.isPreformatted(line)) {
          table = table == null ? new StringBuilder(line) : table.append('\n').append(line);
          continue;
        }
        if (table != null) {
          out.add(table.toString());
          table = null;
        }
        out.add(Lines.collapse(line));
      }
      if (table != null) {
        out.add(table.toString());
      }
    }

    /** Paragraphs start with an indent when an indented line is followed by a less indented one. */
    private static boolean usesIndent(List<List<String>> blocks) {
      for (List<String> b : blocks) {
        for (int i = 0; i + 1 < b.size(); i++) {
          String a = b.get(i);
          String c = b.get(i + 1);
          if (Lines.indent(a) >= 2
              && Lines.indent(c) < Lines.indent(a)
              && !Lines.isPreformatted(a)
              && !Lines.isPreformatted(c)) {
            return true;
          }
        }
      }
      return false;
    }

    /**
     * What opens the first paragraph. A date set apart by a prefix or a dash is taken out, as a
     * date line is. Otherwise a date that opens it (after the headline again, or a dateline place)
     * is the date, and stays in the text, with a byline and a dateline marker after it; or the
     * dateline holds the date.
     */
    private void openDate(List<String> paragraphs) {
      if (paragraphs.isEmpty()) {
        return;
      }
      String first = paragraphs.get(0);
      if (date == null) {
        Optional<Dates.Leading> leading = Dates.leading(first, order);
        if (leading.isPresent()) {
          date = leading.get().date();
          dateFrom = Article.DateFrom.LEAD;
          String rest = first.substring(leading.get().end()).strip();
          if (rest.isEmpty()) {
            paragraphs.remove(0);
          } else {
            paragraphs.set(0, rest);
          }
          return;
        }
      }
      int at = afterHeadline(first);
      if (date == null) {
        Optional<Dates.Leading> opening = Dates.opening(first, at, order);
        if (opening.isPresent()) {
          date = opening.get().date();
          dateFrom = Article.DateFrom.LEAD;
          at = opening.get().end();
          if (opening.get().agency() != null) {
            credit(List.of(opening.get().agency()));
          }
          Optional<Lines.Inline> by = Lines.inlineByline(first, at);
          if (by.isPresent() && byline == null) {
            byline = by.get().name();
            at = by.get().end();
          }
        }
      }
      Agencies.marker(first, at).ifPresent(this::takeMarker);
      if (date == null) {
        date = Dates.datelineDate(first, order).orElse(null);
        dateFrom = date == null ? null : Article.DateFrom.DATELINE;
      }
    }

    /** Where the first paragraph's text starts when it opens with the headline again. */
    private int afterHeadline(String paragraph) {
      for (String h : new String[] {headline, title}) {
        if (h != null
            && paragraph.length() > h.length()
            && paragraph.charAt(h.length()) == ' '
            && paragraph.regionMatches(true, 0, h, 0, h.length())) {
          return h.length() + 1;
        }
      }
      return 0;
    }

    /** A dateline marker names a known agency, or else the outlet. */
    private void takeMarker(Agencies.Marker marker) {
      Optional<String> agency = Agencies.known(marker.name());
      if (agency.isPresent()) {
        if (agencies.isEmpty()) {
          agencies = List.of(agency.get());
        }
      } else if (outlet == null) {
        outlet = marker.name();
      }
    }

    private int nextContent(int from) {
      int i = from;
      while (i < lines.length && lines[i].isBlank()) {
        i++;
      }
      return i;
    }
  }

  public static int countWords(String body) {
    int words = 0;
    boolean wordHasText = false;
    for (int i = 0, n = body.length(); i <= n; i++) {
      char c = i == n ? ' ' : body.charAt(i);
      if (c < '\u0080' ? c <= ' ' : Character.isWhitespace(c)) {
        if (wordHasText) {
          words++;
        }
        wordHasText = false;
      } else {
        wordHasText |=
            c < '\u0080'
                ? (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
                : Character.isLetterOrDigit(c);
      }
    }
    return words;
  }

  private static boolean hasLowerCase(String text) {
    return text.chars().anyMatch(Character::isLowerCase);
  }

  private static boolean hasLetter(String text) {
    return text.chars().anyMatch(Character::isLetter);
  }
}
