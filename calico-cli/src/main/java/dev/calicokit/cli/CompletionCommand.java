package dev.calicokit.cli;

import java.util.concurrent.Callable;
import picocli.AutoComplete;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code calico completion bash|zsh}: the shell completion script of every command and option, made
 * by picocli's AutoComplete. Its script serves zsh too, through zsh's bash completion support, which
 * the script turns on itself.
 */
@Command(
    name = "completion",
    header = "Prints the shell completion script for bash or zsh.",
    description = {
      "Prints the shell completion script for bash or zsh. Load it in the current shell with",
      "source <(calico completion bash), or save it in the shell's completion folder."
    })
final class CompletionCommand implements Callable<Integer> {
  /** The shells the script serves. */
  enum Shell { BASH, ZSH }

  @Spec
  CommandSpec spec;

  @picocli.CommandLine.Option(names = {"-h", "--help"}, usageHelp = true, description = "Show this help message and exit.")
  boolean help;

  @Parameters(paramLabel = "SHELL", description = "bash or zsh.")
  Shell shell;

  @Override
  public Integer call() {
    spec.commandLine().getOut().print(AutoComplete.bash("calico", spec.parent().commandLine()));
    return CalicoCli.OK;
  }
}
