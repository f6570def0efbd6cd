package org.dateline.store;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

/**
 * The store's schema as numbered migrations; {@code PRAGMA user_version} records how many have
 * run. A new version appends a migration, never edits an old one.
 */
final class Schema {
    private Schema() {
    }

    static final List<String> MIGRATIONS = List.of("""
            CREATE TABLE articles (
              id INTEGER PRIMARY KEY,
              ext_id TEXT NOT NULL,
              raw_hash TEXT NOT NULL UNIQUE,
              body_hash TEXT NOT NULL,
              duplicate_of INTEGER REFERENCES articles(id),
              title TEXT NOT NULL,
              published TEXT,
              source TEXT,
              url TEXT,
              author TEXT,
              text TEXT NOT NULL,
              analysis TEXT NOT NULL,
              ingested_at TEXT NOT NULL
            );
            CREATE INDEX articles_body ON articles(body_hash);
            CREATE INDEX articles_published ON articles(published);
            CREATE TABLE removed (article_id INTEGER NOT NULL REFERENCES articles(id), kind TEXT NOT NULL, text TEXT NOT NULL);
            CREATE TABLE actors (
              id INTEGER PRIMARY KEY,
              key TEXT NOT NULL UNIQUE,
              name TEXT NOT NULL,
              type TEXT NOT NULL,
              country TEXT,
              actor_code TEXT,
              articles INTEGER NOT NULL DEFAULT 0,
              first_seen TEXT,
              last_seen TEXT
            );
            CREATE TABLE actor_aliases (actor_id INTEGER NOT NULL REFERENCES actors(id), alias TEXT NOT NULL, count INTEGER NOT NULL,
              PRIMARY KEY (actor_id, alias)) WITHOUT ROWID;
            CREATE INDEX actor_aliases_alias ON actor_aliases(alias COLLATE NOCASE);
            CREATE TABLE actor_titles (actor_id INTEGER NOT NULL REFERENCES actors(id), title TEXT NOT NULL, count INTEGER NOT NULL,
              PRIMARY KEY (actor_id, title)) WITHOUT ROWID;
            CREATE TABLE entities (
              article_id INTEGER NOT NULL REFERENCES articles(id),
              local_id TEXT NOT NULL,
              actor_id INTEGER NOT NULL REFERENCES actors(id),
              title TEXT,
              actor_code TEXT,
              PRIMARY KEY (article_id, local_id)
            ) WITHOUT ROWID;
            CREATE INDEX entities_actor ON entities(actor_id);
            CREATE TABLE mentions (
              article_id INTEGER NOT NULL REFERENCES articles(id),
              local_id TEXT NOT NULL,
              start INTEGER NOT NULL,
              end INTEGER NOT NULL,
              text TEXT NOT NULL,
              kind TEXT NOT NULL
            );
            CREATE INDEX mentions_article ON mentions(article_id);
            CREATE TABLE quotes (
              id INTEGER PRIMARY KEY,
              article_id INTEGER NOT NULL REFERENCES articles(id),
              idx INTEGER NOT NULL,
              text TEXT NOT NULL,
              kind TEXT NOT NULL,
              start INTEGER NOT NULL,
              end INTEGER NOT NULL,
              cue TEXT,
              speaker_text TEXT,
              speaker_name TEXT,
              speaker_actor INTEGER REFERENCES actors(id),
              parent INTEGER
            );
            CREATE INDEX quotes_article ON quotes(article_id);
            CREATE INDEX quotes_speaker ON quotes(speaker_actor);
            CREATE TABLE event_groups (
              id INTEGER PRIMARY KEY,
              key TEXT NOT NULL UNIQUE,
              articles INTEGER NOT NULL DEFAULT 0,
              mentions INTEGER NOT NULL DEFAULT 0
            );
            CREATE TABLE events (
              id INTEGER PRIMARY KEY,
              article_id INTEGER NOT NULL REFERENCES articles(id),
              idx INTEGER NOT NULL,
              group_id INTEGER NOT NULL REFERENCES event_groups(id),
              type TEXT,
              mode TEXT,
              cameo TEXT NOT NULL,
              quad_class INTEGER NOT NULL,
              goldstein REAL NOT NULL,
              status TEXT NOT NULL,
              date TEXT,
              date_first TEXT,
              date_last TEXT,
              date_from_publication INTEGER NOT NULL,
              place_name TEXT,
              place_geonameid INTEGER,
              place_country TEXT,
              place_lat REAL,
              place_lon REAL,
              reported_by INTEGER,
              trigger TEXT NOT NULL,
              trigger_start INTEGER NOT NULL,
              trigger_end INTEGER NOT NULL,
              sentence_start INTEGER NOT NULL,
              sentence_end INTEGER NOT NULL
            );
            CREATE INDEX events_article ON events(article_id);
            CREATE INDEX events_date ON events(date_first, date_last);
            CREATE INDEX events_type ON events(type);
            CREATE INDEX events_group ON events(group_id);
            CREATE TABLE event_participants (
              event_id INTEGER NOT NULL REFERENCES events(id),
              role TEXT NOT NULL,
              actor_id INTEGER REFERENCES actors(id),
              code TEXT,
              text TEXT NOT NULL,
              start INTEGER NOT NULL,
              end INTEGER NOT NULL
            );
            CREATE INDEX event_participants_event ON event_participants(event_id);
            CREATE INDEX event_participants_actor ON event_participants(actor_id, role);
            CREATE INDEX event_participants_code ON event_participants(code);
            CREATE TABLE places (
              article_id INTEGER NOT NULL REFERENCES articles(id),
              name TEXT NOT NULL,
              geonameid INTEGER,
              country_code TEXT,
              admin1 TEXT,
              lat REAL NOT NULL,
              lon REAL NOT NULL,
              feature TEXT NOT NULL,
              role TEXT NOT NULL,
              mentions INTEGER NOT NULL
            );
            CREATE INDEX places_article ON places(article_id);
            CREATE INDEX places_name ON places(name COLLATE NOCASE);
            CREATE TABLE times (
              article_id INTEGER NOT NULL REFERENCES articles(id),
              text TEXT NOT NULL,
              type TEXT NOT NULL,
              value TEXT,
              start INTEGER NOT NULL,
              end INTEGER NOT NULL
            );
            CREATE INDEX times_article ON times(article_id);
            CREATE VIRTUAL TABLE search USING fts5(title, body, quotes, tokenize = 'porter unicode61 remove_diacritics 2');
            CREATE TABLE failures (
              id INTEGER PRIMARY KEY,
              source TEXT NOT NULL,
              kind TEXT NOT NULL,
              message TEXT NOT NULL,
              at TEXT NOT NULL
            );
            """, """
            ALTER TABLE articles ADD COLUMN minhash BLOB;
            CREATE TABLE minhash_bands (band INTEGER NOT NULL, value INTEGER NOT NULL, article_id INTEGER NOT NULL REFERENCES articles(id));
            CREATE INDEX minhash_bands_value ON minhash_bands(value, band);
            """, """
            INSERT INTO search(search, rank) VALUES ('rank', 'bm25(10.0, 1.0, 3.0)');
            """, """
            ALTER TABLE quotes ADD COLUMN published TEXT;
            UPDATE quotes SET published = (SELECT a.published FROM articles a WHERE a.id = quotes.article_id);
            CREATE INDEX quotes_speaker_published ON quotes(speaker_actor, published, id);
            CREATE INDEX quotes_published ON quotes(published, id);
            CREATE INDEX actors_name ON actors(name COLLATE NOCASE);
            """);

    /** Brings a store up to the current version; returns the version it had. */
    static int migrate(Connection c) throws SQLException {
        int version;
        try (Statement s = c.createStatement(); ResultSet r = s.executeQuery("PRAGMA user_version")) {
            version = r.getInt(1);
        }
        if (version > MIGRATIONS.size()) {
            throw new SQLException("the store has schema version " + version + ", newer than this Dateline ("
                    + MIGRATIONS.size() + "); upgrade Dateline");
        }
        for (int v = version; v < MIGRATIONS.size(); v++) {
            boolean auto = c.getAutoCommit();
            c.setAutoCommit(false);
            try (Statement s = c.createStatement()) {
                for (String sql : MIGRATIONS.get(v).split(";\\s*\\n")) {
                    if (!sql.isBlank()) {
                        s.execute(sql);
                    }
                }
                s.execute("PRAGMA user_version = " + (v + 1));
                c.commit();
            } catch (SQLException e) {
                c.rollback();
                throw e;
            } finally {
                c.setAutoCommit(auto);
            }
        }
        return version;
    }
}
