//! PostgreSQL databases of their own for the server's tests: each test
//! that runs on PostgreSQL makes one (`CREATE DATABASE`) and drops it when
//! done, so tests of several binaries never share tables.

/// A PostgreSQL database made for a test (`CREATE DATABASE`, so the role
/// of CEP_TEST_PG_URL needs CREATEDB, which .ci/run grants).
pub struct PgDb {
    admin: String,
    name: String,
    /// Its URL.
    pub url: String,
    /// A directory that lives as long as it (for files beside it).
    pub dir: tempfile::TempDir,
}

impl Drop for PgDb {
    fn drop(&mut self) {
        if let Ok(mut c) = postgres::Client::connect(&self.admin, postgres::NoTls) {
            let _ = c.batch_execute(&format!(
                "DROP DATABASE IF EXISTS {} WITH (FORCE)",
                self.name
            ));
        }
    }
}

/// CEP_TEST_PG_URL, or why the PostgreSQL tests skip.
pub fn pg_admin() -> Option<String> {
    let Ok(url) = std::env::var("CEP_TEST_PG_URL") else {
        cep_core::skip!("CEP_TEST_PG_URL is not set (.ci/run sets it up; see README.md)");
        return None;
    };
    if let Err(e) = postgres::Client::connect(&url, postgres::NoTls) {
        cep_core::skip!("cannot connect to PostgreSQL at CEP_TEST_PG_URL: {e}");
        return None;
    }
    Some(url)
}

/// A new, empty database on the server of `admin` (named after `tag`).
pub fn pg_db(admin: &str, tag: &str) -> PgDb {
    static N: std::sync::atomic::AtomicU32 = std::sync::atomic::AtomicU32::new(0);
    let n = N.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
    let name = format!("cep_schema_{tag}_{}_{n}", std::process::id());
    let mut c = postgres::Client::connect(admin, postgres::NoTls).unwrap();
    c.batch_execute(&format!("DROP DATABASE IF EXISTS {name} WITH (FORCE)"))
        .unwrap();
    if let Err(e) = c.batch_execute(&format!("CREATE DATABASE {name}")) {
        panic!("CREATE DATABASE {name}: {e} (the role of CEP_TEST_PG_URL needs CREATEDB)");
    }
    let (base, query) = admin.split_once('?').unwrap_or((admin, ""));
    let at = base.rfind('/').unwrap();
    let mut url = format!("{}/{name}", &base[..at]);
    if !query.is_empty() {
        url = format!("{url}?{query}");
    }
    PgDb {
        admin: admin.to_owned(),
        name,
        url,
        dir: tempfile::tempdir().unwrap(),
    }
}
