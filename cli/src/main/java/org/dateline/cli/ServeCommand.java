package org.dateline.cli;

import org.dateline.pipeline.Analyzer;
import org.dateline.server.DatelineServer;
import org.dateline.store.Store;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;

/** {@code dateline serve}: the HTTP JSON API over a store. */
@Command(name = "serve", mixinStandardHelpOptions = true,
        description = "Serve the store over HTTP: JSON API under /api/v1 (OpenAPI at /api/v1/openapi).")
final class ServeCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    StoreOptions store;

    @Option(names = "--host", defaultValue = "127.0.0.1", description = "Address to bind (default: ${DEFAULT-VALUE}, this machine only).")
    String host;

    @Option(names = "--port", defaultValue = "8080", description = "Port (default: ${DEFAULT-VALUE}).")
    int port;

    @Option(names = "--token", description = "Bearer token for POST /articles (default: a random one, printed at start).")
    String token;

    @Option(names = "--max-body", defaultValue = "10000000", description = "Largest request body in bytes (default: ${DEFAULT-VALUE}).")
    long maxBody;

    @Override
    public Integer call() throws InterruptedException {
        PrintWriter out = spec.commandLine().getOut();
        if (port < 0 || port > 65535 || maxBody < 1) {
            spec.commandLine().getErr().println("dateline: --port must be 0..65535 and --max-body positive");
            return ExitCodes.USAGE;
        }
        String t = token != null ? token : HexFormat.of().formatHex(new SecureRandom().generateSeed(16));
        try (Store s = store.create();
             DatelineServer server = new DatelineServer(s, Analyzer.shared(), new DatelineServer.Config(host, port, t, maxBody,
                     Runtime.getRuntime().availableProcessors()))) {
            int bound = server.start();
            out.printf("Dateline API on http://%s:%d/api/v1 (store %s)%n", host, bound, store.db);
            if (token == null) {
                out.println("write token: " + t);
            }
            out.flush();
            CountDownLatch stop = new CountDownLatch(1);
            Runtime.getRuntime().addShutdownHook(new Thread(stop::countDown));
            stop.await();
        }
        return ExitCodes.OK;
    }
}
