//! Whether the store can serve (`/readyz`) and how big it is (the
//! operator metrics).

use super::backend::StoreError;
use super::base::Store;

impl Store {
    /// Whether the store can serve: the database answers, and its schema
    /// is at this build's version with every migration recorded (a
    /// database changed under a running server, or restored from an older
    /// backup, is not ready until `cep-server migrate` brings it up).
    pub fn ready(&mut self) -> Result<(), StoreError> {
        let st = self.schema_status()?;
        if !st.ready() {
            return Err(StoreError::Schema(format!(
                "the database's schema is at version {} (recorded: {}), this server needs {}; \
                 pending: {}; run `cep-server migrate`",
                st.current,
                st.recorded,
                st.target,
                st.pending
                    .iter()
                    .map(|(v, n)| format!("{v} {n}"))
                    .collect::<Vec<_>>()
                    .join(", ")
            )));
        }
        Ok(())
    }

    /// The database's size in bytes, when the backend can tell.
    pub fn size_bytes(&mut self) -> Result<Option<i64>, StoreError> {
        self.db.size_bytes()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::store::sqlite::Sqlite;

    #[test]
    fn a_fresh_database_is_ready_and_has_a_size() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("stats.db");
        let mut s = Store::new(Box::new(Sqlite::open(path.to_str().unwrap()).unwrap())).unwrap();
        s.ready().unwrap();
        // A migration's record lost under a running server: not ready,
        // and the reason says what is wrong.
        s.db.batch("DELETE FROM schema_migrations WHERE version = 2")
            .unwrap();
        let e = s.ready().unwrap_err().to_string();
        assert!(e.contains("half-migrated"), "{e}");
        let size = s.size_bytes().unwrap().unwrap();
        // The schema's tables and indexes take pages of their own.
        assert!(size >= 4096 * 10, "{size}");
        assert_eq!(size % 4096, 0);
    }
}
