package dev.imgslim.rules;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Every further sample of a rule ({@code samples/<name>/*.Dockerfile} besides bad and good): cases that
 * need a file of their own (another final stage, another layout), each firing exactly where marked.
 */
class MoreRuleSamplesTest {

    @TestFactory
    Stream<DynamicTest> furtherSamplesFireExactlyWhereMarked() throws Exception {
        List<DynamicTest> tests = new ArrayList<>();
        for (Rule rule : BuiltinRules.all()) {
            Path dir = MarkedSample.samples().resolve(rule.meta().name());
            if (!Files.isDirectory(dir)) continue;
            try (Stream<Path> files = Files.list(dir)) {
                for (Path f : files.sorted().toList()) {
                    String n = f.getFileName().toString();
                    if (!n.endsWith(".Dockerfile") || n.equals("bad.Dockerfile") || n.equals("good.Dockerfile"))
                        continue;
                    tests.add(DynamicTest.dynamicTest(rule.meta().name() + " " + n, () -> MarkedSample.load(f)
                            .verify(List.of(rule))));
                }
            }
        }
        return tests.stream();
    }
}
