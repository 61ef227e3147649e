package dev.imgslim.cli;

import picocli.CommandLine;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

/** Reads the version Maven filtered into the jar. */
public final class Version implements CommandLine.IVersionProvider {
    public static String get() {
        try (InputStream in = Version.class.getResourceAsStream("/imgslim-version.properties")) {
            Properties p = new Properties();
            if (in != null) p.load(in);
            return p.getProperty("version", "dev");
        } catch (IOException e) {
            return "dev";
        }
    }

    /** What {@code imgslim --version} prints. */
    static String line() {
        return "imgslim " + get();
    }

    @Override
    public String[] getVersion() {
        return new String[] {line()};
    }
}
