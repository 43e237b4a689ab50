package app.leadbrowser.logging;

import org.slf4j.LoggerFactory;

/**
 * Says in the log whether the JVM started with the app's AOT cache. The launchers that have one (the app image, the
 * installed app, {@code mvn javafx:run}) name it in {@code -Dleadbrowser.aotCache}; the JVM ignores a cache that is
 * missing, broken or made for another runtime, and the app then starts slower but as usual, so the log is where that
 * shows.
 */
public final class AotCacheReport {
    static final String PROPERTY = "leadbrowser.aotCache";

    private AotCacheReport() {}

    /** Logs it on a thread of its own: not on the start-up's path. */
    public static void logInBackground() {
        String cache = System.getProperty(PROPERTY, "");
        if (!cache.isBlank()) {
            Thread.ofPlatform().daemon().name("aot-cache-report").start(() -> LoggerFactory.getLogger(
                            AotCacheReport.class)
                    .info(message(cache, System.getProperty("java.vm.info", ""))));
        }
    }

    /** With an AOT cache given, the JVM maps nothing (no "sharing") when it cannot use it. */
    static String message(String cache, String vmInfo) {
        return vmInfo.contains("sharing")
                ? "Started with the AOT cache " + cache
                : "Started without the AOT cache " + cache
                        + ": missing, broken, or made for another runtime or other JVM options (the JVM said why on its output)";
    }
}
