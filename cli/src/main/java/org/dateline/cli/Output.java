package org.dateline.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.io.PrintWriter;
import java.util.List;

/** Query results as an aligned table, JSON Lines or CSV (RFC 4180). */
final class Output {
    /** How query commands print. */
    enum Kind { table, json, csv }

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int WIDEST = 60;

    private Output() {
    }

    static void print(PrintWriter out, Kind kind, List<String> columns, List<List<Object>> rows) {
        switch (kind) {
            case json -> {
                for (List<Object> r : rows) {
                    ObjectNode o = JSON.createObjectNode();
                    for (int i = 0; i < columns.size(); i++) {
                        o.set(columns.get(i), JSON.valueToTree(r.get(i)));
                    }
                    out.println(o);
                }
            }
            case csv -> {
                csvLine(out, columns.stream().map(Object.class::cast).toList());
                rows.forEach(r -> csvLine(out, r));
            }
            case table -> table(out, columns, rows);
        }
        out.flush();
    }

    private static void table(PrintWriter out, List<String> columns, List<List<Object>> rows) {
        int[] width = new int[columns.size()];
        for (int i = 0; i < width.length; i++) {
            width[i] = columns.get(i).length();
            for (List<Object> r : rows) {
                width[i] = Math.min(WIDEST, Math.max(width[i], cell(r.get(i)).length()));
            }
        }
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < width.length; i++) {
            sb.append(pad(columns.get(i), width[i], i == width.length - 1));
        }
        out.println(sb.toString().stripTrailing());
        for (List<Object> r : rows) {
            sb.setLength(0);
            for (int i = 0; i < width.length; i++) {
                sb.append(pad(cell(r.get(i)), width[i], i == width.length - 1));
            }
            out.println(sb.toString().stripTrailing());
        }
        if (rows.isEmpty()) {
            out.println("(none)");
        }
    }

    private static String cell(Object v) {
        if (v == null) {
            return "-";
        }
        String s = v instanceof List<?> l ? String.join("; ", l.stream().map(String::valueOf).toList()) : v.toString();
        return s.replace('\n', ' ');
    }

    private static String pad(String s, int w, boolean last) {
        if (last) {
            return s;
        }
        String cut = s.length() > w ? s.substring(0, w - 1) + "…" : s;
        return cut + " ".repeat(w - cut.length() + 2);
    }

    private static void csvLine(PrintWriter out, List<Object> values) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < values.size(); i++) {
            if (i > 0) {
                sb.append(',');
            }
            Object o = values.get(i);
            String v = o == null ? "" : o instanceof List<?> l ? String.join("|", l.stream().map(String::valueOf).toList()) : o.toString();
            if (v.indexOf(',') >= 0 || v.indexOf('"') >= 0 || v.indexOf('\n') >= 0 || v.indexOf('\r') >= 0) {
                v = '"' + v.replace("\"", "\"\"") + '"';
            }
            sb.append(v);
        }
        out.print(sb.append("\r\n"));
    }
}
