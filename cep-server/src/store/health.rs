//! Whether the store can serve (`/readyz`) and how big it is (the
//! operator metrics).

use super::backend::StoreError;
use super::schema::Store;

impl Store {
    /// Whether the store can serve: the database answers a trivial query.
    /// Checks that readiness needs later (a schema brought up to date)
    /// belong here too, so `/readyz` follows them.
    pub fn ready(&mut self) -> Result<(), StoreError> {
        self.db.query("SELECT 1", &[])?;
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
        let size = s.size_bytes().unwrap().unwrap();
        // The schema's tables and indexes take pages of their own.
        assert!(size >= 4096 * 10, "{size}");
        assert_eq!(size % 4096, 0);
    }
}
