//! Forgetting a host: its rows erased and its share taken back out of
//! every aggregate, in one transaction.

use uuid::Uuid;

use super::backend::{StoreError, Val};
use super::base::{Store, day_of};
use super::ingest::ForgetReceipt;
use super::published::rfc3339;
use super::shares;

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

    /// Erases a host at `now`: its reports, kept archives, sections and keys,
    /// and its share of every aggregate and counter (`shares`: its weekly
    /// rows, the week it arrived in, its keys at its last day), in one
    /// transaction. The aggregates become what they would be had the
    /// host never reported. Idempotent: a host forgotten before gets the
    /// first receipt, and later reports of it are refused.
    pub fn forget(&mut self, host: Uuid, now: i64) -> Result<ForgetReceipt, StoreError> {
        self.transaction(|s| s.forget_in_tx(host, now))
    }

    pub(super) fn forget_in_tx(
        &mut self,
        host: Uuid,
        now: i64,
    ) -> Result<ForgetReceipt, StoreError> {
        if let Some(f) = self.forgotten(host)? {
            return Ok(f);
        }
        let id: Val = host.to_string().into();
        let (last_seen, new_week) = match self
            .db
            .query(
                "SELECT last_seen, new_week FROM hosts WHERE host_id = $1",
                std::slice::from_ref(&id),
            )?
            .first()
        {
            Some(r) => (
                Some(r[0].int()?),
                (r[1] != Val::Null).then(|| r[1].int()).transpose()?,
            ),
            None => (None, None),
        };
        let keys: Vec<shares::Share> = match self.keys_text_of(&id)? {
            Some(text) => shares::parse_keys(&host.to_string(), &text)?
                .into_iter()
                .map(|((d, k), w)| (d, k, 1, w))
                .collect(),
            None => Vec::new(),
        };
        let (mut hosts, mut reports) = (0, 0);
        if let Some(w) = new_week {
            hosts += 1;
            self.db.exec(
                "UPDATE week_counts SET new_hosts = new_hosts - 1 WHERE week = $1",
                &[w.into()],
            )?;
        }
        let host_id = host.to_string();
        for (week, active, n, kept) in self.host_weeks(&id)? {
            if active != 0 {
                self.db.exec(
                    "UPDATE week_active SET hosts = hosts - $2 WHERE week = $1",
                    &[week.into(), active.into()],
                )?;
            }
            if n != 0 {
                reports += n;
                self.db.exec(
                    "UPDATE week_counts SET reports = reports - $2 WHERE week = $1",
                    &[week.into(), n.into()],
                )?;
            }
            let kept = match kept {
                Some(text) => shares::parse_shares(&host_id, week, &text)?,
                None => keys.clone(),
            };
            for (d, k, h, u) in kept {
                self.db.exec(
                    "UPDATE dist_week SET hosts = hosts - $4, units = units - $5 WHERE dist = $1 AND key = $2 AND week = $3",
                    &[d.into(), k.into(), week.into(), h.into(), u.into()],
                )?;
            }
        }
        // Its share of the daily rows: its keys, at its last day.
        if let Some(seen) = last_seen {
            let day = day_of(seen);
            for (d, k, _, w) in keys {
                self.db.exec(
                    "UPDATE dist_day SET hosts = hosts - 1, units = units - $4 WHERE dist = $1 AND key = $2 AND day = $3",
                    &[d.into(), k.into(), day.into(), w.into()],
                )?;
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
        for table in ["hosts", "host_keys", "host_weeks"] {
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
    use crate::store::base::DAY;
    use crate::store::ingest::Stored;
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
        // A report of host 9 received before its last one (a clock set
        // back): its count goes to an earlier week than its keys.
        with.ingest(&[incoming(9, 93, kernel("3.10.0", "vz7"))], T0 + 16 * DAY)
            .unwrap();
        // Its weeks: the first holds the keys it had then (they changed
        // since), the one of that late count a count only, its last
        // one its current keys.
        let weeks = with
            .host_weeks(&Uuid::from_u128(9).to_string().into())
            .unwrap();
        let week = crate::store::week_of;
        assert_eq!(
            weeks
                .iter()
                .map(|(w, a, r, k)| (*w, *a, *r, k.as_deref().map(|k| k.contains("2.6.32"))))
                .collect::<Vec<_>>(),
            [
                (week(T0), 1, 2, Some(true)),
                (week(T0 + 16 * DAY), 0, 1, Some(false)),
                (week(T0 + 30 * DAY), 1, 1, None),
            ]
        );
        assert_eq!(weeks[1].3.as_deref(), Some("[]"));
        let now = T0 + 31 * DAY;
        assert_ne!(published(&mut with, now), published(&mut without, now));
        let receipt = with.forget(Uuid::from_u128(9), now).unwrap();
        assert_eq!(
            receipt,
            ForgetReceipt {
                forgotten_at: rfc3339(now),
                reports: 4
            }
        );
        for at in [now, now + 10 * DAY, now + 100 * DAY] {
            assert_eq!(published(&mut with, at), published(&mut without, at));
        }
        assert_eq!(
            published(&mut with, now).0.general.last_report_at,
            Some(rfc3339(T0 + 20 * DAY))
        );
        for table in ["reports", "hosts", "host_keys", "host_weeks"] {
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
            .ingest(&[incoming(9, 94, kernel("3.10.0", "vz7"))], now + 6)
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
