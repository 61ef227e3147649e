package dev.imgslim.syntax;

import java.util.List;
import java.util.Optional;

/** {@code RUN}: a shell-form script (with its heredocs) or an exec-form argv, and its mounts. */
public final class Run extends Instruction {
    Run(Parts p) {
        super(p);
    }

    /** True for the exec form {@code RUN ["prog", "arg"]}. */
    public boolean isExec() {
        return isJson();
    }

    /** The shell-form script text as one word (empty for the exec form or an empty RUN). */
    public Optional<Word> script() {
        return isJson() ? Optional.empty() : firstWord();
    }

    /** The exec-form argv (empty for the shell form). */
    public List<Word> execArgs() {
        return isJson() ? argWords() : List.of();
    }

    /** The {@code --mount} values, parsed. */
    public List<Mount> mounts() {
        return flags("mount").stream()
                .filter(f -> f.value() != null)
                .map(f -> Mount.parse(f.value()))
                .toList();
    }
}
