package dev.imgslim.rules.buildkit;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class VarRefsTest {
    private static List<String> names(String word) {
        return VarRefs.scan(word, '\\').stream().map(VarRefs.Ref::name).toList();
    }

    @Test
    void plainAndBracedReferences() {
        assertThat(names("$A/${B}/x$C_D.tgz")).containsExactly("A", "B", "C_D");
    }

    @Test
    void modifierWordsAreScannedToo() {
        assertThat(names("${A:-$B}")).containsExactly("B", "A");
        assertThat(names("${A:+${B:-c}}-d")).containsExactly("B", "A");
        assertThat(names("${A#*/}${B%%.*}${C/x/$D}")).containsExactly("A", "B", "D", "C");
    }

    @Test
    void escapesAndSingleQuotesAreNotExpanded() {
        assertThat(names("\\$A '$B' \"$C\"")).containsExactly("C");
        assertThat(VarRefs.scan("`$A $B", '`').stream().map(VarRefs.Ref::name).toList()).containsExactly("B");
    }

    @Test
    void specialAndPositionalParametersAreLeftOut() {
        assertThat(names("$1 $$ $@ $ ${2} end$")).isEmpty();
    }

    @Test
    void offsetsPointAtTheDollar() {
        VarRefs.Ref r = VarRefs.scan("ab${C}d", '\\').get(0);
        assertThat(r.start()).isEqualTo(2);
        assertThat(r.end()).isEqualTo(6);
        assertThat(r.braced()).isTrue();
    }
}
