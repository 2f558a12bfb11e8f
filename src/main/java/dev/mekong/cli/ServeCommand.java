package dev.mekong.cli;

import dev.mekong.site.PreviewServer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;

/** {@code mekong serve}: previews the generated site on 127.0.0.1 until interrupted. */
@Command(name = "serve", mixinStandardHelpOptions = true,
        description = "Serve the generated site on http://127.0.0.1 for previewing.")
public class ServeCommand implements Callable<Integer> {

    @Option(names = "--site", defaultValue = "site", description = "Site folder to serve (default: ${DEFAULT-VALUE}).")
    Path site;

    @Option(names = "--port", defaultValue = "8080", description = "Port on 127.0.0.1; 0 picks a free one (default: ${DEFAULT-VALUE}).")
    int port;

    @Option(names = "--base-path", paramLabel = "PATH", description = "Serve the site under this path, e.g. /news/ "
            + "(default: the path of mekong.site.base-url the site was built with, read from its robots.txt).")
    String basePath;

    @Override
    public Integer call() throws Exception {
        if (!Files.isDirectory(site)) {
            throw new IllegalArgumentException("no site to serve: " + site.toAbsolutePath() + " is not a folder (run build first?)");
        }
        PreviewServer server = PreviewServer.start(site, port, basePath != null ? basePath : PreviewServer.publishedPath(site));
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            server.close();
            stopped.countDown();
        }));
        System.out.println("Serving " + site.toAbsolutePath() + " at " + server.uri() + " (Ctrl-C to stop)");
        stopped.await();
        return ExitCode.OK;
    }
}
