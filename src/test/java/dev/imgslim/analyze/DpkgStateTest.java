package dev.imgslim.analyze;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** dpkg status and apt extended_states as Debian writes them, and the Depends closure drawn from them. */
class DpkgStateTest {
    static final String STATUS = """
            Package: curl
            Status: install ok installed
            Architecture: amd64
            Depends: libc6 (>= 2.34), libcurl4 (= 7.88.1-10+deb12u8), zlib1g (>= 1:1.1.4)
            Recommends: ca-certificates

            Package: libcurl4
            Status: install ok installed
            Architecture: amd64
            Multi-Arch: same
            Depends: libc6 (>= 2.34), libssl3 (>= 3.0.0) | libssl1.1,
             mail-transport-agent | default-mta
            Recommends: ca-certificates, libldap-common

            Package: libc6
            Status: install ok installed
            Architecture: amd64

            Package: zlib1g
            Status: install ok installed
            Architecture: amd64

            Package: libssl3
            Status: install ok installed
            Architecture: amd64

            Package: exim4-daemon-light
            Status: install ok installed
            Architecture: amd64
            Provides: mail-transport-agent

            Package: ca-certificates
            Status: install ok installed
            Architecture: all
            Depends: openssl (>= 1.1.1)

            Package: openssl
            Status: install ok installed
            Architecture: amd64
            Depends: libc6 (>= 2.34), libssl3 (>= 3.0.9)

            Package: libldap-common
            Status: deinstall ok config-files
            Architecture: all
            """;

    @Test
    void installedPackagesWithTheirHardRelations() {
        DpkgState s = DpkgState.parseStatus(STATUS);
        assertThat(s.installed()).doesNotContainKey("libldap-common").hasSize(8);
        assertThat(s.installed().get("libcurl4").depends())
                .containsExactly(
                        List.of("libc6"),
                        List.of("libssl3", "libssl1.1"),
                        List.of("mail-transport-agent", "default-mta"));
        assertThat(DpkgState.relations("python3:any (>= 3.11~), foo [amd64] <!nocheck> | bar"))
                .containsExactly(List.of("python3"), List.of("foo", "bar"));
    }

    @Test
    void recommendsAndWhatOnlyTheyPullInAreOutsideTheDependsClosure() {
        DpkgState s = DpkgState.parseStatus(STATUS);
        Set<String> needed = s.hardClosure(Set.of("curl"), Set.of("libc6", "zlib1g"));
        assertThat(needed)
                .containsExactlyInAnyOrder("curl", "libcurl4", "libc6", "zlib1g", "libssl3", "exim4-daemon-light")
                .doesNotContain("ca-certificates", "openssl");
    }

    @Test
    void autoInstalledMarksFromExtendedStates() {
        String states = """
                Package: libcurl4
                Architecture: amd64
                Auto-Installed: 1

                Package: curl
                Architecture: amd64
                Auto-Installed: 0
                """;
        assertThat(DpkgState.parseAutoInstalled(states)).containsExactly("libcurl4");
        assertThat(DpkgState.keeps("var/lib/dpkg/info/libssl3:amd64.list")).isTrue();
        assertThat(DpkgState.keeps("var/lib/dpkg/info/libssl3:amd64.md5sums")).isFalse();
        assertThat(DpkgState.keeps("var/lib/dpkg/status-old")).isFalse();
    }
}
