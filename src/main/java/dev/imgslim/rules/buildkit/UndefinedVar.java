package dev.imgslim.rules.buildkit;

import dev.imgslim.build.Stage;
import dev.imgslim.build.Variables;
import dev.imgslim.rules.FindingSink;
import dev.imgslim.rules.Node;
import dev.imgslim.rules.NodeRule;
import dev.imgslim.rules.StageFacts;
import dev.imgslim.syntax.Add;
import dev.imgslim.syntax.Arg;
import dev.imgslim.syntax.Env;
import dev.imgslim.syntax.FileTransfer;
import dev.imgslim.syntax.Flag;
import dev.imgslim.syntax.Instruction;
import dev.imgslim.syntax.KeyValue;
import dev.imgslim.syntax.Label;
import dev.imgslim.syntax.Stopsignal;
import dev.imgslim.syntax.User;
import dev.imgslim.syntax.Volume;
import dev.imgslim.syntax.Word;
import dev.imgslim.syntax.Workdir;
import java.util.AbstractMap;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * BuildKit's UndefinedVar: a {@code $VAR} that BuildKit expands itself (in COPY, ADD, ENV, LABEL, ARG
 * defaults, WORKDIR, USER, VOLUME, STOPSIGNAL) but that is neither an ARG or ENV of the stage (or of a
 * stage it is built FROM) nor set by the base image; BuildKit substitutes an empty string. Suggests a
 * defined name at edit distance below 3 ("did you mean"), as BuildKit does. As in BuildKit,
 * {@code ${VAR:-default}} counts as a use of VAR, a global ARG must be redeclared in the stage, and
 * automatic platform ARGs ({@code $TARGETARCH}) need an {@code ARG TARGETARCH} in the stage.
 *
 * <p>Deliberately not flagged: RUN, CMD, ENTRYPOINT and HEALTHCHECK (the shell expands those at run time),
 * EXPOSE and ONBUILD (BuildKit does not report there), heredoc bodies, escaped or single-quoted dollars,
 * positional and special parameters ({@code $1}, {@code $$}). Stages whose base image is not known here
 * (a private image, an unresolvable ARG, most vendor images): BuildKit reads the image's ENV when it
 * builds, a linter cannot, so any name may be defined there. Known bases are {@code scratch} and the
 * common official images listed in {@link ImageEnv}.
 */
public final class UndefinedVar extends NodeRule<Instruction> {
    /** ARGs BuildKit uses itself and never puts in the environment. */
    private static final Set<String> NON_ENV = Set.of("BUILDKIT_SBOM_SCAN_CONTEXT", "BUILDKIT_SBOM_SCAN_STAGE");

    @Override
    public void visit(Node<Instruction> node, FindingSink out) {
        Stage s = node.stage();
        if (s == null) return; // global ARGs: FROM checks judge those
        Instruction ins = node.value();
        // get-or-share rather than ctx.shared(ImageEnvs.class, ImageEnvs::new): see LintContext.sharedOrNull
        ImageEnvs envs = node.context().sharedOrNull(ImageEnvs.class);
        if (envs == null) envs = node.context().share(ImageEnvs.class, new ImageEnvs());
        Set<String> imageEnv = envs.of(s.root());
        if (imageEnv == null) return;
        Variables scope = node.variables();
        Set<String> extra = new HashSet<>();
        Set<String> reported = new HashSet<>();
        if (ins instanceof Arg arg) {
            // Each default sees the ARGs declared before it in the same instruction.
            for (Arg.Declaration d : arg.declarations()) {
                if (d.defaultValue().isPresent())
                    check(node, d.defaultValue().get().text(), s, scope, imageEnv, extra, reported, out);
                extra.add(d.name().text());
            }
            return;
        }
        for (Word word : words(ins)) check(node, word.text(), s, scope, imageEnv, extra, reported, out);
    }

    /** The words BuildKit expands with its single-word expander (and reports unmatched names for). */
    static List<Word> words(Instruction ins) {
        List<Word> out = new ArrayList<>();
        if (ins instanceof Env || ins instanceof Label) {
            for (KeyValue kv : ins instanceof Env env ? env.pairs() : ((Label) ins).pairs()) {
                out.add(kv.key());
                out.add(kv.value());
            }
        } else if (ins instanceof FileTransfer) {
            for (Word w : ins.argWords()) if (!w.text().startsWith("<<")) out.add(w);
            for (Flag f : ins.flags()) {
                if (f.value() != null
                        && (f.name().equals("chown")
                                || (ins instanceof Add && f.name().equals("checksum")))) out.add(f.valueWord());
            }
        } else if (ins instanceof Workdir
                || ins instanceof User
                || ins instanceof Stopsignal
                || ins instanceof Volume) {
            out.addAll(ins.argWords());
        }
        return out;
    }

    private static void check(
            Node<Instruction> node,
            String word,
            Stage stage,
            Variables scope,
            Set<String> imageEnv,
            Set<String> extra,
            Set<String> reported,
            FindingSink out) {
        if (word.indexOf('$') < 0) return;
        Defined env = new Defined(stage, scope, imageEnv, extra);
        for (String name : Bk.unmatchedNames(word, env, node.context().file().escape())) {
            if (NON_ENV.contains(name) || !reported.add(name)) continue;
            String hint = Bk.suggest(name, env.keySet())
                    .map(h -> " (did you mean $" + h + "?)")
                    .orElse("");
            out.report(
                    Bk.refSpan(node, node.value().argWords(), name),
                    "Usage of undefined variable '$" + name + "'" + hint);
        }
    }

    /**
     * Every name defined at one point: the image's ENV, the variables at the end of each stage the stage is
     * built FROM (nearer ones win), the scope, and the ARGs declared earlier in the same instruction.
     * A name is looked up through those layers, so a word costs what it references, not the size of the
     * scope (a file of n ENV lines, each used once, would cost n²); the whole map, in the order BuildKit
     * lists names for suggestions, is built only when a name is reported.
     */
    private static final class Defined extends AbstractMap<String, String> {
        private final Stage stage;
        private final Variables scope;
        private final Set<String> imageEnv;
        private final Set<String> extra;
        private Map<String, String> all;

        Defined(Stage stage, Variables scope, Set<String> imageEnv, Set<String> extra) {
            this.stage = stage;
            this.scope = scope;
            this.imageEnv = imageEnv;
            this.extra = extra;
        }

        @Override
        public String get(Object key) {
            if (!(key instanceof String name)) return null;
            if (scope.isDefined(name)) return orEmpty(scope.get(name));
            for (Stage p = stage.parent(); p != null; p = p.parent()) {
                Variables end = p.variablesAtEnd();
                if (end.isDefined(name)) return orEmpty(end.get(name));
            }
            return imageEnv.contains(name) || extra.contains(name) ? "" : null;
        }

        @Override
        public boolean containsKey(Object key) {
            return get(key) != null;
        }

        @Override
        public Set<Entry<String, String>> entrySet() {
            if (all == null) {
                all = new LinkedHashMap<>();
                for (String n : imageEnv) all.put(n, "");
                List<Stage> ancestors = StageFacts.ancestors(stage);
                for (int i = ancestors.size() - 1; i >= 0; i--)
                    UndefinedVar.putAll(all, ancestors.get(i).variablesAtEnd());
                UndefinedVar.putAll(all, scope);
                for (String n : extra) all.putIfAbsent(n, "");
            }
            return all.entrySet();
        }

        private static String orEmpty(String value) {
            return value == null ? "" : value;
        }
    }

    /** Declared names count as defined even without a value (BuildKit drops them from the unmatched ones). */
    private static void putAll(Map<String, String> env, Variables vars) {
        for (String n : vars.names()) env.put(n, vars.get(n) == null ? "" : vars.get(n));
    }

    /** The reference without its tag and digest. */
    static String repository(String ref) {
        String r = ref;
        int at = r.indexOf('@');
        if (at >= 0) r = r.substring(0, at);
        int colon = r.lastIndexOf(':');
        return colon > r.lastIndexOf('/') ? r.substring(0, colon) : r;
    }

    /**
     * The image ENV of each root stage, worked out once per file: this rule visits every instruction, and
     * reading the base's library name for each was ~1.2 % of a 10,000-file lint's CPU. Null (unknown image)
     * is kept too.
     */
    private static final class ImageEnvs {
        private final Map<Stage, Set<String>> byRoot = new IdentityHashMap<>();

        Set<String> of(Stage root) {
            if (byRoot.containsKey(root)) return byRoot.get(root);
            Set<String> env = imageEnv(root);
            byRoot.put(root, env);
            return env;
        }
    }

    /** ENV names of the image the stage finally starts from; null when unknown. */
    private static Set<String> imageEnv(Stage root) {
        if (root.isScratch()) return ImageEnv.of("scratch").orElse(null);
        if (!root.baseExpansion().complete() && repository(root.baseText()).contains("$")) return null;
        // A variable only in the tag (golang:${GO_VERSION}) leaves the image family known.
        return ImageEnv.of(root.baseExpansion().value()).orElse(null);
    }
}
