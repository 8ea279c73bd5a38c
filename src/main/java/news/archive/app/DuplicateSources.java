package news.archive.app;

import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import news.archive.Article;
import news.archive.store.ArticleStore;

/**
 * What the inputs of an import that hold a stored article's text bring to it: each is one of its
 * sources, and gives it what the stored record lacks. Noted as the inputs are judged, recorded at
 * the end of a window, once every write of the window is done.
 */
final class DuplicateSources {

  /** Where a date an input brings came from, for the summary. */
  enum DateBy {
    /** The input's own text. */
    TEXT,
    /** {@code --date}, for an input that is a duplicate. */
    OPTION_FOR_DUPLICATE,
    /** {@code --date}, for an input that is stored as it is. */
    OPTION_FOR_UNCHANGED
  }

  /**
   * What an input that holds a stored article's text gives it where the stored record lacks it (a
   * date, agencies, an outlet, an address); null or empty where it gives nothing. The byline needs
   * no filling in: it is part of the text that gives the id, so every copy has the same.
   */
  record Fill(
      LocalDate date,
      Article.DateFrom dateFrom,
      DateBy dateBy,
      List<String> agencies,
      String outlet,
      String url) {
    static final Fill NONE = new Fill(null, null, null, List.of(), null, null);

    /** The date of {@code --date}, which a stored undated article takes. */
    static Fill given(LocalDate date, DateBy by) {
      return date == null
          ? NONE
          : new Fill(date, Article.DateFrom.GIVEN, by, List.of(), null, null);
    }

    /** What a parsed copy of the text holds. */
    static Fill of(Article copy, DateBy by) {
      return new Fill(
          copy.date(), copy.dateFrom(), by, copy.agencies(), copy.outlet(), copy.source().url());
    }

    /** This, and where this gives nothing, {@code later}. */
    Fill or(Fill later) {
      boolean dated = date != null;
      return new Fill(
          dated ? date : later.date,
          dated ? dateFrom : later.dateFrom,
          dated ? dateBy : later.dateBy,
          agencies.isEmpty() ? later.agencies : agencies,
          outlet != null ? outlet : later.outlet,
          url != null ? url : later.url);
    }
  }

  /** What the inputs that hold one stored article's text bring to it. */
  private static final class Amends {
    /** The inputs, each to be one of its sources. */
    final List<Article.Source> sources = new ArrayList<>();

    /** What they give where it lacks it; the first input that gives a field gives it. */
    Fill fill = Fill.NONE;
  }

  private final WriteTransaction tx;
  private final ArticleStore store;

  /** By the stored article's id, in the order first noted. */
  private final Map<String, Amends> amends = new LinkedHashMap<>();

  /**
   * Stored articles that inputs filled in: dates, agencies, outlets, addresses, dated by --date.
   */
  private int filledDates;

  private int filledAgencies;
  private int filledOutlets;
  private int filledAddresses;
  private int duplicatesDatedByOption;
  private int unchangedDatedByOption;

  DuplicateSources(WriteTransaction tx) {
    this.tx = tx;
    this.store = tx.store();
  }

  /** Notes what an input brings to the stored article {@code id}: a source (or null), a fill. */
  void add(String id, Article.Source source, Fill fill) {
    if (source == null && fill.equals(Fill.NONE)) {
      return;
    }
    Amends a = amends.computeIfAbsent(id, k -> new Amends());
    if (source != null) {
      a.sources.add(source);
    }
    a.fill = a.fill.or(fill);
  }

  /** How many stored articles have something noted for them. */
  int size() {
    return amends.size();
  }

  /**
   * Gives the stored articles what the inputs found to hold their text bring, once every write of
   * the window is done: the inputs are added to their sources, and what they hold that the record
   * lacks is filled in, never over a correction the user made. An input with the same bytes as one
   * already recorded is described as that one is (it was not parsed again). Returns how many of the
   * articles that {@code storedThisWindow} took a date.
   */
  int record(Predicate<String> storedThisWindow) throws IOException {
    int dated = 0;
    for (Map.Entry<String, Amends> e : amends.entrySet()) {
      Optional<Article> found = stored(store, e.getKey());
      if (found.isEmpty()) {
        continue;
      }
      Article a = found.get();
      List<Article.Source> all = new ArrayList<>(a.sources());
      for (Article.Source s : e.getValue().sources) {
        Article.Source described = s;
        for (Article.Source known : a.sources()) {
          if (known.sha256().equals(s.sha256())) {
            described =
                new Article.Source(
                    s.path(), s.absolutePath(), s.sha256(), s.bytes(), known.format(), known.url());
          }
        }
        if (!all.contains(described)) {
          all.add(described);
        }
      }
      Article more = a.toBuilder().sources(all).build();
      more = filledIn(more, e.getValue().fill);
      if (a.date() == null && more.date() != null && storedThisWindow.test(a.id())) {
        dated++;
      }
      if (!more.equals(a)) {
        tx.put(more);
      }
    }
    amends.clear();
    return dated;
  }

  /** {@code a} with what it lacks of {@code fill}, but no field the user corrected; counted. */
  private Article filledIn(Article a, Fill fill) {
    Set<String> corrected = a.curation().set().keySet();
    if (a.date() == null && fill.date() != null && !corrected.contains("date")) {
      a = a.toBuilder().date(fill.date(), fill.dateFrom()).build();
      switch (fill.dateBy()) {
        case TEXT -> filledDates++;
        case OPTION_FOR_DUPLICATE -> duplicatesDatedByOption++;
        case OPTION_FOR_UNCHANGED -> unchangedDatedByOption++;
      }
    }
    if (a.agencies().isEmpty() && !fill.agencies().isEmpty() && !corrected.contains("agency")) {
      a = a.toBuilder().agencies(fill.agencies()).build();
      filledAgencies++;
    }
    if (a.outlet() == null && fill.outlet() != null && !corrected.contains("outlet")) {
      a = a.toBuilder().outlet(fill.outlet()).build();
      filledOutlets++;
    }
    if (a.source().url() == null && fill.url() != null) {
      // the address of a copy of the same text is the article's
      List<Article.Source> others = a.sources().subList(1, a.sources().size());
      a =
          a.toBuilder()
              .source(a.source().renamed(a.source().path(), fill.url()))
              .sources(others)
              .build();
      filledAddresses++;
    }
    return a;
  }

  /** What the inputs added to articles stored already, counted. */
  ImportReport.Additions additions() {
    return new ImportReport.Additions(
        filledDates,
        filledAgencies,
        filledOutlets,
        filledAddresses,
        duplicatesDatedByOption,
        unchangedDatedByOption);
  }

  /** The stored record with this id, or empty when it is not there or cannot be read. */
  static Optional<Article> stored(ArticleStore store, String id) throws IOException {
    try {
      return store.read(id);
    } catch (ArticleStore.BadFileException e) {
      return Optional.empty();
    }
  }
}
