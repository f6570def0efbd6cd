package org.dateline.extract.event;

import org.dateline.extract.data.DataFiles;

import java.util.HashMap;
import java.util.Map;

/**
 * The CAMEO event codebook as data: for each code its quad class, Goldstein score and PLOVER type
 * and mode ({@code cameo.tsv}; sources in NOTICE). Loaded once.
 */
public final class CameoCodes {
    /** One code's facts. {@code plover} is null for codes PLOVER drops (public statements, appeals). */
    public record Code(String code, int quadClass, double goldstein, String plover, String mode, String name) {
    }

    private static final CameoCodes SHARED = load();
    private final Map<String, Code> codes;

    private CameoCodes(Map<String, Code> codes) {
        this.codes = Map.copyOf(codes);
    }

    public static CameoCodes shared() {
        return SHARED;
    }

    /** The code's facts; an unknown code falls back to its base (3 digits) and root (2 digits). */
    public Code get(String code) {
        if (code == null) {
            return null;
        }
        for (String c = code; c.length() >= 2; c = c.substring(0, c.length() - 1)) {
            Code found = codes.get(c);
            if (found != null) {
                return found.code().equals(code) ? found
                        : new Code(code, found.quadClass(), found.goldstein(), found.plover(), found.mode(), found.name());
            }
        }
        return null;
    }

    private static CameoCodes load() {
        Map<String, Code> m = new HashMap<>();
        DataFiles.rows("/org/dateline/extract/event/cameo.tsv", f -> m.put(f[0], new Code(f[0], Integer.parseInt(f[1]),
                f[2].isEmpty() ? 0 : Double.parseDouble(f[2]), f[3].isEmpty() ? null : f[3],
                f[4].isEmpty() ? null : f[4], f[5])));
        return new CameoCodes(m);
    }
}
