package org.dateline.pipeline;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;

/** Total time spent in each stage, summed over articles and threads. Thread-safe. */
public final class StageClock {
    private final Map<String, LongAdder> nanos = new ConcurrentHashMap<>();
    private final Map<String, Boolean> order = java.util.Collections.synchronizedMap(new LinkedHashMap<>());

    void add(String stage, long elapsedNanos) {
        order.putIfAbsent(stage, Boolean.TRUE);
        nanos.computeIfAbsent(stage, k -> new LongAdder()).add(elapsedNanos);
    }

    /** Milliseconds per stage, in the order stages first ran. */
    public Map<String, Double> millis() {
        Map<String, Double> out = new LinkedHashMap<>();
        synchronized (order) {
            for (String stage : order.keySet()) {
                out.put(stage, nanos.get(stage).sum() / 1e6);
            }
        }
        return out;
    }
}
