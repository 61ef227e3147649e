package dev.imgslim.rules.buildkit;

import dev.imgslim.rules.FindingSink;

/**
 * BuildKit's ExposeInvalidFormat: an EXPOSE port with an IP address or a host port
 * ({@code 127.0.0.1:80:80}, {@code 8080:80}). EXPOSE only documents container ports; publishing is
 * {@code docker run -p}'s job, and BuildKit says this will become an error.
 *
 * <p>Deliberately not flagged: port ranges ({@code 8000-8010}) and ports whose variables are not known here.
 */
public final class ExposeInvalidFormat extends ExposePortRule {
    @Override
    void check(ExposePorts.Port p, String[] parts, FindingSink out) {
        if (parts[0].isEmpty() && parts[1].isEmpty()) return;
        out.report(
                p.word().span(),
                "EXPOSE instruction should not define an IP address or host-port mapping, found '" + p.value() + "'");
    }
}
