package dev.imgslim.rules.buildkit;

import dev.imgslim.rules.FindingSink;

/**
 * BuildKit's ExposeProtoCasing: the protocol of an EXPOSE port ({@code 80/TCP}) should be lower case.
 * BuildKit lower-cases it anyway; other tools reading the Dockerfile may not.
 *
 * <p>Deliberately not flagged: ports whose variables are not known here.
 */
public final class ExposeProtoCasing extends ExposePortRule {
    @Override
    void check(ExposePorts.Port p, String[] parts, FindingSink out) {
        int slash = parts[2].indexOf('/');
        if (slash < 0 || Bk.isLower(parts[2].substring(slash + 1))) return;
        out.report(p.word().span(), "Defined protocol '" + p.value() + "' in EXPOSE instruction should be lowercase");
    }
}
