//! The schema statements that differ between the engines, for the migrations.

use sea_orm::DbBackend;

/// The FTS5 table of `table` and the triggers that keep it in step with `table.search_text`.
pub fn fts_v1(table: &str) -> Vec<String> {
    vec![
        format!(
            "CREATE VIRTUAL TABLE {table}_fts USING fts5(search_text, content='{table}', \
             content_rowid='id', tokenize='unicode61 remove_diacritics 0')"
        ),
        format!(
            "CREATE TRIGGER {table}_fts_insert AFTER INSERT ON {table} BEGIN \
             INSERT INTO {table}_fts(rowid, search_text) VALUES (new.id, new.search_text); END"
        ),
        format!(
            "CREATE TRIGGER {table}_fts_delete AFTER DELETE ON {table} BEGIN \
             INSERT INTO {table}_fts({table}_fts, rowid, search_text) \
             VALUES ('delete', old.id, old.search_text); END"
        ),
        format!(
            "CREATE TRIGGER {table}_fts_update AFTER UPDATE OF search_text ON {table} BEGIN \
             INSERT INTO {table}_fts({table}_fts, rowid, search_text) \
             VALUES ('delete', old.id, old.search_text); \
             INSERT INTO {table}_fts(rowid, search_text) VALUES (new.id, new.search_text); END"
        ),
        format!("INSERT INTO {table}_fts({table}_fts) VALUES ('rebuild')"),
    ]
}

/// PostgreSQL, first search index: a stored `tsvector` of `table.search_text` with a GIN index.
/// Stored, so a plan that scans rows never computes a vector per row.
pub fn tsvector_v1(table: &str) -> [String; 2] {
    [
        format!(
            "ALTER TABLE {table} ADD COLUMN search_vector tsvector GENERATED ALWAYS \
             AS (to_tsvector('simple', search_text)) STORED"
        ),
        format!("CREATE INDEX idx_{table}_words ON {table} USING GIN (search_vector)"),
    ]
}

/// Undoes [`tsvector_v1`].
pub fn drop_tsvector_v1(table: &str) -> [String; 2] {
    [
        format!("DROP INDEX IF EXISTS idx_{table}_words"),
        format!("ALTER TABLE {table} DROP COLUMN IF EXISTS search_vector"),
    ]
}

/// Undoes [`fts_v1`].
pub fn drop_fts_v1(table: &str) -> [String; 4] {
    [
        format!("DROP TRIGGER IF EXISTS {table}_fts_insert"),
        format!("DROP TRIGGER IF EXISTS {table}_fts_delete"),
        format!("DROP TRIGGER IF EXISTS {table}_fts_update"),
        format!("DROP TABLE IF EXISTS {table}_fts"),
    ]
}

/// The folded name as the listing index sorts it: by bytes on both engines (see
/// [`super::byte_order`]), which PostgreSQL must be told.
pub fn listing_name(backend: DbBackend) -> &'static str {
    match backend {
        DbBackend::Postgres => r#"(name_folded COLLATE "C")"#,
        _ => "name_folded",
    }
}

/// SQLite: a contentless FTS5 table of the published projects' name and body words, kept in
/// step by triggers. `contentless_delete` lets a trigger remove a row by its id alone.
pub const SQLITE_RANKED_SEARCH: &[&str] = &[
    "DROP TRIGGER IF EXISTS project_fts_insert",
    "DROP TRIGGER IF EXISTS project_fts_delete",
    "DROP TRIGGER IF EXISTS project_fts_update",
    "DROP TABLE IF EXISTS project_fts",
    "CREATE VIRTUAL TABLE project_fts USING fts5(name, body, content='', contentless_delete=1, \
     tokenize='unicode61 remove_diacritics 0')",
    "CREATE TRIGGER project_fts_insert AFTER INSERT ON project WHEN new.published BEGIN \
     INSERT INTO project_fts(rowid, name, body) \
     VALUES (new.id, new.search_name, new.search_text); END",
    "CREATE TRIGGER project_fts_delete AFTER DELETE ON project BEGIN \
     DELETE FROM project_fts WHERE rowid = old.id; END",
    "CREATE TRIGGER project_fts_update \
     AFTER UPDATE OF published, search_name, search_text ON project BEGIN \
     DELETE FROM project_fts WHERE rowid = old.id; \
     INSERT INTO project_fts(rowid, name, body) \
     SELECT new.id, new.search_name, new.search_text WHERE new.published; END",
    "INSERT INTO project_fts(rowid, name, body) \
     SELECT id, search_name, search_text FROM project WHERE published",
];

/// PostgreSQL: the narrow table `project_search` of the published projects' word vectors (all
/// words, name words), each with a GIN index, kept in step by a trigger on `project`. The
/// vectors were columns of `project` before: counting thousands of matches then read as many
/// wide project rows.
pub const POSTGRES_RANKED_SEARCH: &[&str] = &[
    "DROP INDEX IF EXISTS idx_project_words",
    "ALTER TABLE project DROP COLUMN IF EXISTS search_vector",
    "CREATE TABLE project_search (\
     project_id integer PRIMARY KEY REFERENCES project (id) ON DELETE CASCADE, \
     search_vector tsvector NOT NULL, name_vector tsvector NOT NULL)",
    "CREATE INDEX idx_project_search_words ON project_search USING GIN (search_vector)",
    "CREATE INDEX idx_project_search_name ON project_search USING GIN (name_vector)",
    "CREATE FUNCTION project_search_sync() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN \
     IF TG_OP <> 'INSERT' THEN DELETE FROM project_search WHERE project_id = OLD.id; END IF; \
     IF TG_OP <> 'DELETE' AND NEW.published THEN \
     INSERT INTO project_search (project_id, search_vector, name_vector) VALUES (NEW.id, \
     to_tsvector('simple', NEW.search_text), to_tsvector('simple', NEW.search_name)); \
     END IF; RETURN NULL; END $$",
    "CREATE TRIGGER project_search_sync \
     AFTER INSERT OR DELETE OR UPDATE OF published, search_name, search_text ON project \
     FOR EACH ROW EXECUTE FUNCTION project_search_sync()",
    "INSERT INTO project_search (project_id, search_vector, name_vector) \
     SELECT id, to_tsvector('simple', search_text), to_tsvector('simple', search_name) \
     FROM project WHERE published",
];

/// Undoes the ranked search index on PostgreSQL, back to [`tsvector_v1`].
pub fn postgres_unrank() -> Vec<String> {
    let mut undo: Vec<String> = [
        "DROP TRIGGER IF EXISTS project_search_sync ON project",
        "DROP FUNCTION IF EXISTS project_search_sync()",
        "DROP TABLE IF EXISTS project_search",
    ]
    .map(String::from)
    .to_vec();
    undo.extend(tsvector_v1("project"));
    undo
}

/// Undoes the ranked search index on SQLite, back to [`fts_v1`].
pub fn sqlite_unrank() -> Vec<String> {
    let mut undo: Vec<String> = drop_fts_v1("project").to_vec();
    undo.extend(fts_v1("project"));
    undo
}
