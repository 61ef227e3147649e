package dev.imgslim.rules.hadolint;

import dev.imgslim.rules.FindingSink;
import dev.imgslim.rules.Node;
import dev.imgslim.rules.NodeRule;
import dev.imgslim.syntax.Expose;
import dev.imgslim.syntax.Word;

/**
 * {@code EXPOSE 80000}: ports are 0 to 65535. Ranges ({@code 8000-8010}) and protocols ({@code /udp}) are
 * understood; variables are expanded, and ports given by unresolved variables are not judged. Anything
 * else Docker's port parser rejects is reported too: numbers of any length, {@code 80-70} (a range that
 * ends before it starts), {@code -1}, {@code 0x50}, {@code abc}, {@code 80/xyz}. Host-port and IP forms
 * ({@code 8080:80}) are left to expose-invalid-format.
 */
public final class PortOutOfRange extends NodeRule<Expose> {
    @Override
    public void visit(Node<Expose> node, FindingSink out) {
        for (Word port : node.value().ports()) {
            String v = Support.expand(node, port.text()).orElse(null);
            if (v == null || v.contains(":")) continue;
            String problem = problem(v);
            if (problem != null) out.report(port.span(), problem);
        }
    }

    private static final java.util.regex.Pattern DIGITS = java.util.regex.Pattern.compile("\\d+");

    /** What is wrong with {@code port[-port][/proto]}, or null when Docker accepts it. */
    static String problem(String spec) {
        int slash = spec.indexOf('/');
        String ports = slash < 0 ? spec : spec.substring(0, slash);
        String proto = slash < 0 ? "" : spec.substring(slash + 1);
        if (!proto.isEmpty()
                && !java.util.Set.of("tcp", "udp", "sctp").contains(proto.toLowerCase(java.util.Locale.ROOT))) {
            return "'" + shown(spec) + "' has an unknown protocol '" + shown(proto) + "' (tcp, udp or sctp)";
        }
        int dash = ports.indexOf('-');
        String first = dash < 0 ? ports : ports.substring(0, dash);
        String last = dash < 0 ? ports : ports.substring(dash + 1);
        if (!DIGITS.matcher(first).matches() || !DIGITS.matcher(last).matches()) {
            return "'" + shown(spec)
                    + "' is not a port: expected a number from 0 to 65535 or a range such as 8000-8010";
        }
        for (String p : dash < 0 ? new String[] {first} : new String[] {first, last}) {
            if (new java.math.BigInteger(p).compareTo(java.math.BigInteger.valueOf(65535)) > 0) {
                return "port " + shown(p) + " is out of range (0-65535)";
            }
        }
        if (Integer.parseInt(last) < Integer.parseInt(first)) {
            return "port range " + ports + " ends before it starts";
        }
        return null;
    }

    /** User text in a message: bounded, so a pasted blob does not flood the report. */
    private static String shown(String s) {
        return s.length() <= 40 ? s : s.substring(0, 37) + "...";
    }
}
