package dev.imgslim.script;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Package-manager commands read once: verb, options with values, packages with versions and offsets. */
class PackageOperationTest {

    private static List<PackageOperation> ops(String script) {
        return ShellScript.parse(script).commands().stream()
                .flatMap(c -> c.packageOperation().stream())
                .toList();
    }

    private static PackageOperation op(String script) {
        return ops(script).get(0);
    }

    @Test
    void aptOptionValuesAreNeitherVerbNorPackage() {
        List<PackageOperation> all =
                ops("apt-get -o Acquire::Retries=3 update && apt-get -o Acquire::Retries=3 install -y gcc");
        assertThat(all).extracting(PackageOperation::verb).containsExactly("update", "install");
        PackageOperation install = all.get(1);
        assertThat(install.isInstall()).isTrue();
        assertThat(install.optionValues("-o")).containsExactly("Acquire::Retries=3");
        assertThat(install.hasOption("-y")).isTrue();
        assertThat(install.hasOption("--no-install-recommends")).isFalse();
        assertThat(install.packageNames()).containsExactly("gcc");
        assertThat(install.command().subcommand()).isEqualTo("install");
    }

    @Test
    void versionsAndPositionsPerManager() {
        PackageOperation apt = op("apt-get install -yq --no-install-recommends curl=7.88.1-10 libc6:amd64");
        assertThat(apt.hasOption("-y", "--yes")).isTrue();
        assertThat(apt.hasOption("--no-install-recommends")).isTrue();
        assertThat(apt.packages()).extracting(PackageOperation.PackageRef::name).containsExactly("curl", "libc6");
        assertThat(apt.packages().get(0).version()).isEqualTo("7.88.1-10");
        assertThat(apt.packages().get(1).isPinned()).isFalse();
        assertThat(apt.packages().get(0).word().start()).isEqualTo(44);

        PackageOperation apk = op("apk add --no-cache --virtual .build-deps gcc musl-dev=1.2.4-r2");
        assertThat(apk.option("--virtual")).contains(".build-deps");
        assertThat(apk.packageNames()).containsExactly("gcc", "musl-dev");
        assertThat(apk.packages().get(1).version()).isEqualTo("1.2.4-r2");

        PackageOperation pip =
                op("python3 -m pip install --no-cache-dir -r requirements.txt 'flask[async]==3.0.0' requests");
        assertThat(pip.manager()).isEqualTo(PackageManager.PIP);
        assertThat(pip.option("-r")).contains("requirements.txt");
        assertThat(pip.hasOption("--no-cache-dir")).isTrue();
        assertThat(pip.packages()).extracting(PackageOperation.PackageRef::name).containsExactly("flask", "requests");
        assertThat(pip.packages().get(0).version()).isEqualTo("==3.0.0");

        assertThat(op("dnf -y --setopt=tsflags=nodocs install httpd-2.4.6")
                        .packages()
                        .get(0)
                        .version())
                .isEqualTo("2.4.6");
        assertThat(op("dnf module install -y nodejs:18").verb()).isEqualTo("module install");
        assertThat(op("uv pip install --system ruff==0.5").verb()).isEqualTo("pip install");
        assertThat(op("npm install -g @angular/cli@17.0.1 typescript").packages())
                .extracting(p -> p.name() + "@" + p.version())
                .containsExactly("@angular/cli@17.0.1", "typescript@null");
        assertThat(op("go install golang.org/x/tools/gopls@v0.15.0")
                        .packages()
                        .get(0)
                        .version())
                .isEqualTo("v0.15.0");
        assertThat(op("conda install -c conda-forge -y numpy=1.26")
                        .packages()
                        .get(0)
                        .version())
                .isEqualTo("1.26");
        assertThat(op("zypper --non-interactive in -t pattern devel_basis").packages())
                .extracting(PackageOperation.PackageRef::name)
                .containsExactly("devel_basis");
        assertThat(op("gem install bundler -v 2.5.6").option("-v")).contains("2.5.6");
        assertThat(op("cargo install --locked ripgrep").isInstall()).isTrue();
        assertThat(op("apt-get purge -y --auto-remove gcc").isRemove()).isTrue();
    }

    @Test
    void aTypeOptionWithoutValueIsNoGroup() {
        // regression: `zypper in -t` with nothing after it threw from the group-type lookup
        assertThat(op("zypper install -t").packages()).isEmpty();
        assertThat(op("zypper in --type").isInstall()).isTrue();
        assertThat(op("zypper in -t pattern devel_basis").packages())
                .extracting(p -> p.source().name())
                .containsExactly("GROUP");
    }

    @Test
    void otherProgramsAreNoOperation() {
        assertThat(ops("curl -fsSL https://x | sh && python -m venv /v && echo apt-get install x"))
                .isEmpty();
    }

    private static List<String> pinning(String script) {
        return op(script).packages().stream()
                .map(p -> p.name() + " " + p.source() + " " + (p.isPinned() ? "pinned" : "unpinned"))
                .toList();
    }

    @Test
    void sourcesAndPinsPerManager() {
        assertThat(pinning("apt-get install -y curl=7.88 gcc git/bookworm-backports ./local.deb"))
                .containsExactly(
                        "curl INDEX pinned", "gcc INDEX unpinned", "git RELEASE pinned", "./local.deb FILE pinned");
        assertThat(pinning("dnf install -y @development httpd 'dnf-command(config-manager)' /tmp/x.rpm"))
                .containsExactly(
                        "@development GROUP pinned",
                        "httpd INDEX unpinned",
                        "dnf-command(config-manager) GROUP pinned",
                        "/tmp/x.rpm FILE pinned");
        assertThat(pinning("dnf module install -y nodejs:18 php"))
                .containsExactly("nodejs INDEX pinned", "php INDEX unpinned");
        assertThat(pinning("yum groupinstall -y 'Development Tools'"))
                .containsExactly("Development Tools GROUP pinned");
        assertThat(pinning("zypper in -y -t pattern devel_basis")).containsExactly("devel_basis GROUP pinned");
        assertThat(pinning("pip install flask 'requests>=2' ./dist/app.whl pkg@git+https://h/x.git"))
                .containsExactly(
                        "flask INDEX unpinned",
                        "requests INDEX pinned",
                        "./dist/app.whl FILE pinned",
                        "pkg@git+https://h/x.git REMOTE pinned");
        assertThat(pinning("npm install -g typescript@latest @scope/x lodash@4 user/repo"))
                .containsExactly(
                        "typescript INDEX unpinned",
                        "@scope/x INDEX unpinned",
                        "lodash INDEX pinned",
                        "user/repo REMOTE pinned");
        assertThat(op("npm install -g typescript@latest").packages().get(0).floating())
                .isTrue();
        assertThat(pinning("go install golang.org/x/tools/gopls@main example.com/cmd@v1.2.0"))
                .containsExactly("golang.org/x/tools/gopls INDEX unpinned", "example.com/cmd INDEX pinned");
    }

    @Test
    void installVerbsPerManager() {
        assertThat(op("dnf localinstall -y x.rpm").isInstall()).isTrue();
        assertThat(op("dnf in -y x").isInstall()).isFalse();
        assertThat(op("npm isntall x").isInstall()).isTrue();
    }

    @Test
    void subcommandAndOperandsComeFromTheOperation() {
        ShellCommand c = ShellScript.parse("apt-get -o Acquire::Retries=3 install -y gcc make")
                .commands()
                .get(0);
        assertThat(c.subcommand()).isEqualTo("install");
        assertThat(c.operands()).containsExactly("gcc", "make");
    }
}
