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
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

/** {@code dateline bench-http}: a bounded load test of the query API on loopback. */
@Command(name = "bench-http", mixinStandardHelpOptions = true,
        description = "Load-test the query API on loopback against a filled store: a fixed number of requests"
                + " (search, events, quotes, actors) at a fixed concurrency; prints throughput, p50/p99 and errors.")
final class BenchHttpCommand implements java.util.concurrent.Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    StoreOptions store;

    @Option(names = "--requests", defaultValue = "2000", description = "Requests in all (default: ${DEFAULT-VALUE}).")
    int requests;

    @Option(names = "--concurrency", defaultValue = "32", description = "Requests in flight (default: ${DEFAULT-VALUE}).")
    int concurrency;

    @Override
    public Integer call() throws Exception {
        if (requests < 1 || concurrency < 1) {
            spec.commandLine().getErr().println("dateline: --requests and --concurrency must be positive");
            return ExitCodes.USAGE;
        }
        PrintWriter out = spec.commandLine().getOut();
        try (Store s = store.existing();
             DatelineServer server = new DatelineServer(s, Analyzer.shared(), new DatelineServer.Config("127.0.0.1", 0, "bench",
                     1_000_000, 2))) {
            String base = "http://127.0.0.1:" + server.start() + "/api/v1";
            List<String> words = s.frequentWords(200);
            List<String[]> actors = s.busyActorMonths(50);
            if (words.isEmpty() || actors.isEmpty()) {
                spec.commandLine().getErr().println("dateline: the store is too empty to benchmark");
                return ExitCodes.USAGE;
            }
            List<String> paths = new ArrayList<>();
            java.util.Random random = new java.util.Random(7);
            for (int i = 0; i < requests; i++) {
                String[] am = actors.get(random.nextInt(actors.size()));
                String name = URLEncoder.encode(am[0], StandardCharsets.UTF_8);
                paths.add(switch (i % 4) {
                    case 0 -> "/search?q=" + URLEncoder.encode(words.get(random.nextInt(words.size())), StandardCharsets.UTF_8) + "&limit=20";
                    case 1 -> "/events?actor=" + name + "&from=" + am[1] + "-01&limit=100";
                    case 2 -> "/quotes?speaker=" + name + "&limit=20";
                    default -> "/actors?name=" + name + "&limit=10";
                });
            }
            HttpClient http = HttpClient.newBuilder().executor(Executors.newFixedThreadPool(4)).build();
            ExecutorService pool = Executors.newFixedThreadPool(concurrency);
            // Warm-up, not timed: JIT, Jetty threads, SQLite page cache.
            for (int i = 0; i < Math.min(200, requests); i++) {
                http.send(HttpRequest.newBuilder(URI.create(base + paths.get(i))).build(), HttpResponse.BodyHandlers.discarding());
            }
            double[] ms = new double[requests];
            AtomicInteger errors = new AtomicInteger();
            long t0 = System.nanoTime();
            List<Future<?>> done = new ArrayList<>();
            for (int i = 0; i < requests; i++) {
                int k = i;
                done.add(pool.submit(() -> {
                    long a = System.nanoTime();
                    try {
                        HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(base + paths.get(k))).build(),
                                HttpResponse.BodyHandlers.ofString());
                        if (r.statusCode() != 200) {
                            errors.incrementAndGet();
                        }
                    } catch (Exception e) {
                        errors.incrementAndGet();
                    }
                    ms[k] = (System.nanoTime() - a) / 1e6;
                }));
            }
            for (Future<?> f : done) {
                f.get();
            }
            double secs = (System.nanoTime() - t0) / 1e9;
            pool.shutdown();
            String[] kinds = {"search", "events", "quotes", "actors"};
            for (int kind = 0; kind < kinds.length; kind++) {
                List<Double> own = new ArrayList<>();
                for (int i = kind; i < requests; i += kinds.length) {
                    own.add(ms[i]);
                }
                own.sort(null);
                if (!own.isEmpty()) {
                    out.printf(Locale.ROOT, "  %-7s %4d requests: p50 %.1f ms, p99 %.1f ms%n", kinds[kind], own.size(),
                            own.get(own.size() / 2), own.get((int) Math.ceil(own.size() * 0.99) - 1));
                }
            }
            Arrays.sort(ms);
            out.printf(Locale.ROOT, "%d requests, %d concurrent: %.1f requests/s, p50 %.1f ms, p99 %.1f ms, max %.1f ms, errors %d%n",
                    requests, concurrency, requests / secs, ms[requests / 2], ms[(int) Math.ceil(requests * 0.99) - 1],
                    ms[requests - 1], errors.get());
            out.flush();
        }
        return ExitCodes.OK;
    }
}
