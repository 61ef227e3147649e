package dev.imgslim.cli;

import dev.imgslim.config.Severity;

/** One {@code --severity RULE=LEVEL}. */
record RuleSeverity(String rule, Severity severity) {}
