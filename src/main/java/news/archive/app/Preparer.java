package news.archive.app;

import java.io.IOException;
import java.time.Clock;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import news.archive.Article;
import news.archive.engine.Lookup;
import news.archive.ingest.InputException;
import news.archive.ingest.Inputs;
import news.archive.io.Problems;
import news.archive.parse.ParseException;
import news.archive.parse.ParsedArticle;
import news.archive.stories.NearDuplicates;
import news.archive.stories.StoryVector;

/**
 * Stage one of an import, on worker threads: an input read, hashed, and parsed unless its exact
 * bytes are stored already. It holds nothing of its own, only what it reads with, so it is safe to
 * use from several threads at once.
 *
 * @param epoch raised at each refresh of the index writer's view: a lookup of another epoch is
 *     stale
 */
record Preparer(
    ImportRequest request,
    Importer.Stdin stdin,
    Importer.Parser parser,
    Clock clock,
    Lookup lookup,
    AtomicInteger epoch) {

  /** Reads, hashes, and parses unless the exact bytes are stored already. */
  Prepared prepare(Inputs.Input input) throws IOException {
    if (input.problem() != null) {
      return new Prepared.Failed(input, input.problem());
    }
    byte[] bytes;
    if (input.isStdin()) {
      if (stdin.problem() != null) {
        return new Prepared.Failed(input, stdin.problem());
      }
      bytes = stdin.bytes();
    } else {
      try {
        bytes = Inputs.read(input, request.maxBytes());
      } catch (InputException e) {
        return new Prepared.Failed(input, e.getMessage());
      } catch (IOException e) {
        return new Prepared.Failed(input, Problems.describe(e));
      }
    }
    String where = input.isStdin() ? null : input.file().toAbsolutePath().normalize().toString();
    String shown =
        input.isStdin() && request.stdinName() != null ? request.stdinName() : input.shown();
    Article.Source source = Article.Source.of(shown, where, bytes);
    int seenIn = epoch.get();
    Optional<Lookup.Known> known = lookup.bySha256(source.sha256());
    if (known.isPresent()) {
      // Most likely unchanged: judged without parsing, but the bytes are kept in case.
      return new Prepared.Known(input, source, bytes, seenIn, known.get());
    }
    return parse(input, source, bytes, seenIn);
  }

  /** Parses bytes that were read: the article they hold, or why they hold none. */
  Prepared parse(Inputs.Input input, Article.Source source, byte[] bytes, int epoch) {
    try {
      // the time it is stored is given when it is judged, in input order
      ParsedArticle parsed = parser.parse(bytes, source, clock.instant());
      // the body's signature and vector here, on a worker, not on the thread that judges in order
      Article a = parsed.article();
      NearDuplicates.Signature signature = NearDuplicates.signature(a.body());
      StoryVector vector = StoryVector.of(a.title(), a.body());
      return new Prepared.Parsed(input, source, bytes, epoch, parsed, signature, vector);
    } catch (ParseException e) {
      return new Prepared.Failed(input, e.getMessage());
    }
  }
}
