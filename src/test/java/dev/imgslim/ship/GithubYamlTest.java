package dev.imgslim.ship;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * GitHub cannot be reached from here, so action.yml and the CI workflow are checked structurally:
 * the keys GitHub requires, composite steps that GitHub would accept, and no input used but undeclared.
 */
class GithubYamlTest {

    static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());
    static final Pattern INPUT_REF = Pattern.compile("\\binputs\\.([A-Za-z_][A-Za-z0-9_-]*)");
    static final Pattern EXPRESSION = Pattern.compile("\\$\\{\\{(.*?)}}", Pattern.DOTALL);

    static JsonNode read(String path) throws IOException {
        Path file = Proc.basedir().resolve(path);
        assertThat(file).as(path).isRegularFile();
        return YAML.readTree(Files.readString(file));
    }

    @Test
    void actionIsACompositeActionWithDescribedInputs() throws IOException {
        JsonNode action = read("action.yml");
        assertThat(action.path("name").asText()).isNotBlank();
        assertThat(action.path("description").asText()).isNotBlank();

        JsonNode inputs = action.path("inputs");
        assertThat(inputs.isObject()).as("inputs").isTrue();
        assertThat(names(inputs))
                .contains(
                        "dockerfile",
                        "recursive",
                        "config",
                        "format",
                        "failure-threshold",
                        "ignore",
                        "output-file",
                        "size-budget",
                        "no-fail",
                        "upload-sarif");
        for (Iterator<Map.Entry<String, JsonNode>> it = inputs.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> input = it.next();
            assertThat(input.getValue().path("description").asText())
                    .as("description of input " + input.getKey())
                    .isNotBlank();
            JsonNode def = input.getValue().path("default");
            assertThat(def.isMissingNode() || def.isTextual())
                    .as("default of " + input.getKey() + " is a string (GitHub passes strings)")
                    .isTrue();
        }
        for (Iterator<Map.Entry<String, JsonNode>> it = action.path("outputs").fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> output = it.next();
            assertThat(output.getValue().path("value").asText())
                    .as("composite output " + output.getKey() + " needs a value")
                    .isNotBlank();
        }

        JsonNode runs = action.path("runs");
        assertThat(runs.path("using").asText()).isEqualTo("composite");
        JsonNode steps = runs.path("steps");
        assertThat(steps.isArray() && steps.size() > 0).as("runs.steps").isTrue();
        List<String> ids = new ArrayList<>();
        for (JsonNode step : steps) {
            boolean uses = step.hasNonNull("uses");
            boolean run = step.hasNonNull("run");
            assertThat(uses ^ run).as("a step has either uses or run: " + step).isTrue();
            if (run)
                assertThat(step.path("shell").asText())
                        .as("composite run steps need a shell: " + step)
                        .isNotBlank();
            if (step.has("id")) ids.add(step.get("id").asText());
        }
        assertThat(uses(steps))
                .anyMatch(u -> u.startsWith("actions/setup-java@"))
                .anyMatch(u -> u.startsWith("github/codeql-action/upload-sarif@"));

        // every ${{ inputs.X }} and ${{ steps.Y... }} names something that exists
        String text = Files.readString(Proc.basedir().resolve("action.yml"));
        assertThat(referenced(text, INPUT_REF)).as("inputs used in action.yml").isSubsetOf(names(inputs));
        assertThat(referenced(text, Pattern.compile("\\bsteps\\.([A-Za-z_][A-Za-z0-9_-]*)")))
                .as("step ids used")
                .isSubsetOf(ids);

        // the scripts the steps run are in the repository, executable
        Matcher script = Pattern.compile("\\$GITHUB_ACTION_PATH/([\\w./-]+)").matcher(text);
        while (script.find()) {
            assertThat(Files.isExecutable(Proc.basedir().resolve(script.group(1))))
                    .as(script.group(1) + " is executable")
                    .isTrue();
        }
    }

    @Test
    void ciWorkflowBuildsTestsAndLintsItself() throws IOException {
        JsonNode wf = read(".github/workflows/ci.yml");
        assertThat(wf.path("name").asText()).isNotBlank();
        // YAML 1.1 reads a bare `on` as true in some parsers; Jackson keeps keys as text: either way it must be there
        assertThat(wf.has("on") || wf.has("true")).as("workflow `on`").isTrue();
        JsonNode jobs = wf.path("jobs");
        assertThat(jobs.size()).as("jobs").isPositive();
        List<String> allRuns = new ArrayList<>();
        List<String> allUses = new ArrayList<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = jobs.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> job = it.next();
            assertThat(job.getValue().path("runs-on").asText())
                    .as("jobs." + job.getKey() + ".runs-on")
                    .isNotBlank();
            JsonNode steps = job.getValue().path("steps");
            assertThat(steps.isArray() && steps.size() > 0)
                    .as("jobs." + job.getKey() + ".steps")
                    .isTrue();
            for (JsonNode step : steps) {
                assertThat(step.hasNonNull("uses") ^ step.hasNonNull("run"))
                        .as("a step has either uses or run: " + step)
                        .isTrue();
                if (step.hasNonNull("run")) allRuns.add(step.get("run").asText());
                if (step.hasNonNull("uses")) allUses.add(step.get("uses").asText());
                // inputs of this repository's action, used with `uses: ./`, must be declared there
                if ("./".equals(step.path("uses").asText())) {
                    assertThat(names(step.path("with")))
                            .as("with: of the local action")
                            .isSubsetOf(names(read("action.yml").path("inputs")));
                }
            }
        }
        assertThat(allRuns).anyMatch(r -> r.contains("scripts/test-all"));
        // the corpus is fetched before the suite, and the suite then requires it
        int fetch = indexOf(allRuns, "scripts/fetch-corpus"), suite = indexOf(allRuns, "scripts/test-all");
        assertThat(fetch).as("scripts/fetch-corpus runs").isNotNegative().isLessThan(suite);
        assertThat(jobs.path("test").path("env").path("IMGSLIM_REQUIRE_SHARED").asText())
                .isEqualTo("corpus");
        assertThat(allRuns.get(suite)).contains("IMGSLIM_REQUIRE_SHARED");
        assertThat(allUses).contains("./").anyMatch(u -> u.startsWith("actions/checkout@"));
        String text = Files.readString(Proc.basedir().resolve(".github/workflows/ci.yml"));
        assertThat(text).contains("no-fail").contains("upload-sarif").contains("samples");
    }

    static int indexOf(List<String> runs, String command) {
        for (int i = 0; i < runs.size(); i++) if (runs.get(i).contains(command)) return i;
        return -1;
    }

    static List<String> names(JsonNode object) {
        List<String> names = new ArrayList<>();
        object.fieldNames().forEachRemaining(names::add);
        return names;
    }

    static List<String> uses(JsonNode steps) {
        List<String> uses = new ArrayList<>();
        for (JsonNode s : steps)
            if (s.hasNonNull("uses")) uses.add(s.get("uses").asText());
        return uses;
    }

    /** Names matched by {@code ref} inside ${{ }} expressions (and bare `if:` conditions, which are expressions too). */
    static SortedSet<String> referenced(String text, Pattern ref) {
        TreeSet<String> found = new TreeSet<>();
        Matcher e = EXPRESSION.matcher(text);
        while (e.find()) collect(e.group(1), ref, found);
        Matcher ifs = Pattern.compile("(?m)^\\s*if:\\s*(?!\\$\\{\\{)(.+)$").matcher(text);
        while (ifs.find()) collect(ifs.group(1), ref, found);
        return found;
    }

    private static void collect(String expression, Pattern ref, Set<String> into) {
        Matcher m = ref.matcher(expression);
        while (m.find()) into.add(m.group(1));
    }
}
