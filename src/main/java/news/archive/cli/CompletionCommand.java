package news.archive.cli;

import picocli.AutoComplete;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code archive completion bash|zsh}: the shell completion script. */
@Command(
    name = "completion",
    header = "Print the shell completion script for bash or zsh.",
    mixinStandardHelpOptions = true,
    description = {
      "Print a script that completes archive's commands and options in bash or zsh:",
      "  source <(archive completion bash)          # this shell",
      "  archive completion bash > ~/.local/share/bash-completion/completions/archive",
      "  archive completion zsh > \"$${fpath[1]}/_archive\"   # zsh, through bashcompinit"
    })
@MissingArguments("give the shell to complete for: bash or zsh")
final class CompletionCommand extends BaseCommand {

  enum Shell {
    bash,
    zsh
  }

  @Parameters(paramLabel = "SHELL", description = "bash or zsh.")
  Shell shell;

  @Override
  public Integer call() {
    // every command, whatever this process built to start fast
    CommandLine all = ArchiveCommand.newCommandLine(env());
    // the same script serves both: it loads zsh's bash compatibility when run by zsh
    out().print(AutoComplete.bash("archive", all));
    return ExitCode.OK.code();
  }
}
