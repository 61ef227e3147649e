package dev.imgslim.cli;

import dev.imgslim.rules.BuiltinRules;
import dev.imgslim.rules.Rule;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code imgslim explain RULE}: prints the rule's page. */
@Command(
        name = "explain",
        mixinStandardHelpOptions = true,
        description = "Print a rule's page: why it matters, bad and good examples, what it saves.")
final class ExplainCommand implements Callable<Integer> {
    @Parameters(paramLabel = "RULE", description = "Rule code, name or alias (IS302, apt-lists-not-removed, DL3009)")
    String id;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        // ShellCheck's codes (SC2086) are findings of the one shellcheck rule, whose page covers them.
        Rule rule = BuiltinRules.find(id.matches("(?i)SC\\d{4}") ? "shellcheck" : id)
                .orElseThrow(() -> new UserInputException("imgslim: no rule named '" + id + "' (see 'imgslim rules')"));
        String page = RulePages.read(rule.meta())
                .orElse(rule.meta().name() + ": " + rule.meta().summary() + "\n");
        spec.commandLine().getOut().print(page);
        spec.commandLine().getOut().flush();
        return ExitCodes.OK;
    }
}
