package dev.netlint.engine;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

/** netlint's own version, from a resource the build filters. */
public final class ToolVersion {

    private ToolVersion() {
    }

    public static String get() {
        try (InputStream in = ToolVersion.class.getResourceAsStream("/dev/netlint/version.properties")) {
            if (in == null) {
                return "unknown";
            }
            Properties properties = new Properties();
            properties.load(in);
            return properties.getProperty("version", "unknown");
        } catch (IOException e) {
            return "unknown";
        }
    }
}
