package dev.imgslim.rules.size;

import dev.imgslim.rules.FindingSink;
import dev.imgslim.rules.FolderNames;
import dev.imgslim.rules.LintContext;
import dev.imgslim.rules.Node;
import dev.imgslim.rules.NodeRule;
import dev.imgslim.rules.Reach;
import dev.imgslim.rules.RunView;
import dev.imgslim.script.ShellCommand;
import dev.imgslim.syntax.FileTransfer;
import dev.imgslim.syntax.Instruction;
import dev.imgslim.syntax.Mount;
import dev.imgslim.syntax.Run;
import dev.imgslim.syntax.Span;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Model weights baked into a shipped stage: COPY/ADD of weight files ({@code *.safetensors},
 * {@code *.pt}, {@code *.pth}, {@code *.onnx}, {@code *.gguf}, {@code *.ckpt}, model-named
 * {@code *.bin}) or of model caches ({@code checkpoints/}, {@code hf_cache}, {@code .cache/huggingface}),
 * and RUNs that download weights at build time ({@code huggingface-cli download}, {@code hf download},
 * {@code git lfs pull}, {@code snapshot_download}, {@code wget/curl} of a weight file, {@code ollama pull}).
 *
 * <p>Deliberately not flagged: builder stages; plain {@code *.bin} files without a model-like name
 * (firmware, generic binaries); a {@code models/} or {@code weights/} folder unless the build context
 * shows weight files in it (often it is source code: ORM models); downloads into a cache or tmpfs mount.
 */
public final class ModelWeightsInImage extends NodeRule<Instruction> implements Reach.ShippingOnly {
    static final Set<String> WEIGHT_EXT = Set.of("safetensors", "pt", "pth", "onnx", "gguf", "ckpt", "h5", "tflite");
    static final Pattern MODEL_BIN = Pattern.compile("(?i).*(model|weights|ggml|adapter|checkpoint|ckpt).*\\.bin");
    /** A copied folder that is a model cache or checkpoint folder: the last component(s) of the source or destination. */
    static final Pattern CACHE_PATH = Pattern.compile(
            "(?i)(^|.*/)(checkpoints?|hf_cache|hf-cache|\\.cache/huggingface(/hub)?|huggingface/hub)/?");

    static final Pattern MODEL_DIR = Pattern.compile("(?i)(^|.*/)(models?|weights)/?");

    /** The names {@link #CACHE_PATH} and {@link #MODEL_DIR} can end with (a trailing slash aside). */
    private static final List<String> CACHE_TAILS =
            List.of("checkpoint", "checkpoints", "hf_cache", "hf-cache", "huggingface", "hub");

    private static final List<String> MODEL_TAILS = List.of("model", "models", "weights");

    /**
     * {@code pattern} matches {@code path}: tried only when the path ends with one of its names. The patterns'
     * {@code .*} tried a match at every slash of every COPY source (0.7 % of a 10,000-file lint's CPU).
     */
    private static boolean matches(Pattern pattern, List<String> tails, String path) {
        int end = path.endsWith("/") ? path.length() - 1 : path.length();
        for (String tail : tails) {
            if (end >= tail.length() && path.regionMatches(true, end - tail.length(), tail, 0, tail.length()))
                return pattern.matcher(path).matches();
        }
        return false;
    }

    @Override
    public void visit(Node<Instruction> node, FindingSink out) {
        Instruction ins = node.value();
        if (ins instanceof FileTransfer) checkCopy(node.context(), ins, out);
        else if (ins instanceof Run) checkRun(node.run(), out);
    }

    private static void checkCopy(LintContext ctx, Instruction ins, FindingSink out) {
        List<String> a = ins.args();
        for (String src : a.subList(0, Math.max(0, a.size() - 1))) {
            if (src.startsWith("<<")) continue;
            String why = weightSource(ctx, ins, src);
            if (why == null) continue;
            out.report(
                    span(ins, src),
                    ins.command() + " puts " + why + " (" + src + ") into the image: every pull and every"
                            + " rebuild of this layer moves them; mount them at runtime (volume, model cache) or ship them as a separate"
                            + " image or artifact");
            return;
        }
    }

    static String weightSource(LintContext ctx, Instruction ins, String src) {
        String clean = src.endsWith("/") && src.length() > 1 ? src.substring(0, src.length() - 1) : src;
        String base = Layers.baseName(clean);
        String ext = Additions.extension(base);
        if (WEIGHT_EXT.contains(ext) && !ext.equals("h5") && !ext.equals("tflite")) return "model weight files";
        if ((ext.equals("h5") || ext.equals("tflite"))
                && MODEL_BIN.matcher(base.replace("." + ext, ".bin")).matches()) return "model weight files";
        if (ext.equals("bin") && MODEL_BIN.matcher(base).matches()) return "model weight files";
        if (matches(CACHE_PATH, CACHE_TAILS, clean)) return "a model checkpoint/cache folder";
        List<String> a = ins.args();
        String dest = a.get(a.size() - 1);
        if (matches(
                        CACHE_PATH,
                        CACHE_TAILS,
                        dest.endsWith("/") && dest.length() > 1 ? dest.substring(0, dest.length() - 1) : dest)
                && !ext.equals("sh")
                && !ext.equals("py")) return "files into a model cache folder (" + dest + ")";
        if (matches(MODEL_DIR, MODEL_TAILS, clean) && ins.flag("from") == null && contextHasWeights(ctx, clean))
            return "a folder of model weights";
        return null;
    }

    private static boolean contextHasWeights(LintContext ctx, String src) {
        Path p = FolderNames.inContext(ctx, src);
        if (p == null || !Files.isDirectory(p)) return false;
        try (Stream<Path> walk = Files.walk(p, 4)) {
            return walk.anyMatch(f -> {
                String n = f.getFileName().toString();
                String e = Additions.extension(n);
                return WEIGHT_EXT.contains(e)
                        || (e.equals("bin") && MODEL_BIN.matcher(n).matches());
            });
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }

    private static void checkRun(RunView run, FindingSink out) {
        if (!run.isShell()) {
            // A python heredoc that calls snapshot_download(...) still downloads at build time.
            for (var doc : run.instruction().heredocs()) {
                if (callsHubDownload(doc.content()) && !cached(run)) {
                    out.report(
                            run.instruction().keywordSpan(),
                            "this RUN downloads model weights at build time"
                                    + " (snapshot_download/from_pretrained): they become part of the image; download them at runtime into a"
                                    + " mounted volume or ship them separately");
                    return;
                }
            }
            return;
        }
        if (cached(run)) return;
        for (ShellCommand c : run.commands()) {
            String what = download(c);
            if (what == null) continue;
            out.report(
                    run.span(c),
                    "'" + what + "' downloads model weights at build time: they become part of the image and"
                            + " of every pull; download them at runtime into a mounted volume or model cache, or ship them as a separate"
                            + " image or artifact");
            return;
        }
    }

    static String download(ShellCommand c) {
        String sub = c.subcommand();
        if ((c.is("huggingface-cli") || c.is("hf")) && "download".equals(sub)) {
            String type = Layers.option(c, List.of(), List.of("--repo-type"));
            return "dataset".equals(type) ? null : c.name() + " download";
        }
        if (c.is("git")
                && c.args().size() >= 2
                && c.args().contains("lfs")
                && (c.args().contains("pull") || c.args().contains("fetch"))) return "git lfs pull";
        if (c.is("ollama") && "pull".equals(sub)) return "ollama pull";
        if (c.is("wget") || c.is("curl")) {
            for (String a : c.nonOptions()) {
                if (!Additions.isUrl(a)) continue;
                String base = Layers.baseName(a);
                String ext = Additions.extension(base);
                if (WEIGHT_EXT.contains(ext) && !ext.equals("h5") && !ext.equals("tflite"))
                    return c.name() + " " + base;
                if (ext.equals("bin") && MODEL_BIN.matcher(base).matches()) return c.name() + " " + base;
            }
        }
        if (c.name().startsWith("python")) {
            for (String a : c.args()) if (callsHubDownload(a)) return c.name() + " -c ...snapshot_download";
        }
        return null;
    }

    static boolean callsHubDownload(String text) {
        boolean calls = text.contains("snapshot_download(")
                || text.contains("hf_hub_download(")
                || text.contains(".from_pretrained(");
        return calls && !DATASET.matcher(text).find();
    }

    /** A hub download of a dataset (simulation assets, corpora): not model weights, not this rule's business. */
    static final Pattern DATASET = Pattern.compile("repo_type\\s*=\\s*['\"]dataset['\"]");

    /** True when a cache or tmpfs mount targets a model cache, so downloads there stay out of the layer. */
    private static boolean cached(RunView run) {
        for (Mount m : run.mounts()) {
            if (!m.type().equals("cache") && !m.type().equals("tmpfs")) continue;
            String t = m.target() == null ? "" : m.target().toLowerCase(Locale.ROOT);
            if (t.contains("huggingface")
                    || t.contains("model")
                    || t.endsWith("/.cache")
                    || t.contains("ollama")
                    || t.contains("hf")) return true;
        }
        return false;
    }

    private static Span span(Instruction ins, String source) {
        return Layers.sourceSpan(ins, source);
    }
}
