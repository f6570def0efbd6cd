package org.dateline.store;

import org.dateline.model.AnalyzedArticle;
import org.dateline.model.Problem;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One Dateline store: a single SQLite file in WAL mode. Every write happens in a transaction, so
 * a killed process leaves the store as it was after the last commit. One writing connection
 * (its methods synchronized) and a small pool of read-only connections for the queries, so a
 * store may be shared by threads and queries run side by side.
 */
public final class Store implements AutoCloseable {
    private static final Pattern CODE = Pattern.compile("[A-Z-]{3,9}");
    private static final Pattern WORD = Pattern.compile("\"[^\"]*\"|[\\p{L}\\p{N}]+[\\p{L}\\p{N}'’.-]*\\*?");

    /** Read-only connections for queries: WAL lets them read while the writer writes. */
    private static final int READERS = 4;

    private final Connection c;
    private final Path file;
    private final ArticleWriter writer;
    private final java.util.concurrent.BlockingQueue<Connection> readers = new java.util.concurrent.ArrayBlockingQueue<>(READERS);

    private Store(Path file, Connection c) throws SQLException {
        this.file = file;
        this.c = c;
        this.writer = new ArticleWriter(c);
        org.sqlite.SQLiteConfig config = new org.sqlite.SQLiteConfig();
        config.setReadOnly(true);
        config.setBusyTimeout(10000);
        for (int i = 0; i < READERS; i++) {
            readers.add(DriverManager.getConnection("jdbc:sqlite:" + file.toAbsolutePath(), config.toProperties()));
        }
    }

    private Connection borrow() {
        try {
            return readers.take();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new StoreException("interrupted while waiting for a store connection", e);
        }
    }

    private void release(Connection r) {
        readers.add(r);
    }

    /** Opens (creating if needed) the store at {@code file} and brings its schema up to date. */
    public static Store open(Path file) {
        try {
            Path parent = file.toAbsolutePath().getParent();
            if (parent != null && !Files.isDirectory(parent)) {
                throw new StoreException("cannot open store " + file + ": no directory " + parent, null);
            }
            if (Files.isDirectory(file)) {
                throw new StoreException("cannot open store " + file + ": is a directory", null);
            }
            Connection c = DriverManager.getConnection("jdbc:sqlite:" + file.toAbsolutePath());
            try (Statement s = c.createStatement()) {
                s.execute("PRAGMA busy_timeout = 10000");
                s.execute("PRAGMA journal_mode = WAL");
                s.execute("PRAGMA synchronous = NORMAL");
                s.execute("PRAGMA foreign_keys = ON");
                Schema.migrate(c);
            } catch (SQLException e) {
                c.close();
                throw e;
            }
            try {
                return new Store(file, c);
            } catch (SQLException e) {
                c.close();
                throw e;
            }
        } catch (SQLException e) {
            String m = String.valueOf(e.getMessage());
            if (m.contains("NOTADB") || m.contains("not a database")) {
                m = "not a Dateline store (not an SQLite database)";
            }
            throw new StoreException("cannot open store " + file + ": " + m, e);
        }
    }

    public Path file() {
        return file;
    }

    // ---- writing (used by Ingester) ----

    synchronized boolean containsRaw(String rawHash) {
        return queryLong("SELECT id FROM articles WHERE raw_hash = ?", rawHash).isPresent();
    }

    synchronized Optional<Long> withBody(String bodyHash) {
        return queryLong("SELECT id FROM articles WHERE body_hash = ? AND duplicate_of IS NULL ORDER BY id LIMIT 1", bodyHash);
    }

    /** The earliest independent article whose MinHash signature says it is a near copy (Jaccard >= 0.75). */
    synchronized Optional<Long> nearCopyOf(long[] minhash) {
        long[] bands = Hashes.bands(minhash);
        StringBuilder sql = new StringBuilder("SELECT DISTINCT a.id, a.minhash FROM minhash_bands b JOIN articles a"
                + " ON a.id = b.article_id WHERE a.duplicate_of IS NULL AND (");
        for (int i = 0; i < bands.length; i++) {
            sql.append(i == 0 ? "" : " OR ").append("(b.value = ? AND b.band = ").append(i).append(')');
        }
        sql.append(") ORDER BY a.id");
        try (PreparedStatement p = c.prepareStatement(sql.toString())) {
            for (int i = 0; i < bands.length; i++) {
                p.setLong(i + 1, bands[i]);
            }
            try (ResultSet r = p.executeQuery()) {
                while (r.next()) {
                    if (Hashes.similarity(Hashes.longs(r.getBytes(2)), minhash) >= Hashes.NEAR) {
                        return Optional.of(r.getLong(1));
                    }
                }
            }
            return Optional.empty();
        } catch (SQLException e) {
            throw new StoreException("store " + file + ": " + e.getMessage(), e);
        }
    }

    synchronized void begin() {
        run(() -> c.setAutoCommit(false));
    }

    synchronized void commit() {
        run(() -> {
            c.commit();
            c.setAutoCommit(true);
        });
    }

    synchronized void rollback() {
        run(() -> {
            c.rollback();
            c.setAutoCommit(true);
        });
    }

    synchronized long add(AnalyzedArticle a, String rawHash, String bodyHash, long[] minhash, Long duplicateOf) {
        try {
            return writer.write(a, rawHash, bodyHash, minhash, duplicateOf);
        } catch (SQLException e) {
            throw new StoreException("cannot store " + a.article().id() + ": " + e.getMessage(), e);
        }
    }

    /** Records an input that could not be stored, with its reason. */
    public synchronized void addFailure(String source, Problem p) {
        run(() -> {
            try (PreparedStatement s = c.prepareStatement("INSERT INTO failures (source, kind, message, at) VALUES (?,?,?,?)")) {
                s.setString(1, source);
                s.setString(2, p.kind());
                s.setString(3, p.message());
                s.setString(4, Instant.now().toString());
                s.executeUpdate();
            }
        });
    }

    // ---- reading ----

    /** Full-text search over titles, bodies and quotes, best first (BM25, titles weigh most). */
    public List<Rows.SearchHit> search(String query, int limit) {
        return search(query, limit, 0);
    }

    /** A page of search hits: {@code limit} from {@code offset}. */
    public List<Rows.SearchHit> search(String query, int limit, int offset) {
        Connection c = borrow();
        try {
            // ORDER BY rank (BM25 with the title weighing 10 and quotes 3, set by migration 3) lets FTS5 sort
            // its own matches, faster than ordering by a bm25() expression.
            String sql = "SELECT a.id, a.title, a.published, a.source, snippet(search, 1, '[', ']', '…', 16),"
                    + " rank FROM search JOIN articles a ON a.id = search.rowid"
                    + " WHERE search MATCH ? AND a.duplicate_of IS NULL ORDER BY rank LIMIT ? OFFSET ?";
            try {
                return search(c, sql, query, limit, offset);
            } catch (SQLException syntax) {
                // Not FTS5 syntax ("U.S. sanctions", "Kim's"): search for all the words instead.
                String words = plainWords(query);
                if (words.isEmpty()) {
                    return List.of();
                }
                try {
                    return search(c, sql, words, limit, offset);
                } catch (SQLException e) {
                    throw new StoreException("search failed: " + e.getMessage(), e);
                }
            }
        } finally {
            release(c);
        }
    }

    private static List<Rows.SearchHit> search(Connection c, String sql, String match, int limit, int offset) throws SQLException {
        List<Rows.SearchHit> out = new ArrayList<>();
        try (PreparedStatement p = c.prepareStatement(sql)) {
            p.setString(1, match);
            p.setInt(2, limit);
            p.setInt(3, offset);
            try (ResultSet r = p.executeQuery()) {
                while (r.next()) {
                    out.add(new Rows.SearchHit(r.getLong(1), r.getString(2), r.getString(3), r.getString(4), r.getString(5),
                            -r.getDouble(6)));
                }
            }
        }
        return out;
    }

    static String plainWords(String query) {
        List<String> words = new ArrayList<>();
        Matcher m = WORD.matcher(query);
        while (m.find()) {
            String w = m.group();
            if (w.startsWith("\"")) {
                words.add(w);
            } else {
                boolean prefix = w.endsWith("*");
                String bare = prefix ? w.substring(0, w.length() - 1) : w;
                words.add("\"" + bare.replace("\"", "") + "\"" + (prefix ? "*" : ""));
            }
        }
        return String.join(" ", words);
    }

    /**
     * Events matching the filter, newest first, each with its cross-article group's report count.
     * Events of articles stored as duplicates of another are left out: they are the same evidence.
     */
    public List<Rows.EventRow> events(Rows.EventFilter f) {
        return events(f, 0);
    }

    /** A page of events: {@code f.limit()} from {@code offset}. */
    public List<Rows.EventRow> events(Rows.EventFilter f, int offset) {
        Connection c = borrow();
        try {
            StringBuilder sql = new StringBuilder("SELECT e.id, e.group_id, g.articles, e.date, e.type, e.cameo, e.status,"
                    + " e.place_name, e.place_country, e.trigger, e.article_id, a.title, substr(a.text, e.sentence_start + 1,"
                    + " e.sentence_end - e.sentence_start), e.place_lat, e.place_lon FROM events e JOIN event_groups g ON g.id = e.group_id"
                    + " JOIN articles a ON a.id = e.article_id WHERE a.duplicate_of IS NULL");
            List<Object> args = new ArrayList<>();
            participant(c, sql, args, "actor", f.actor());
            participant(c, sql, args, "recipient", f.recipient());
            if (f.type() != null) {
                sql.append(" AND e.type = ?");
                args.add(f.type().toUpperCase(java.util.Locale.ROOT));
            }
            if (f.status() != null) {
                sql.append(" AND e.status = ?");
                args.add(f.status().toLowerCase(java.util.Locale.ROOT));
            }
            if (f.from() != null) {
                sql.append(" AND e.date_last >= ?");
                args.add(f.from().toString());
            }
            if (f.to() != null) {
                sql.append(" AND e.date_first <= ?");
                args.add(f.to().toString());
            }
            if (f.place() != null) {
                sql.append(" AND (e.place_name = ? COLLATE NOCASE OR e.place_country = ?)");
                args.add(f.place());
                args.add(f.place().toUpperCase(java.util.Locale.ROOT));
            }
            sql.append(" ORDER BY e.date_first DESC, e.id LIMIT ? OFFSET ?");
            args.add(f.limit());
            args.add(offset);
            List<Rows.EventRow> out = new ArrayList<>();
            try (PreparedStatement p = c.prepareStatement(sql.toString());
                 PreparedStatement parts = c.prepareStatement("SELECT p.role, coalesce(x.name, p.text), p.code FROM event_participants p"
                         + " LEFT JOIN actors x ON x.id = p.actor_id WHERE p.event_id = ? ORDER BY p.rowid")) {
                bind(p, args);
                try (ResultSet r = p.executeQuery()) {
                    while (r.next()) {
                        List<String> actors = new ArrayList<>();
                        List<String> recipients = new ArrayList<>();
                        parts.setLong(1, r.getLong(1));
                        try (ResultSet q = parts.executeQuery()) {
                            while (q.next()) {
                                String who = q.getString(2) + (q.getString(3) == null ? "" : " [" + q.getString(3) + "]");
                                (q.getString(1).equals("actor") ? actors : recipients).add(who);
                            }
                        }
                        out.add(new Rows.EventRow(r.getLong(1), r.getLong(2), r.getInt(3), r.getString(4), r.getString(5),
                                r.getString(6), r.getString(7), actors, recipients, r.getString(8), r.getString(9),
                                r.getObject(14) == null ? null : r.getDouble(14), r.getObject(15) == null ? null : r.getDouble(15),
                                r.getString(10), r.getLong(11), r.getString(12), r.getString(13)));
                    }
                }
            } catch (SQLException e) {
                throw new StoreException("events query failed: " + e.getMessage(), e);
            }
            return out;
        } finally {
            release(c);
        }
    }

    private void participant(Connection c, StringBuilder sql, List<Object> args, String role, String who) {
        if (who == null) {
            return;
        }
        if (CODE.matcher(who).matches()) {
            sql.append(" AND EXISTS (SELECT 1 FROM event_participants p WHERE p.event_id = e.id AND p.role = ? AND p.code LIKE ?)");
            args.add(role);
            args.add(who + "%");
        } else {
            List<Long> ids = actorsNamed(c, who);
            if (ids.isEmpty()) {
                sql.append(" AND 0");
                return;
            }
            // A rare actor: its few events through the participant index, then sorted; a busy one:
            // events in date order, each checked, which stops after one page.
            List<Object> probe = new ArrayList<>(List.of(role));
            String which = oneOf("actor_id", ids, probe);
            boolean rare = countOf(c, "SELECT count(*) FROM (SELECT 1 FROM event_participants WHERE role = ? AND " + which
                    + " LIMIT 2000)", probe) < 2000;
            args.add(role);
            sql.append(rare ? " AND e.id IN (SELECT p.event_id FROM event_participants p WHERE p.role = ? AND "
                    : " AND EXISTS (SELECT 1 FROM event_participants p WHERE p.event_id = e.id AND p.role = ? AND ");
            sql.append(oneOf("p.actor_id", ids, args)).append(")");
        }
    }

    /** The actors whose canonical name or any alias is the given name (case-insensitive), through the indexes. */
    private List<Long> actorsNamed(Connection c, String name) {
        List<Long> out = new ArrayList<>();
        try (PreparedStatement p = c.prepareStatement("SELECT id FROM actors WHERE name = ? COLLATE NOCASE"
                + " UNION SELECT actor_id FROM actor_aliases WHERE alias = ? COLLATE NOCASE")) {
            p.setString(1, name);
            p.setString(2, name);
            try (ResultSet r = p.executeQuery()) {
                while (r.next()) {
                    out.add(r.getLong(1));
                }
            }
        } catch (SQLException e) {
            throw new StoreException("store " + file + ": " + e.getMessage(), e);
        }
        return out;
    }

    private long countOf(Connection c, String sql, List<Object> args) {
        try (PreparedStatement p = c.prepareStatement(sql)) {
            bind(p, args);
            try (ResultSet r = p.executeQuery()) {
                return r.next() ? r.getLong(1) : 0;
            }
        } catch (SQLException e) {
            throw new StoreException("store " + file + ": " + e.getMessage(), e);
        }
    }

    /** {@code column = ?} for one id, {@code column IN (?, ...)} for several; the ids join {@code args}. */
    private static String oneOf(String column, List<Long> ids, List<Object> args) {
        args.addAll(ids);
        return ids.size() == 1 ? column + " = ?" : column + " IN (" + String.join(",", java.util.Collections.nCopies(ids.size(), "?")) + ")";
    }

    /** Quotes by a speaker (name or alias; or an unnamed source's description) and/or containing words. */
    public List<Rows.QuoteRow> quotes(String speaker, String about, int limit) {
        return quotes(speaker, about, limit, 0);
    }

    /** A page of quotes, newest first. */
    public List<Rows.QuoteRow> quotes(String speaker, String about, int limit, int offset) {
        Connection c = borrow();
        try {
            List<Long> named = speaker == null ? List.of() : actorsNamed(c, speaker);
            if (named.size() > 1) {
                // Several actors share the name: each one's newest quotes through the (speaker, published)
                // index, merged here; one IN-list query would sort every quote of all of them.
                List<Rows.QuoteRow> all = new ArrayList<>();
                for (long id : named) {
                    all.addAll(quotePage(c, " AND q.speaker_actor = ?", id, about, offset + limit, 0));
                }
                all.sort(Comparator.comparing(Rows.QuoteRow::published, Comparator.nullsFirst(Comparator.<String>naturalOrder()))
                        .thenComparingLong(Rows.QuoteRow::id).reversed());
                return List.copyOf(all.subList(Math.min(offset, all.size()), Math.min(offset + limit, all.size())));
            }
            if (named.size() == 1) {
                return quotePage(c, " AND q.speaker_actor = ?", named.get(0), about, limit, offset);
            }
            return speaker == null ? quotePage(c, "", null, about, limit, offset)
                    : quotePage(c, " AND q.speaker_name LIKE ?", "%" + speaker + "%", about, limit, offset);
        } finally {
            release(c);
        }
    }

    private List<Rows.QuoteRow> quotePage(Connection c, String speakerClause, Object speaker, String about, int limit, int offset) {
        StringBuilder sql = new StringBuilder("SELECT q.id, q.article_id, a.title, a.published, coalesce(x.name, q.speaker_name),"
                + " q.cue, q.kind, q.text FROM quotes q JOIN articles a ON a.id = q.article_id"
                + " LEFT JOIN actors x ON x.id = q.speaker_actor WHERE a.duplicate_of IS NULL").append(speakerClause);
        List<Object> args = new ArrayList<>();
        if (speaker != null) {
            args.add(speaker);
        }
        if (about != null) {
            sql.append(" AND q.text LIKE ?");
            args.add("%" + about + "%");
        }
        sql.append(" ORDER BY q.published DESC, q.id DESC LIMIT ? OFFSET ?");
        args.add(limit);
        args.add(offset);
        List<Rows.QuoteRow> out = new ArrayList<>();
        try (PreparedStatement p = c.prepareStatement(sql.toString())) {
            bind(p, args);
            try (ResultSet r = p.executeQuery()) {
                while (r.next()) {
                    out.add(new Rows.QuoteRow(r.getLong(1), r.getLong(2), r.getString(3), r.getString(4), r.getString(5),
                            r.getString(6), r.getString(7), r.getString(8)));
                }
            }
        } catch (SQLException e) {
            throw new StoreException("quotes query failed: " + e.getMessage(), e);
        }
        return out;
    }

    /**
     * Actors called {@code name} (an alias, case-insensitive), else those whose name or an alias
     * contains it; all actors when null; most reported first.
     */
    public List<Rows.ActorRow> actors(String name, int limit) {
        return actors(name, limit, 0);
    }

    /** A page of actors. */
    public List<Rows.ActorRow> actors(String name, int limit, int offset) {
        if (name == null) {
            return actorsWhere("1 = 1", List.of(), limit, offset);
        }
        List<Rows.ActorRow> exact = actorsWhere("id IN (SELECT actor_id FROM actor_aliases WHERE alias = ? COLLATE NOCASE)",
                List.of(name), limit, offset);
        if (!exact.isEmpty()) {
            return exact;
        }
        String like = "%" + name + "%";
        return actorsWhere("name LIKE ? OR id IN (SELECT actor_id FROM actor_aliases WHERE alias LIKE ?)", List.of(like, like), limit,
                offset);
    }

    private List<Rows.ActorRow> actorsWhere(String where, List<Object> args, int limit, int offset) {
        Connection c = borrow();
        try {
            String sql = "SELECT id, name, type, country, actor_code, articles, first_seen, last_seen,"
                    + " (SELECT count(*) FROM quotes q WHERE q.speaker_actor = actors.id),"
                    + " (SELECT count(*) FROM event_participants p WHERE p.actor_id = actors.id)"
                    + " FROM actors WHERE " + where + " ORDER BY articles DESC, name LIMIT ? OFFSET ?";
            List<Rows.ActorRow> out = new ArrayList<>();
            try (PreparedStatement p = c.prepareStatement(sql);
                 PreparedStatement aliases = c.prepareStatement("SELECT alias FROM actor_aliases WHERE actor_id = ? ORDER BY count DESC LIMIT 8");
                 PreparedStatement titles = c.prepareStatement("SELECT title FROM actor_titles WHERE actor_id = ? ORDER BY count DESC LIMIT 5")) {
                List<Object> all = new ArrayList<>(args);
                all.add(limit);
                all.add(offset);
                bind(p, all);
                try (ResultSet r = p.executeQuery()) {
                    while (r.next()) {
                        long id = r.getLong(1);
                        out.add(new Rows.ActorRow(id, r.getString(2), r.getString(3), r.getString(4), r.getString(5), r.getInt(6),
                                r.getString(7), r.getString(8), strings(aliases, id), strings(titles, id), r.getInt(9), r.getInt(10)));
                    }
                }
            } catch (SQLException e) {
                throw new StoreException("actors query failed: " + e.getMessage(), e);
            }
            return out;
        } finally {
            release(c);
        }
    }

    /** The {@code n} most frequent indexed words of at least three letters (for benchmarks and suggestions). */
    public synchronized List<String> frequentWords(int n) {
        List<String> out = new ArrayList<>();
        try (Statement s = c.createStatement()) {
            s.execute("CREATE VIRTUAL TABLE IF NOT EXISTS temp.search_terms USING fts5vocab(main, search, row)");
            try (ResultSet r = s.executeQuery("SELECT term FROM temp.search_terms WHERE length(term) >= 3"
                    + " AND term NOT GLOB '*[0-9]*' ORDER BY doc DESC LIMIT " + Math.max(0, n))) {
                while (r.next()) {
                    out.add(r.getString(1));
                }
            }
        } catch (SQLException e) {
            throw new StoreException("store " + file + ": " + e.getMessage(), e);
        }
        return out;
    }

    /** The actors taking part in most events, with the months (YYYY-MM) of their events. */
    public synchronized List<String[]> busyActorMonths(int n) {
        List<String[]> out = new ArrayList<>();
        select("SELECT x.name, substr(e.date_first, 1, 7) AS month, count(*) AS k FROM event_participants p"
                + " JOIN actors x ON x.id = p.actor_id JOIN events e ON e.id = p.event_id WHERE e.date_first IS NOT NULL"
                + " GROUP BY x.id, month ORDER BY k DESC LIMIT " + Math.max(0, n), r -> {
            while (r.next()) {
                out.add(new String[]{r.getString(1), r.getString(2)});
            }
        });
        return out;
    }

    /** One actor by id. */
    public Optional<Rows.ActorRow> actor(long id) {
        return actorsWhere("id = ?", List.of(id), 1, 0).stream().findFirst();
    }

    /** The cross-article actor of each entity of an article (local id such as E3 to actor id). */
    public java.util.Map<String, Long> actorIds(long article) {
        java.util.Map<String, Long> out = new java.util.LinkedHashMap<>();
        Connection c = borrow();
        try (PreparedStatement p = c.prepareStatement("SELECT local_id, actor_id FROM entities WHERE article_id = ?")) {
            p.setLong(1, article);
            try (ResultSet r = p.executeQuery()) {
                while (r.next()) {
                    out.put(r.getString(1), r.getLong(2));
                }
            }
        } catch (SQLException e) {
            throw new StoreException("store " + file + ": " + e.getMessage(), e);
        } finally {
            release(c);
        }
        return out;
    }

    /** The stored analysis JSON of an article. */
    public Optional<String> article(long id) {
        Connection c = borrow();
        try {
            try (PreparedStatement p = c.prepareStatement("SELECT analysis FROM articles WHERE id = ?")) {
                p.setLong(1, id);
                try (ResultSet r = p.executeQuery()) {
                    return r.next() ? Optional.of(r.getString(1)) : Optional.empty();
                }
            } catch (SQLException e) {
                throw new StoreException("cannot read article " + id + ": " + e.getMessage(), e);
            }
        } finally {
            release(c);
        }
    }

    public synchronized Rows.Stats stats() {
        return new Rows.Stats(count("SELECT count(*) FROM articles"), count("SELECT count(*) FROM articles WHERE duplicate_of IS NOT NULL"),
                count("SELECT count(*) FROM actors"), count("SELECT count(*) FROM quotes"), count("SELECT count(*) FROM events"),
                count("SELECT count(*) FROM event_groups"), count("SELECT count(*) FROM places"), count("SELECT count(*) FROM failures"));
    }

    /** Runs a read-only SQL query for exports; the consumer reads the rows before the next call. */
    /** Every stored analysis (its JSON) with the raw key it was read under, in storing order. */
    public void forEachAnalysis(java.util.function.BiConsumer<String, String> rawHashAndJson) {
        select("SELECT raw_hash, analysis FROM articles ORDER BY id", r -> {
            while (r.next()) {
                rawHashAndJson.accept(r.getString(1), r.getString(2));
            }
        });
    }

    synchronized void select(String sql, SqlConsumer<ResultSet> rows) {
        try (Statement s = c.createStatement(); ResultSet r = s.executeQuery(sql)) {
            rows.accept(r);
        } catch (SQLException e) {
            throw new StoreException("export failed: " + e.getMessage(), e);
        }
    }

    @Override
    public synchronized void close() {
        try {
            for (Connection r : readers) {
                r.close();
            }
            c.close();
        } catch (SQLException e) {
            throw new StoreException("cannot close store " + file + ": " + e.getMessage(), e);
        }
    }

    interface SqlConsumer<T> {
        void accept(T t) throws SQLException;
    }

    private interface SqlRun {
        void run() throws SQLException;
    }

    private void run(SqlRun r) {
        try {
            r.run();
        } catch (SQLException e) {
            throw new StoreException("store " + file + ": " + e.getMessage(), e);
        }
    }

    private long count(String sql) {
        try (Statement s = c.createStatement(); ResultSet r = s.executeQuery(sql)) {
            return r.getLong(1);
        } catch (SQLException e) {
            throw new StoreException("store " + file + ": " + e.getMessage(), e);
        }
    }

    private Optional<Long> queryLong(String sql, String arg) {
        try (PreparedStatement p = c.prepareStatement(sql)) {
            p.setString(1, arg);
            try (ResultSet r = p.executeQuery()) {
                return r.next() ? Optional.of(r.getLong(1)) : Optional.empty();
            }
        } catch (SQLException e) {
            throw new StoreException("store " + file + ": " + e.getMessage(), e);
        }
    }

    private static List<String> strings(PreparedStatement p, long id) throws SQLException {
        p.setLong(1, id);
        List<String> out = new ArrayList<>();
        try (ResultSet r = p.executeQuery()) {
            while (r.next()) {
                out.add(r.getString(1));
            }
        }
        return out;
    }

    private static void bind(PreparedStatement p, List<Object> args) throws SQLException {
        for (int i = 0; i < args.size(); i++) {
            Object a = args.get(i);
            if (a instanceof Integer n) {
                p.setInt(i + 1, n);
            } else if (a instanceof Long n) {
                p.setLong(i + 1, n);
            } else {
                p.setString(i + 1, (String) a);
            }
        }
    }
}
