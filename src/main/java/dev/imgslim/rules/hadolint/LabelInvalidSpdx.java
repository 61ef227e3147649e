package dev.imgslim.rules.hadolint;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * An {@code spdx} label whose value is not an SPDX license expression: identifiers joined by {@code AND},
 * {@code OR} and {@code WITH}, with parentheses and a {@code +} suffix; {@code LicenseRef-...} is accepted.
 * Identifiers are checked against a built-in list of the common SPDX identifiers; a rarer valid identifier
 * outside that list is reported too (known limit). Quiet when the configured {@code label-schema} has no
 * label of type {@code spdx}; empty values and values with unresolved variables are not judged.
 */
public final class LabelInvalidSpdx extends TypedLabel {
    public LabelInvalidSpdx() {
        super("spdx", "an SPDX license expression such as Apache-2.0 or (MIT OR Apache-2.0)");
    }

    static final Set<String> IDS = Set.of(
            "0BSD",
            "AFL-3.0",
            "AGPL-3.0",
            "AGPL-3.0-only",
            "AGPL-3.0-or-later",
            "Apache-1.1",
            "Apache-2.0",
            "APSL-2.0",
            "Artistic-1.0",
            "Artistic-2.0",
            "BlueOak-1.0.0",
            "BSD-1-Clause",
            "BSD-2-Clause",
            "BSD-2-Clause-Patent",
            "BSD-3-Clause",
            "BSD-3-Clause-Clear",
            "BSD-4-Clause",
            "BSL-1.0",
            "BUSL-1.1",
            "CC-BY-3.0",
            "CC-BY-4.0",
            "CC-BY-SA-3.0",
            "CC-BY-SA-4.0",
            "CC-BY-NC-4.0",
            "CC-BY-NC-SA-4.0",
            "CC-BY-ND-4.0",
            "CC0-1.0",
            "CDDL-1.0",
            "CDDL-1.1",
            "CECILL-2.1",
            "CPL-1.0",
            "ECL-2.0",
            "EFL-2.0",
            "EPL-1.0",
            "EPL-2.0",
            "EUPL-1.1",
            "EUPL-1.2",
            "FTL",
            "GFDL-1.3",
            "GFDL-1.3-only",
            "GFDL-1.3-or-later",
            "GPL-1.0",
            "GPL-2.0",
            "GPL-2.0-only",
            "GPL-2.0-or-later",
            "GPL-3.0",
            "GPL-3.0-only",
            "GPL-3.0-or-later",
            "HPND",
            "ICU",
            "IJG",
            "ISC",
            "LGPL-2.0",
            "LGPL-2.0-only",
            "LGPL-2.0-or-later",
            "LGPL-2.1",
            "LGPL-2.1-only",
            "LGPL-2.1-or-later",
            "LGPL-3.0",
            "LGPL-3.0-only",
            "LGPL-3.0-or-later",
            "Libpng",
            "libtiff",
            "LPL-1.02",
            "LPPL-1.3c",
            "MIT",
            "MIT-0",
            "MIT-CMU",
            "MPL-1.1",
            "MPL-2.0",
            "MPL-2.0-no-copyleft-exception",
            "MS-PL",
            "MS-RL",
            "NCSA",
            "ODbL-1.0",
            "OFL-1.1",
            "OpenSSL",
            "OSL-3.0",
            "PHP-3.01",
            "PostgreSQL",
            "PSF-2.0",
            "Python-2.0",
            "Ruby",
            "SSPL-1.0",
            "UPL-1.0",
            "Unicode-DFS-2016",
            "Unicode-3.0",
            "Unlicense",
            "Vim",
            "W3C",
            "WTFPL",
            "X11",
            "Zlib",
            "ZPL-2.1",
            "curl",
            "NONE",
            "NOASSERTION",
            "Elastic-2.0",
            "Apache-2.0-with-LLVM-exception",
            "LLVM-exception",
            "Classpath-exception-2.0",
            "GCC-exception-3.1",
            "OpenJDK-assembly-exception-1.0",
            "Autoconf-exception-3.0",
            "Bison-exception-2.2");

    @Override
    boolean isValid(String v) {
        List<String> tokens = new ArrayList<>();
        for (String t : v.replace("(", " ( ").replace(")", " ) ").trim().split("\\s+")) tokens.add(t);
        int[] pos = {0};
        return expression(tokens, pos) && pos[0] == tokens.size();
    }

    /** expr := term ((AND|OR) term)* ; term := '(' expr ')' | id ['+'] [WITH id] */
    private static boolean expression(List<String> t, int[] pos) {
        if (!term(t, pos)) return false;
        while (pos[0] < t.size()
                && (t.get(pos[0]).equals("AND") || t.get(pos[0]).equals("OR"))) {
            pos[0]++;
            if (!term(t, pos)) return false;
        }
        return true;
    }

    private static boolean term(List<String> t, int[] pos) {
        if (pos[0] >= t.size()) return false;
        String tok = t.get(pos[0]);
        if (tok.equals("(")) {
            pos[0]++;
            if (!expression(t, pos) || pos[0] >= t.size() || !t.get(pos[0]).equals(")")) return false;
            pos[0]++;
            return true;
        }
        if (!id(tok)) return false;
        pos[0]++;
        if (pos[0] < t.size() && t.get(pos[0]).equals("WITH")) {
            pos[0]++;
            if (pos[0] >= t.size() || !id(t.get(pos[0]))) return false;
            pos[0]++;
        }
        return true;
    }

    private static boolean id(String tok) {
        String id = tok.endsWith("+") ? tok.substring(0, tok.length() - 1) : tok;
        if (id.matches("(DocumentRef-[A-Za-z0-9.-]+:)?LicenseRef-[A-Za-z0-9.-]+")) return true;
        for (String known : IDS) if (known.equalsIgnoreCase(id)) return true;
        return false;
    }
}
