package io.asyncgen.core;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

/**
 * The generator's identity for build fingerprints: its version, and for a {@code -SNAPSHOT} also
 * when it was built, so a rebuilt snapshot generator regenerates even though its version did not
 * change. Read from a resource the build fills in, so it is the same whether the generator is its
 * own jar, shaded into the Maven plugin, or classes in an IDE.
 */
public final class GeneratorVersion {
    private static final String CURRENT = read();

    private GeneratorVersion() {}

    /** {@code 0.1.0} for a release, {@code 0.1.0-SNAPSHOT@2026-11-23T07:15:00Z} for a snapshot. */
    public static String current() {
        return CURRENT;
    }

    private static String read() {
        Properties properties = new Properties();
        try (InputStream in = GeneratorVersion.class.getResourceAsStream("generator.properties")) {
            if (in != null) {
                properties.load(in);
            }
        } catch (IOException e) {
            // unreadable: treated as unknown below
        }
        String version = properties.getProperty("version", "unknown");
        if (version.contains("${") || version.equals("unknown")) {
            // not filled in (an IDE build without Maven's resource filtering): never trust an old fingerprint
            return "unknown@" + System.nanoTime();
        }
        return version.endsWith("-SNAPSHOT") ? version + "@" + properties.getProperty("built", "") : version;
    }
}
