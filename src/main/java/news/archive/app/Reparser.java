package news.archive.app;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import news.archive.Article;
import news.archive.Corrections;
import news.archive.io.Problems;
import news.archive.parse.ParseException;
import news.archive.store.ArticleStore;
import news.archive.store.OriginalsReader;
import news.archive.store.OriginalsWriter;

/**
 * Reads stored articles again from their kept originals with the current parser, and stores what it
 * now reads differently. One run, under the write lock; the caller commits.
 *
 * <p>An article keeps what is not in its text: when it was imported, and a date the user gave when
 * the text still has none. When its text now reads otherwise (a title without the outlet's name),
 * its id, a hash of that text, changes: the old id is kept as an alias, so that whatever holds it
 * still finds the article. A store written before originals were kept is read from each article's
 * source file, when it is still there with the same bytes; the original is then kept.
 */
final class Reparser {

  private final ArticleStore store;
  private final WriteTransaction tx;
  private final OriginalsReader kept;
  private final OriginalsWriter keep;
  private final Importer.Parser parser;
  private final boolean dryRun;
  private final ReparseListener listener;

  /** Articles this run stored under new ids: a walk of the store may come upon them again. */
  private final Set<String> storedAnew = new HashSet<>();

  private int reparsed;
  private int changed;
  private int unreachable;
  private int failed;

  Reparser(
      WriteTransaction tx,
      OriginalsReader kept,
      OriginalsWriter keep,
      Importer.Parser parser,
      boolean dryRun,
      ReparseListener listener) {
    this.store = tx.store();
    this.tx = tx;
    this.kept = kept;
    this.keep = keep;
    this.parser = parser;
    this.dryRun = dryRun;
    this.listener = listener;
  }

  ReparseReport report() {
    return new ReparseReport(reparsed, changed, unreachable, failed);
  }

  /** Reads one stored article again. */
  void reparse(Article stored) throws IOException {
    if (storedAnew.contains(stored.id())) {
      return;
    }
    Optional<byte[]> bytes = original(stored);
    if (bytes.isEmpty()) {
      return;
    }
    Article fresh;
    try {
      fresh = parser.parse(bytes.get(), stored.source(), stored.importedAt()).article();
    } catch (ParseException e) {
      failed++;
      listener.failed(stored.id(), "no longer reads as an article: " + e.getMessage());
      return;
    }
    reparsed++;
    Article merged = merge(stored, fresh);
    List<ReparseListener.Change> changes = changes(stored, merged);
    if (changes.isEmpty()) {
      if (!dryRun && !store.hasCurrentLayout(stored.id())) {
        // written by an older version: the same record, in this version's layout
        tx.put(merged);
      }
      return;
    }
    if (!merged.id().equals(stored.id()) && store.contains(merged.id())) {
      failed++;
      listener.failed(
          stored.id(), "its text now reads as that of article " + merged.id() + "; left as it was");
      return;
    }
    changed++;
    listener.changed(stored.id(), changes);
    if (dryRun) {
      return;
    }
    if (merged.id().equals(stored.id())) {
      tx.put(merged);
      return;
    }
    for (String alias : merged.aliases()) {
      tx.wrote(store.writeAlias(alias, merged.id()));
    }
    storedAnew.add(merged.id());
    // the new record first: a crash between the two leaves both, never neither
    tx.wrote(store.write(merged));
    tx.delete(stored.id());
    tx.index().add(merged);
  }

  /**
   * The bytes the article was read from: the kept original, or else its source file if that still
   * has the same bytes (kept from now on). Empty, with the reason told, when neither is there.
   */
  private Optional<byte[]> original(Article stored) throws IOException {
    String sha = stored.source().sha256();
    try {
      Optional<byte[]> bytes = kept.read(sha, stored.source().bytes());
      if (bytes.isPresent()) {
        return bytes;
      }
    } catch (ArticleStore.BadFileException e) {
      return unreachable(stored, "its kept original in " + e.file() + " is " + e.getMessage());
    }
    String where = stored.source().absolutePath();
    if (where == null) {
      return unreachable(stored, "no kept original, and it came from standard input");
    }
    Path file = Path.of(where);
    byte[] bytes;
    try {
      // Only a regular file of the size it had can hold the same bytes: anything else (grown,
      // a device, a pipe) is not read at all.
      long size = Files.size(file);
      if (!Files.isRegularFile(file) || size != stored.source().bytes()) {
        return unreachable(stored, "no kept original, and " + where + " has changed since");
      }
      bytes = Files.readAllBytes(file);
    } catch (NoSuchFileException e) {
      return unreachable(stored, "no kept original, and " + where + " is gone");
    } catch (IOException e) {
      return unreachable(stored, "no kept original, and " + where + ": " + Problems.describe(e));
    }
    if (!Article.Source.of(stored.source().path(), where, bytes).sha256().equals(sha)) {
      return unreachable(stored, "no kept original, and " + where + " has changed since");
    }
    if (!dryRun) {
      keep.add(sha, bytes);
    }
    return Optional.of(bytes);
  }

  private Optional<byte[]> unreachable(Article stored, String why) {
    unreachable++;
    listener.unreachable(stored.id(), why);
    return Optional.empty();
  }

  /**
   * The new reading, with what the text does not hold kept from the record: the import time, the
   * aliases, the other inputs, what the user added, and a date that did not come from the text when
   * the text still gives none.
   */
  private static Article merge(Article stored, Article fresh) {
    Article merged = fresh;
    Article storedParse = Corrections.asParsed(stored);
    if (fresh.date() == null && storedParse.date() != null) {
      // Records written before dateFrom existed do not say where their date came from; if the text
      // does not
      // give it now, it was given.
      merged = merged.toBuilder().date(storedParse.date(), Article.DateFrom.GIVEN).build();
    }
    List<String> aliases = new ArrayList<>(stored.aliases());
    if (!fresh.id().equals(stored.id()) && !aliases.contains(stored.id())) {
      aliases.add(stored.id());
    }
    aliases.remove(fresh.id());
    return Corrections.withCurationOf(merged.withSourcesOf(stored), stored).toBuilder()
        .nearDuplicateOf(stored.nearDuplicateOf())
        .story(stored.story())
        .aliases(aliases)
        .build();
  }

  /** The fields whose values differ, in record order. */
  private static List<ReparseListener.Change> changes(Article a, Article b) {
    List<ReparseListener.Change> out = new ArrayList<>();
    diff(out, "id", a.id(), b.id());
    diff(out, "title", a.title(), b.title());
    diff(out, "headline", a.headline(), b.headline());
    diff(out, "subtitle", a.subtitle(), b.subtitle());
    diff(out, "date", a.date(), b.date());
    if (a.dateFrom() != null) {
      // records written before dateFrom existed do not say; filling it in changes nothing the user
      // sees
      diff(out, "dateFrom", a.dateFrom(), b.dateFrom());
    }
    diff(out, "agencies", a.agencies(), b.agencies());
    diff(out, "outlet", a.outlet(), b.outlet());
    diff(out, "byline", a.byline(), b.byline());
    diff(out, "readingMinutes", a.readingMinutes(), b.readingMinutes());
    diff(out, "words", a.words(), b.words());
    // a record written before languages were told gets one: a change, so that reparse writes it
    diff(out, "language", a.language(), b.language());
    diff(out, "captions", a.captions(), b.captions());
    diff(out, "body", a.body(), b.body());
    return out;
  }

  private static void diff(List<ReparseListener.Change> out, String field, Object a, Object b) {
    if (!Objects.equals(a, b)) {
      out.add(new ReparseListener.Change(field, a, b));
    }
  }
}
