package news.archive.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.util.Optional;
import java.util.concurrent.Callable;
import news.archive.Archive;
import news.archive.search.ArticleIndex;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** What every subcommand shares: the root's options, the streams, the archive. */
abstract class BaseCommand implements Callable<Integer> {

  @ParentCommand ArchiveCommand root;

  @Spec CommandSpec spec;

  PrintWriter out() {
    return spec.commandLine().getOut();
  }

  PrintWriter err() {
    return spec.commandLine().getErr();
  }

  Environment env() {
    return root.env;
  }

  /** A one-line note on stderr. */
  void note(String message) {
    err().println("archive: " + message);
  }

  Archive archive() {
    return new Archive(env().store(root.store), this::note);
  }

  /** The search index, in step with the files: the one opened ahead if there is one. */
  ArticleIndex.Searcher searcher() throws IOException {
    if (env().earlyIndex() != null) {
      Optional<ArticleIndex.Searcher> early = env().earlyIndex().take(env().store(root.store));
      if (early.isPresent()) {
        return early.get();
      }
    }
    return archive().searcher();
  }
}
