//! Forgetting a host: its rows erased and its share taken back out of
//! every aggregate, in one transaction.

use uuid::Uuid;

use super::backend::{StoreError, Val};
use super::ingest::ForgetReceipt;
use super::published::rfc3339;
use super::schema::{AGG_DIST_WEEK, AGG_NEW, AGG_REPORTS, AGG_WEEK_ACTIVE, Store, day_of};

/// What `forgotten` keeps of a forgotten host: a digest of its id, never
/// the id.
fn forget_key(host: Uuid) -> String {
    cep_core::report::sha256_hex(format!("cep forgotten host {host}").as_bytes())
}

impl Store {
    /// The receipt of a host forgotten earlier, if it was.
    pub(super) fn forgotten(&mut self, host: Uuid) -> Result<Option<ForgetReceipt>, StoreError> {
        let rows = self.db.query(
            "SELECT forgotten_at, reports FROM forgotten WHERE host_hash = $1",
            &[forget_key(host).into()],
        )?;
        match rows.first() {
            Some(r) => Ok(Some(ForgetReceipt {
                forgotten_at: rfc3339(r[0].int()?),
                reports: r[1].int()?,
            })),
            None => Ok(None),
        }
    }

    /// Erases a host at `now`: its reports, kept archives, facts and keys,
    /// and its share of every aggregate and counter (`host_contrib`), in
    /// one transaction. The aggregates become what they would be had the
    /// host never reported. Idempotent: a host forgotten before gets the
    /// first receipt, and later reports of it are refused.
    pub fn forget(&mut self, host: Uuid, now: i64) -> Result<ForgetReceipt, StoreError> {
        self.transaction(|s| s.forget_in_tx(host, now))
    }

    fn forget_in_tx(&mut self, host: Uuid, now: i64) -> Result<ForgetReceipt, StoreError> {
        if let Some(f) = self.forgotten(host)? {
            return Ok(f);
        }
        let id: Val = host.to_string().into();
        let last_seen = match self
            .db
            .query(
                "SELECT last_seen FROM hosts WHERE host_id = $1",
                std::slice::from_ref(&id),
            )?
            .first()
        {
            Some(r) => Some(r[0].int()?),
            None => None,
        };
        let rows = self.db.query(
            "SELECT agg, dist, key, t, hosts, units FROM host_contrib WHERE host_id = $1",
            std::slice::from_ref(&id),
        )?;
        let (mut hosts, mut reports) = (0, 0);
        for row in rows {
            let mut it = row.into_iter();
            let (Some(agg), Some(d), Some(k), Some(t), Some(h), Some(u)) = (
                it.next(),
                it.next(),
                it.next(),
                it.next(),
                it.next(),
                it.next(),
            ) else {
                continue;
            };
            let (agg, d, k, t, h, u) = (
                agg.text()?,
                d.text()?,
                k.text()?,
                t.int()?,
                h.int()?,
                u.int()?,
            );
            let (sql, params): (&str, Vec<Val>) = match agg.as_str() {
                AGG_DIST_WEEK => (
                    "UPDATE dist_week SET hosts = hosts - $4, units = units - $5 WHERE dist = $1 AND key = $2 AND week = $3",
                    vec![d.into(), k.into(), t.into(), h.into(), u.into()],
                ),
                AGG_WEEK_ACTIVE => (
                    "UPDATE week_active SET hosts = hosts - $2 WHERE week = $1",
                    vec![t.into(), h.into()],
                ),
                AGG_NEW => {
                    hosts += h;
                    (
                        "UPDATE week_counts SET new_hosts = new_hosts - $2 WHERE week = $1",
                        vec![t.into(), h.into()],
                    )
                }
                AGG_REPORTS => {
                    reports += h;
                    (
                        "UPDATE week_counts SET reports = reports - $2 WHERE week = $1",
                        vec![t.into(), h.into()],
                    )
                }
                other => {
                    return Err(StoreError::Corrupt(format!(
                        "host_contrib names an unknown aggregate `{other}`"
                    )));
                }
            };
            self.db.exec(sql, &params)?;
        }
        // Its share of the daily rows: its keys, at its last day.
        if let Some(seen) = last_seen {
            let day = day_of(seen);
            for row in self.db.query(
                "SELECT dist, key, weight FROM host_keys WHERE host_id = $1",
                std::slice::from_ref(&id),
            )? {
                let mut it = row.into_iter();
                if let (Some(d), Some(k), Some(w)) = (it.next(), it.next(), it.next()) {
                    self.db.exec(
                        "UPDATE dist_day SET hosts = hosts - 1, units = units - $4 WHERE dist = $1 AND key = $2 AND day = $3",
                        &[d, k, day.into(), w],
                    )?;
                }
            }
            self.db.exec(
                "UPDATE host_day SET hosts = hosts - 1 WHERE day = $1",
                &[day.into()],
            )?;
        }
        for (name, n) in [("hosts", hosts), ("reports", reports)] {
            if n != 0 {
                self.db.exec(
                    "UPDATE counters SET value = value - $2 WHERE name = $1",
                    &[name.into(), n.into()],
                )?;
            }
        }
        // Rows only this host held go, as if it had never reported.
        self.db.batch(
            "DELETE FROM dist_day WHERE hosts = 0 AND units = 0;
             DELETE FROM dist_week WHERE hosts = 0 AND units = 0;
             DELETE FROM host_day WHERE hosts = 0;
             DELETE FROM week_active WHERE hosts = 0;
             DELETE FROM week_counts WHERE new_hosts = 0 AND reports = 0;",
        )?;
        // The time of the last report: the latest other host's, when this
        // host's was the last.
        if let (Some(seen), Some(last)) = (last_seen, self.counter("last_report_at")?)
            && seen >= last
        {
            let rows = self.db.query(
                "SELECT CAST(MAX(last_seen) AS BIGINT) FROM hosts WHERE host_id <> $1",
                std::slice::from_ref(&id),
            )?;
            match rows.first().map(|r| &r[0]) {
                Some(Val::Int(t)) => {
                    self.db.exec(
                        "UPDATE counters SET value = $1 WHERE name = 'last_report_at'",
                        &[(*t).into()],
                    )?;
                }
                _ => {
                    self.db
                        .exec("DELETE FROM counters WHERE name = 'last_report_at'", &[])?;
                }
            }
        }
        if self.counter("hosts")? == Some(0) && self.counter("reports")? == Some(0) {
            self.db.exec(
                "DELETE FROM counters WHERE name IN ('hosts', 'reports')",
                &[],
            )?;
        }
        self.db.exec(
            "DELETE FROM archives WHERE report_id IN (SELECT report_id FROM reports WHERE client_id = $1)",
            std::slice::from_ref(&id),
        )?;
        let erased = self.db.exec(
            "DELETE FROM reports WHERE client_id = $1",
            std::slice::from_ref(&id),
        )?;
        for table in ["hosts", "facts", "host_keys", "host_contrib"] {
            self.db.exec(
                &format!("DELETE FROM {table} WHERE host_id = $1"),
                std::slice::from_ref(&id),
            )?;
        }
        let erased = i64::try_from(erased).unwrap_or(i64::MAX);
        self.db.exec(
            "INSERT INTO forgotten (host_hash, forgotten_at, reports) VALUES ($1, $2, $3)",
            &[forget_key(host).into(), now.into(), erased.into()],
        )?;
        Ok(ForgetReceipt {
            forgotten_at: rfc3339(now),
            reports: erased,
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::store::ingest::Stored;
    use crate::store::schema::DAY;
    use crate::store::sqlite::Sqlite;
    use crate::store::testutil::*;

    #[test]
    fn forgetting_a_host_gives_the_numbers_of_a_store_that_never_saw_it() {
        let mut with = Store::new(Box::new(Sqlite::open(":memory:").unwrap())).unwrap();
        let mut without = Store::new(Box::new(Sqlite::open(":memory:").unwrap())).unwrap();
        for (t, r) in history() {
            with.ingest(std::slice::from_ref(&r), t).unwrap();
            if r.client_id != Uuid::from_u128(9) {
                without.ingest(std::slice::from_ref(&r), t).unwrap();
            }
        }
        let now = T0 + 31 * DAY;
        assert_ne!(published(&mut with, now), published(&mut without, now));
        let receipt = with.forget(Uuid::from_u128(9), now).unwrap();
        assert_eq!(
            receipt,
            ForgetReceipt {
                forgotten_at: rfc3339(now),
                reports: 3
            }
        );
        for at in [now, now + 10 * DAY, now + 100 * DAY] {
            assert_eq!(published(&mut with, at), published(&mut without, at));
        }
        assert_eq!(
            published(&mut with, now).0.general.last_report_at,
            Some(rfc3339(T0 + 20 * DAY))
        );
        for table in ["reports", "hosts", "facts", "host_keys", "host_contrib"] {
            let col = if table == "reports" {
                "client_id"
            } else {
                "host_id"
            };
            let n = with
                .db
                .query(
                    &format!("SELECT CAST(COUNT(*) AS BIGINT) FROM {table} WHERE {col} = $1"),
                    &[Uuid::from_u128(9).to_string().into()],
                )
                .unwrap();
            assert_eq!(n[0][0], Val::Int(0), "{table}");
        }
        assert_eq!(with.archive_count().unwrap(), 4);
        // Idempotent, and the host's reports are refused from now on.
        assert_eq!(with.forget(Uuid::from_u128(9), now + 5).unwrap(), receipt);
        let again = with
            .ingest(&[incoming(9, 93, kernel("3.10.0", "vz7"))], now + 6)
            .unwrap();
        assert_eq!(again, vec![Stored::Forgotten(receipt)]);
        assert_eq!(
            published(&mut with, now + 6),
            published(&mut without, now + 6)
        );
        // A host never seen is forgotten with nothing erased.
        assert_eq!(with.forget(Uuid::from_u128(77), now).unwrap().reports, 0);
    }
}
