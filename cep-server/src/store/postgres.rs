//! PostgreSQL through the `postgres` crate.

use std::collections::HashMap;

use super::backend::{Backend, StoreError, Val};

/// PostgreSQL through the `postgres` crate, without TLS (local or trusted
/// network; put a TLS proxy in front otherwise).
pub struct Postgres {
    client: postgres::Client,
    statements: HashMap<String, postgres::Statement>,
}

impl Postgres {
    /// Connects to `postgres://user:password@host:port/db`.
    pub fn connect(url: &str) -> Result<Postgres, StoreError> {
        let client =
            postgres::Client::connect(url, postgres::NoTls).map_err(|e| StoreError::Open {
                what: redact_url(url),
                reason: e.to_string(),
            })?;
        Ok(Postgres {
            client,
            statements: HashMap::new(),
        })
    }

    fn statement(&mut self, sql: &str) -> Result<postgres::Statement, StoreError> {
        if let Some(s) = self.statements.get(sql) {
            return Ok(s.clone());
        }
        let s = self.client.prepare(sql)?;
        self.statements.insert(sql.to_owned(), s.clone());
        Ok(s)
    }
}

/// The URL without its password, for messages.
pub fn redact_url(url: &str) -> String {
    match (url.find("://"), url.rfind('@')) {
        (Some(s), Some(at)) if at > s => {
            let cred = &url[s + 3..at];
            let user = cred.split(':').next().unwrap_or("");
            format!("{}{user}:***{}", &url[..s + 3], &url[at..])
        }
        _ => url.to_owned(),
    }
}

impl Backend for Postgres {
    fn batch(&mut self, sql: &str) -> Result<(), StoreError> {
        Ok(self.client.batch_execute(sql)?)
    }
    fn exec(&mut self, sql: &str, params: &[Val]) -> Result<u64, StoreError> {
        let st = self.statement(sql)?;
        let p = pg_params(params);
        let refs: Vec<&(dyn postgres::types::ToSql + Sync)> = p.iter().map(|b| &**b).collect();
        Ok(self.client.execute(&st, &refs)?)
    }
    fn query(&mut self, sql: &str, params: &[Val]) -> Result<Vec<Vec<Val>>, StoreError> {
        use postgres::types::Type;
        let st = self.statement(sql)?;
        let p = pg_params(params);
        let refs: Vec<&(dyn postgres::types::ToSql + Sync)> = p.iter().map(|b| &**b).collect();
        let rows = self.client.query(&st, &refs)?;
        let mut out = Vec::with_capacity(rows.len());
        for r in rows {
            let mut row = Vec::with_capacity(r.len());
            for (i, c) in r.columns().iter().enumerate() {
                let t = c.type_();
                let v = if *t == Type::INT8 {
                    r.try_get::<_, Option<i64>>(i)?.map(Val::Int)
                } else if *t == Type::INT4 {
                    r.try_get::<_, Option<i32>>(i)?.map(|v| Val::Int(v.into()))
                } else if *t == Type::BYTEA {
                    r.try_get::<_, Option<Vec<u8>>>(i)?.map(Val::Blob)
                } else {
                    r.try_get::<_, Option<String>>(i)?.map(Val::Text)
                };
                row.push(v.unwrap_or(Val::Null));
            }
            out.push(row);
        }
        Ok(out)
    }
    fn blob_type(&self) -> &'static str {
        "BYTEA"
    }
    fn begin_housekeeping(&mut self) -> Result<(), StoreError> {
        // Its commit need not wait for the WAL flush (a lost step is
        // redone), which on a busy disk took tens of milliseconds. And only
        // nested loops over indexes, the one plan that costs a step its own
        // rows: without statistics (a restored or freshly loaded database)
        // the planner took a silent host for 7,000 rows and chose a hash
        // join over all of host_keys, 200 to 600 ms a step.
        self.batch(
            "BEGIN; SET LOCAL synchronous_commit = off; SET LOCAL enable_seqscan = off; \
             SET LOCAL enable_hashjoin = off; SET LOCAL enable_mergejoin = off",
        )
    }
    fn kind(&self) -> &'static str {
        "postgresql"
    }
    fn size_bytes(&mut self) -> Result<Option<i64>, StoreError> {
        let row = self
            .client
            .query_one("SELECT pg_database_size(current_database())", &[])?;
        Ok(Some(row.get(0)))
    }
}

fn pg_params(params: &[Val]) -> Vec<Box<dyn postgres::types::ToSql + Sync>> {
    params
        .iter()
        .map(|v| -> Box<dyn postgres::types::ToSql + Sync> {
            match v {
                Val::Null => Box::new(Option::<i64>::None),
                Val::Int(i) => Box::new(*i),
                Val::Text(s) => Box::new(s.clone()),
                Val::Blob(b) => Box::new(b.clone()),
            }
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn urls_are_redacted() {
        assert_eq!(
            redact_url("postgres://cep:secret@127.0.0.1/cep"),
            "postgres://cep:***@127.0.0.1/cep"
        );
    }
}
