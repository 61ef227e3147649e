package dev.imgslim.cli;

import dev.imgslim.rules.BuiltinRules;
import dev.imgslim.rules.Rule;
import java.util.concurrent.Callable;
import picocli.CommandLine.Model.CommandSpec;

/** {@code imgslim explain RULE}: prints the rule's page. */
final class ExplainCommand implements Callable<Integer> {
    private final Declare command = Declare.command(
            this, "explain", "Print a rule's page: why it matters, bad and good examples, what it saves.");
    private final Opt<String> ruleName = command.positional(
            String.class, "1", "RULE", "Rule code, name or alias (IS302, apt-lists-not-removed, DL3009)");
    private final CommandSpec spec = command.spec;

    CommandSpec spec() {
        return spec;
    }

    @Override
    public Integer call() {
        String id = ruleName.get();
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
