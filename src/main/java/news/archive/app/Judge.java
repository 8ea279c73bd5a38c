package news.archive.app;

import java.io.IOException;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import news.archive.Article;
import news.archive.Corrections;
import news.archive.app.DuplicateSources.DateBy;
import news.archive.app.DuplicateSources.Fill;
import news.archive.engine.Lookup;
import news.archive.store.ArticleStore;
import news.archive.stories.StoryGrouper;

/**
 * Stage two of an import, on the calling thread, in input order: what each input is (new,
 * unchanged, a duplicate, an update), given what is stored and what came before it, so that the
 * outcome and the messages do not depend on timing.
 *
 * <p>Judging needs what this run stored so far, which the index writer's own view shows only after
 * a refresh. So the judge remembers what it stored (ids, byte hashes, deletions) until the end of a
 * window, when the view is refreshed and it {@link #forget}s.
 */
final class Judge {

  enum Outcome {
    IMPORTED,
    UPDATED,
    UNCHANGED,
    DUPLICATE,
    FAILED,
    REMOVED
  }

  private final ArticleStore store;
  private final WriteTransaction tx;
  private final ImportRequest request;
  private final ImportListener listener;
  private final Clock clock;
  private final Lookup lookup;
  private final StoryGrouper stories;
  private final AtomicInteger epoch;
  private final Preparer preparer;
  private final ImportWrites writes;
  private final StoredThisWindow window;
  private final NearWindow near;
  private final DuplicateSources sources;

  /** When the last article this run stored was stored. */
  private Instant lastStored;

  private int nearDuplicates;
  private int undated;

  /** New articles too short to compare with others: in no story. */
  private int tooShort;

  Judge(
      WriteTransaction tx,
      ImportRequest request,
      ImportListener listener,
      Clock clock,
      Lookup lookup,
      AtomicInteger epoch,
      Preparer preparer,
      ImportWrites writes) {
    this.store = tx.store();
    this.tx = tx;
    this.request = request;
    this.listener = listener;
    this.clock = clock;
    this.lookup = lookup;
    this.stories = new StoryGrouper(lookup);
    this.epoch = epoch;
    this.preparer = preparer;
    this.writes = writes;
    this.window = new StoredThisWindow(lookup);
    this.near = new NearWindow(lookup);
    this.sources = new DuplicateSources(tx);
  }

  /** What this input is, given what is stored and what came before. */
  Outcome judge(Prepared p) throws IOException {
    String shown = p.input().shown();
    if (p instanceof Prepared.Failed failed) {
      listener.failed(shown, failed.problem());
      return Outcome.FAILED;
    }
    Prepared.Read read = (Prepared.Read) p;
    String here = StoredThisWindow.from(read.source().absolutePath());
    StoredThisWindow.Seen sameBytes = window.sameBytes(read.source().sha256());
    if (sameBytes == null) {
      Optional<Lookup.Known> known =
          read.epoch() == epoch.get() ? read.known() : lookup.bySha256(read.source().sha256());
      if (known.isPresent() && !window.deleted().contains(known.get().id())) {
        sameBytes =
            new StoredThisWindow.Seen(
                StoredThisWindow.from(known.get().absolutePath()), known.get().id());
      }
    }
    if (sameBytes != null) {
      // judged without parsing: what the bytes hold is stored already; only --date is new
      if (sameBytes.from().equals(here)) {
        sources.add(
            sameBytes.id(), null, Fill.given(request.defaultDate(), DateBy.OPTION_FOR_UNCHANGED));
        return Outcome.UNCHANGED;
      }
      return duplicate(
          shown,
          sameBytes.id(),
          read.source(),
          Fill.given(request.defaultDate(), DateBy.OPTION_FOR_DUPLICATE));
    }
    Prepared parsed =
        read instanceof Prepared.Parsed
            ? read
            : preparer.parse(read.input(), read.source(), read.bytes(), read.epoch());
    if (parsed instanceof Prepared.Failed failed) {
      listener.failed(shown, failed.problem());
      return Outcome.FAILED;
    }
    return judgeText((Prepared.Parsed) parsed, shown, here);
  }

  /** An input whose bytes are not stored: what its text is, new or stored already. */
  private Outcome judgeText(Prepared.Parsed parsed, String shown, String here) throws IOException {
    for (String warning : parsed.parsed().warnings()) {
      listener.warning(shown, warning);
    }
    Article article = parsed.parsed().article();
    DateBy dateBy = article.date() != null ? DateBy.TEXT : DateBy.OPTION_FOR_DUPLICATE;
    if (article.date() == null && request.defaultDate() != null) {
      article = article.toBuilder().date(request.defaultDate(), Article.DateFrom.GIVEN).build();
    }
    if (parsed.input().isStdin() && request.stdinUrl() != null) {
      article =
          article.toBuilder()
              .source(article.source().renamed(article.source().path(), request.stdinUrl()))
              .sources(List.of()) // this input alone, not also as it was without its address
              .build();
    }
    if (store.isRemoved(article.id())) {
      if (!request.force()) {
        listener.removed(shown, article.id());
        return Outcome.REMOVED;
      }
      tx.wrote(store.unmarkRemoved(article.id()));
    }

    Optional<String> sameTextFrom = window.storedFrom(article.id());
    if (sameTextFrom.isPresent()) {
      if (!sameTextFrom.get().equals(here)) {
        return duplicate(shown, article.id(), article.source(), Fill.of(article, dateBy));
      }
      // Same text, other bytes (line ends, encoding): the record's source changes, and nothing
      // else the record holds.
      Optional<Article> old = DuplicateSources.stored(store, article.id());
      if (old.isPresent()) {
        Article earlier = old.get();
        Article fresh = keptGivenDate(article, earlier).withSourcesOf(earlier);
        article =
            Corrections.withCurationOf(fresh, earlier).toBuilder()
                .aliases(earlier.aliases())
                .nearDuplicateOf(earlier.nearDuplicateOf())
                .story(earlier.story())
                .build();
      }
      article = article.toBuilder().importedAt(storedAt()).build();
      save(article, parsed, false, null);
      return Outcome.UPDATED;
    }
    String where = parsed.source().absolutePath();
    String previous =
        where == null
            ? null
            : lookup
                .byPath(where)
                .map(Lookup.Known::id)
                .filter(id -> !window.deleted().contains(id) && !window.isStored(id))
                .orElse(null);
    if (previous != null) {
      // the file was edited: its new text keeps the tags, note and corrections of the old, and
      // the old ids, which still find it
      Optional<Article> old = DuplicateSources.stored(store, previous);
      if (old.isPresent()) {
        article = Corrections.withCurationOf(keptGivenDate(article, old.get()), old.get());
      }
      List<String> aliases = new ArrayList<>(old.map(Article::aliases).orElse(List.of()));
      if (!aliases.contains(previous)) {
        aliases.add(previous);
      }
      aliases.remove(article.id());
      article = article.toBuilder().aliases(aliases).build();
    }
    String repeats =
        near.nearlyRepeats(parsed.signature(), article.date(), previous, window.deleted());
    if (repeats != null) {
      article = article.toBuilder().nearDuplicateOf(repeats).build();
      nearDuplicates++;
    }
    String story =
        stories.place(
            article.id(),
            parsed.vector(),
            article.date() == null ? null : article.date().toEpochDay());
    article = article.toBuilder().story(story).build();
    if (article.story() == null) {
      tooShort++;
    }
    article = article.toBuilder().importedAt(storedAt()).build();
    save(article, parsed, true, previous);
    near.remember(article.id(), article.date(), parsed.signature());
    return previous != null ? Outcome.UPDATED : Outcome.IMPORTED;
  }

  /**
   * An input that holds the text of article {@code id}: it is one of its sources, and gives it what
   * it lacks of {@code fill}.
   */
  private Outcome duplicate(String shown, String id, Article.Source source, Fill fill) {
    listener.duplicate(shown, id);
    sources.add(id, source, fill);
    return Outcome.DUPLICATE;
  }

  /**
   * Stores an article: the article it {@code replaces} (an edited file's old one, or null) gone
   * first, then what this window stored remembered, and the writes handed to stage three.
   */
  private void save(Article article, Prepared.Parsed parsed, boolean isNew, String replaces)
      throws IOException {
    if (replaces != null) {
      writes.replace(replaces, article);
      window.deleted(replaces);
    }
    window.stored(article);
    if (article.date() == null) {
      undated++;
    }
    writes.save(article, parsed, isNew);
  }

  /**
   * A new reading of a stored article's input with the date the user gave it ({@code --date})
   * before, when its text still gives none, as {@link Reparser} keeps it.
   */
  private static Article keptGivenDate(Article fresh, Article old) {
    Article parsed = Corrections.asParsed(old);
    if (fresh.date() == null
        && parsed.date() != null
        && parsed.dateFrom() == Article.DateFrom.GIVEN) {
      return fresh.toBuilder().date(parsed.date(), Article.DateFrom.GIVEN).build();
    }
    return fresh;
  }

  /**
   * The time an article judged now is stored at: the clock's, to the microsecond, and always later
   * than the one before in this run, so that the records order a run's articles as their inputs
   * came (many are stored within one tick of a clock).
   */
  private Instant storedAt() {
    Instant t = clock.instant().truncatedTo(ChronoUnit.MICROS);
    if (lastStored != null && !t.isAfter(lastStored)) {
      t = lastStored.plus(1, ChronoUnit.MICROS);
    }
    lastStored = t;
    return t;
  }

  /** How many articles the judge remembers: a window ends when they are many. */
  int remembered() {
    return window.size() + sources.size();
  }

  /** What the inputs found to hold stored articles' text bring them, recorded: every write done. */
  void recordSources() throws IOException {
    undated -= sources.record(window::isStored);
  }

  /** The end of a window: the index writer's view, refreshed, shows what the judge remembered. */
  void forget() {
    window.forget();
    near.forget();
    stories.forget();
  }

  int nearDuplicates() {
    return nearDuplicates;
  }

  int undated() {
    return undated;
  }

  int tooShort() {
    return tooShort;
  }

  ImportReport.Additions additions() {
    return sources.additions();
  }
}
