package dev.imgslim.rules;

import static org.assertj.core.api.Assertions.assertThat;

import dev.imgslim.syntax.Add;
import dev.imgslim.syntax.Arg;
import dev.imgslim.syntax.Copy;
import dev.imgslim.syntax.From;
import dev.imgslim.syntax.Healthcheck;
import dev.imgslim.syntax.Onbuild;
import dev.imgslim.syntax.Run;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** The per-run index picks exactly the node rules a per-file filter picked, in the engine's order. */
class VisitorIndexTest {
    private final List<Rule> rules = BuiltinRules.all();

    @Test
    void positionsAreTheNodeRulesThatVisitTheClassInRuleOrder() {
        VisitorIndex index = new VisitorIndex(rules);
        for (Class<?> type :
                List.of(Run.class, From.class, Copy.class, Add.class, Arg.class, Healthcheck.class, Onbuild.class)) {
            int[] expected = IntStream.range(0, rules.size())
                    .filter(i ->
                            rules.get(i) instanceof NodeRule<?> r && r.visits().isAssignableFrom(type))
                    .toArray();
            assertThat(index.visiting(type)).as(type.getSimpleName()).containsExactly(expected);
        }
        // RUN and FROM have rules of their own: the index is not one list for every class.
        assertThat(index.visiting(Run.class)).isNotEqualTo(index.visiting(From.class));
    }

    @Test
    void aClassIsWorkedOutOnce() {
        VisitorIndex index = new VisitorIndex(rules);
        assertThat(index.visiting(Run.class)).isSameAs(index.visiting(Run.class));
    }
}
