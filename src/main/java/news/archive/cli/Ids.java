package news.archive.cli;

import java.util.ArrayList;
import java.util.List;
import news.archive.app.Archive;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;

/** Ids typed on the command line, checked before anything is done with them. */
final class Ids {
  private Ids() {}

  /** The id prefix a typed string names; a usage error (exit 2) when it cannot be one. */
  static String prefix(CommandSpec spec, String typed) {
    return Archive.idPrefix(typed)
        .orElseThrow(
            () ->
                new ParameterException(
                    spec.commandLine(),
                    Text.quoted(typed) + " is not an article id: " + Archive.ID_FORM));
  }

  static List<String> prefixes(CommandSpec spec, List<String> typed) {
    List<String> out = new ArrayList<>();
    for (String t : typed) {
      out.add(prefix(spec, t));
    }
    return out;
  }
}
