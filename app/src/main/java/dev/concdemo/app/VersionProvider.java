package dev.concdemo.app;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;
import picocli.CommandLine.IVersionProvider;

/** {@code --version}: the version Maven built, and the JVM running it. */
final class VersionProvider implements IVersionProvider {
    static final String RESOURCE = "/concdemo-version.properties";

    @Override
    public String[] getVersion() throws IOException {
        Properties build = new Properties();
        try (InputStream in = VersionProvider.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IOException("missing " + RESOURCE + ": this jar was not built by Maven");
            }
            build.load(in);
        }
        return new String[] {
            "concdemo " + build.getProperty("version"),
            "Java " + Runtime.version() + " (" + System.getProperty("java.vm.name") + ", "
                    + System.getProperty("java.vendor") + ") on " + System.getProperty("os.name") + " "
                    + System.getProperty("os.arch")
        };
    }
}
