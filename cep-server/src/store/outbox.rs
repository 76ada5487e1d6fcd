//! A relay's outbox: what it forwards to its upstream server, oldest
//! first, in its own database.
//!
//! A report enters the outbox in the transaction that stores it (so a
//! report the relay answered a receipt for is always either forwarded or
//! still queued), holding the archive the relay forwards: the report
//! reduced to the upstream's collection policy and sealed
//! ([`crate::relay`]). A row leaves only on the upstream's receipt
//! ([`Store::outbox_delivered`]) or its refusal, which moves it to
//! `outbox_rejected` with the reason ([`Store::outbox_reject`]). A
//! forgotten host's queued reports are dropped and a request to forget it
//! upstream is queued in their place ([`Store::forget_and_forward`]).
//!
//! The outbox is bounded by count and bytes ([`OutboxBounds`]): beyond
//! them the oldest reports are dropped and counted, as the client's spool
//! does; requests to forget a host are never dropped.

use uuid::Uuid;

use super::backend::{StoreError, Val};
use super::base::Store;
use super::ingest::{ForgetReceipt, Prepared, Stored};

/// What an outbox row asks of the upstream.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ItemKind {
    /// `POST /api/v1/reports` with the row's archive.
    Report,
    /// `DELETE /api/v1/hosts/<host id>`.
    Forget,
}

impl ItemKind {
    fn as_str(self) -> &'static str {
        match self {
            ItemKind::Report => "report",
            ItemKind::Forget => "forget",
        }
    }

    fn parse(s: &str) -> Result<ItemKind, StoreError> {
        match s {
            "report" => Ok(ItemKind::Report),
            "forget" => Ok(ItemKind::Forget),
            other => Err(StoreError::Corrupt(format!(
                "outbox row of an unknown kind `{other}`"
            ))),
        }
    }
}

/// One queued item.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct OutboxItem {
    /// The report id, or `forget <host id>`.
    pub id: String,
    /// What it asks.
    pub kind: ItemKind,
    /// The host it is about.
    pub host: Uuid,
    /// When it was queued (unix seconds).
    pub queued_at: i64,
    /// The archive to forward (empty for a forget).
    pub body: Vec<u8>,
    /// Failed attempts so far.
    pub attempts: i64,
}

/// The outbox's bounds (`--outbox-max-reports`, `--outbox-max-bytes`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct OutboxBounds {
    /// Most reports queued.
    pub max_reports: u64,
    /// Most bytes of queued archives.
    pub max_bytes: u64,
}

impl Default for OutboxBounds {
    fn default() -> Self {
        OutboxBounds {
            max_reports: 100_000,
            max_bytes: 512 * 1024 * 1024,
        }
    }
}

/// Where the outbox stands.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct OutboxStatus {
    /// Reports queued.
    pub reports: i64,
    /// Requests to forget a host queued.
    pub forgets: i64,
    /// Bytes of the queued archives.
    pub bytes: i64,
    /// When the oldest queued item was queued.
    pub oldest_queued_at: Option<i64>,
    /// The error of the item at the head of the queue, if its last
    /// attempt failed.
    pub head_error: Option<String>,
    /// Items the upstream accepted, ever.
    pub forwarded: i64,
    /// Reports dropped at the bounds, ever.
    pub dropped: i64,
    /// Items the upstream refused, ever (the last 1,000 are kept).
    pub rejected: i64,
}

/// An item the upstream refused, as kept.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Rejected {
    /// The report id, or `forget <host id>`.
    pub id: String,
    /// The upstream's status, when it answered one.
    pub status: Option<i64>,
    /// Its reason.
    pub reason: String,
    /// When (unix seconds).
    pub rejected_at: i64,
}

/// Refused items kept in `outbox_rejected`; older ones are deleted.
pub const REJECTED_KEPT: i64 = 1_000;

/// `relay_counters` names.
const FORWARDED: &str = "forwarded";
const DROPPED: &str = "dropped";
const REJECTED: &str = "rejected";

fn forget_id(host: Uuid) -> String {
    format!("forget {host}")
}

impl Store {
    /// Stores a batch of reports received at `now` as
    /// [`Store::ingest_prepared`] does and, in the same transaction, queues `forwards[i]` (the
    /// archive to forward for `batch[i]`, if any) for every report stored
    /// for the first time, then drops the oldest reports beyond `bounds`.
    /// Returns what was stored and how many reports were dropped.
    pub fn ingest_relayed(
        &mut self,
        batch: &[Prepared],
        forwards: &[Option<Vec<u8>>],
        bounds: OutboxBounds,
        now: i64,
    ) -> Result<(Vec<Stored>, u64), StoreError> {
        self.transaction(|s| {
            let stored = s.ingest_in_tx(batch, now)?;
            for ((p, st), f) in batch.iter().zip(&stored).zip(forwards) {
                if let (Stored::New(_), Some(body)) = (st, f) {
                    let r = p.report();
                    s.enqueue(
                        &r.report_id.to_string(),
                        ItemKind::Report,
                        r.client_id,
                        body,
                        now,
                    )?;
                }
            }
            let dropped = s.bound_outbox(bounds)?;
            Ok((stored, dropped))
        })
    }

    /// Erases a host as [`Store::forget`] does and, in the same
    /// transaction, every row the relay holds of it (queued reports, its
    /// labels); with `forward`, queues a request to forget it upstream.
    pub fn forget_and_forward(
        &mut self,
        host: Uuid,
        now: i64,
        forward: bool,
    ) -> Result<ForgetReceipt, StoreError> {
        self.transaction(|s| {
            let receipt = s.forget_in_tx(host, now)?;
            let id: Val = host.to_string().into();
            s.db.exec(
                "DELETE FROM outbox WHERE host_id = $1 AND kind = 'report'",
                std::slice::from_ref(&id),
            )?;
            s.db.exec(
                "DELETE FROM outbox_rejected WHERE host_id = $1",
                std::slice::from_ref(&id),
            )?;
            s.db.exec(
                "DELETE FROM fleet_labels WHERE host_id = $1",
                std::slice::from_ref(&id),
            )?;
            if forward {
                s.enqueue(&forget_id(host), ItemKind::Forget, host, &[], now)?;
            }
            Ok(receipt)
        })
    }

    fn enqueue(
        &mut self,
        id: &str,
        kind: ItemKind,
        host: Uuid,
        body: &[u8],
        now: i64,
    ) -> Result<(), StoreError> {
        // One writer (the store thread): the next number is safe to take.
        let seq = self
            .db
            .query(
                "SELECT CAST(COALESCE(MAX(seq), 0) AS BIGINT) FROM outbox",
                &[],
            )?
            .first()
            .map_or(Ok(0), |r| r[0].int())?
            + 1;
        self.db.exec(
            "INSERT INTO outbox (id, kind, host_id, seq, queued_at, body, bytes, attempts) \
             VALUES ($1, $2, $3, $4, $5, $6, $7, 0) ON CONFLICT (id) DO NOTHING",
            &[
                id.into(),
                kind.as_str().into(),
                host.to_string().into(),
                seq.into(),
                now.into(),
                Val::Blob(body.to_vec()),
                (body.len() as i64).into(),
            ],
        )?;
        Ok(())
    }

    /// Drops the oldest reports while the outbox is over `bounds`; counts
    /// them.
    fn bound_outbox(&mut self, bounds: OutboxBounds) -> Result<u64, StoreError> {
        let rows = self.db.query(
            "SELECT CAST(COUNT(*) AS BIGINT), CAST(COALESCE(SUM(bytes), 0) AS BIGINT) FROM outbox \
             WHERE kind = 'report'",
            &[],
        )?;
        let (mut count, mut bytes) = match rows.first() {
            Some(r) => (r[0].int()?, r[1].int()?),
            None => (0, 0),
        };
        let over = |count: i64, bytes: i64| {
            count > bounds.max_reports as i64 || bytes > bounds.max_bytes as i64
        };
        let mut dropped = 0u64;
        while over(count, bytes) {
            let oldest = self.db.query(
                "SELECT id, bytes FROM outbox WHERE kind = 'report' ORDER BY seq LIMIT 256",
                &[],
            )?;
            if oldest.is_empty() {
                break;
            }
            for row in oldest {
                if !over(count, bytes) {
                    break;
                }
                let mut it = row.into_iter();
                let (Some(id), Some(n)) = (it.next(), it.next()) else {
                    continue;
                };
                self.db.exec("DELETE FROM outbox WHERE id = $1", &[id])?;
                count -= 1;
                bytes -= n.int()?;
                dropped += 1;
            }
        }
        if dropped > 0 {
            self.add_relay_counter(DROPPED, dropped as i64)?;
        }
        Ok(dropped)
    }

    fn add_relay_counter(&mut self, name: &str, n: i64) -> Result<(), StoreError> {
        self.db.exec(
            "INSERT INTO relay_counters (name, value) VALUES ($1, $2) \
             ON CONFLICT (name) DO UPDATE SET value = relay_counters.value + excluded.value",
            &[name.into(), n.into()],
        )?;
        Ok(())
    }

    fn relay_counter(&mut self, name: &str) -> Result<i64, StoreError> {
        let rows = self.db.query(
            "SELECT value FROM relay_counters WHERE name = $1",
            &[name.into()],
        )?;
        rows.first().map_or(Ok(0), |r| r[0].int())
    }

    /// The oldest `limit` queued items.
    pub fn outbox_next(&mut self, limit: usize) -> Result<Vec<OutboxItem>, StoreError> {
        let rows = self.db.query(
            "SELECT id, kind, host_id, queued_at, body, attempts FROM outbox ORDER BY seq LIMIT $1",
            &[(limit as i64).into()],
        )?;
        let mut out = Vec::with_capacity(rows.len());
        for row in rows {
            let mut it = row.into_iter();
            let (Some(id), Some(kind), Some(host), Some(at), Some(body), Some(attempts)) = (
                it.next(),
                it.next(),
                it.next(),
                it.next(),
                it.next(),
                it.next(),
            ) else {
                continue;
            };
            let host = host.text()?;
            out.push(OutboxItem {
                id: id.text()?,
                kind: ItemKind::parse(&kind.text()?)?,
                host: Uuid::parse_str(&host)
                    .map_err(|_| StoreError::Corrupt(format!("outbox host id `{host}`")))?,
                queued_at: at.int()?,
                body: match body {
                    Val::Blob(b) => b,
                    Val::Text(t) => t.into_bytes(),
                    other => {
                        return Err(StoreError::Corrupt(format!(
                            "outbox body expected, got {other:?}"
                        )));
                    }
                },
                attempts: attempts.int()?,
            });
        }
        Ok(out)
    }

    /// The upstream gave a receipt for `id`: the row goes.
    pub fn outbox_delivered(&mut self, id: &str) -> Result<(), StoreError> {
        self.transaction(|s| {
            if s.db
                .exec("DELETE FROM outbox WHERE id = $1", &[id.into()])?
                > 0
            {
                s.add_relay_counter(FORWARDED, 1)?;
            }
            Ok(())
        })
    }

    /// An attempt to forward `id` failed and will be retried: counted and
    /// its reason kept for the fleet page.
    pub fn outbox_failed(&mut self, id: &str, error: &str) -> Result<(), StoreError> {
        self.db.exec(
            "UPDATE outbox SET attempts = attempts + 1, last_error = $2 WHERE id = $1",
            &[id.into(), error.into()],
        )?;
        Ok(())
    }

    /// The upstream refused `id` for good (`status`, its reason): the row
    /// moves to `outbox_rejected` (the newest [`REJECTED_KEPT`] are kept)
    /// and is counted.
    pub fn outbox_reject(
        &mut self,
        id: &str,
        status: Option<u16>,
        reason: &str,
        now: i64,
    ) -> Result<(), StoreError> {
        self.transaction(|s| {
            let rows = s.db.query(
                "SELECT kind, host_id, queued_at, body FROM outbox WHERE id = $1",
                &[id.into()],
            )?;
            let Some(row) = rows.into_iter().next() else {
                return Ok(());
            };
            let mut values = vec![Val::from(id)];
            values.extend(row);
            values.insert(4, now.into());
            values.insert(5, status.map_or(Val::Null, |c| Val::Int(i64::from(c))));
            values.insert(6, reason.into());
            s.db.exec(
                "INSERT INTO outbox_rejected (id, kind, host_id, queued_at, rejected_at, status, reason, body) \
                 VALUES ($1, $2, $3, $4, $5, $6, $7, $8) ON CONFLICT (id) DO NOTHING",
                &values,
            )?;
            s.db.exec("DELETE FROM outbox WHERE id = $1", &[id.into()])?;
            s.add_relay_counter(REJECTED, 1)?;
            s.db.exec(
                "DELETE FROM outbox_rejected WHERE rejected_at < (SELECT rejected_at FROM outbox_rejected \
                 ORDER BY rejected_at DESC LIMIT 1 OFFSET $1)",
                &[REJECTED_KEPT.into()],
            )?;
            Ok(())
        })
    }

    /// The refused items kept, newest first.
    pub fn outbox_rejected(&mut self, limit: usize) -> Result<Vec<Rejected>, StoreError> {
        let rows = self.db.query(
            "SELECT id, status, reason, rejected_at FROM outbox_rejected \
             ORDER BY rejected_at DESC, id LIMIT $1",
            &[(limit as i64).into()],
        )?;
        let mut out = Vec::with_capacity(rows.len());
        for row in rows {
            let mut it = row.into_iter();
            let (Some(id), Some(status), Some(reason), Some(at)) =
                (it.next(), it.next(), it.next(), it.next())
            else {
                continue;
            };
            let status = match status {
                Val::Null => None,
                v => Some(v.int()?),
            };
            out.push(Rejected {
                id: id.text()?,
                status,
                reason: reason.text()?,
                rejected_at: at.int()?,
            });
        }
        Ok(out)
    }

    /// Where the outbox stands.
    pub fn outbox_status(&mut self) -> Result<OutboxStatus, StoreError> {
        let mut st = OutboxStatus::default();
        for row in self.db.query(
            "SELECT kind, CAST(COUNT(*) AS BIGINT), CAST(COALESCE(SUM(bytes), 0) AS BIGINT), \
             CAST(MIN(queued_at) AS BIGINT) FROM outbox GROUP BY kind",
            &[],
        )? {
            let mut it = row.into_iter();
            let (Some(kind), Some(n), Some(bytes), Some(oldest)) =
                (it.next(), it.next(), it.next(), it.next())
            else {
                continue;
            };
            match ItemKind::parse(&kind.text()?)? {
                ItemKind::Report => st.reports = n.int()?,
                ItemKind::Forget => st.forgets = n.int()?,
            }
            st.bytes += bytes.int()?;
            let oldest = oldest.int()?;
            st.oldest_queued_at = Some(st.oldest_queued_at.map_or(oldest, |o| o.min(oldest)));
        }
        st.head_error = match self
            .db
            .query("SELECT last_error FROM outbox ORDER BY seq LIMIT 1", &[])?
            .into_iter()
            .next()
            .and_then(|r| r.into_iter().next())
        {
            Some(Val::Text(e)) => Some(e),
            _ => None,
        };
        st.forwarded = self.relay_counter(FORWARDED)?;
        st.dropped = self.relay_counter(DROPPED)?;
        st.rejected = self.relay_counter(REJECTED)?;
        Ok(st)
    }

    /// The upstream's collection policy as last fetched from `upstream`
    /// (its URL without credentials): the exact bytes, the signature
    /// header and when.
    pub fn upstream_policy(
        &mut self,
        upstream: &str,
    ) -> Result<Option<(cep_core::PolicyDocument, i64)>, StoreError> {
        let rows = self.db.query(
            "SELECT body, signature, fetched_at FROM upstream_policy WHERE upstream = $1",
            &[upstream.into()],
        )?;
        let Some(row) = rows.into_iter().next() else {
            return Ok(None);
        };
        let mut it = row.into_iter();
        let (Some(body), Some(sig), Some(at)) = (it.next(), it.next(), it.next()) else {
            return Ok(None);
        };
        let bytes = match body {
            Val::Blob(b) => b,
            Val::Text(t) => t.into_bytes(),
            other => {
                return Err(StoreError::Corrupt(format!(
                    "policy bytes expected, got {other:?}"
                )));
            }
        };
        let signature = match sig {
            Val::Text(s) => Some(s),
            _ => None,
        };
        Ok(Some((
            cep_core::PolicyDocument { bytes, signature },
            at.int()?,
        )))
    }

    /// Keeps the policy `upstream` served at `now`.
    pub fn set_upstream_policy(
        &mut self,
        upstream: &str,
        doc: &cep_core::PolicyDocument,
        now: i64,
    ) -> Result<(), StoreError> {
        self.db.exec(
            "INSERT INTO upstream_policy (upstream, body, signature, fetched_at) VALUES ($1, $2, $3, $4) \
             ON CONFLICT (upstream) DO UPDATE SET body = excluded.body, signature = excluded.signature, \
             fetched_at = excluded.fetched_at",
            &[
                upstream.into(),
                Val::Blob(doc.bytes.clone()),
                doc.signature.clone().map_or(Val::Null, Val::Text),
                now.into(),
            ],
        )?;
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::store::sqlite::Sqlite;
    use crate::store::testutil::*;

    fn store() -> Store {
        Store::new(Box::new(Sqlite::open(":memory:").unwrap())).unwrap()
    }

    fn bounds(max_reports: u64, max_bytes: u64) -> OutboxBounds {
        OutboxBounds {
            max_reports,
            max_bytes,
        }
    }

    fn ids(s: &mut Store) -> Vec<String> {
        s.outbox_next(100)
            .unwrap()
            .into_iter()
            .map(|i| i.id)
            .collect()
    }

    #[test]
    fn a_new_report_is_queued_with_it_a_repeat_is_not() {
        let mut s = store();
        let r = Prepared::new(incoming(1, 10, kernel("3.10.0", "vz7")));
        let fwd = Some(b"forwarded".to_vec());
        let (stored, dropped) = s
            .ingest_relayed(
                std::slice::from_ref(&r),
                std::slice::from_ref(&fwd),
                OutboxBounds::default(),
                T0,
            )
            .unwrap();
        assert!(matches!(stored[0], Stored::New(_)) && dropped == 0);
        // The same report again (a node resending): stored once, queued once.
        let (stored, _) = s
            .ingest_relayed(
                std::slice::from_ref(&r),
                &[fwd],
                OutboxBounds::default(),
                T0 + 5,
            )
            .unwrap();
        assert!(matches!(stored[0], Stored::Duplicate(_)));
        let items = s.outbox_next(10).unwrap();
        assert_eq!(items.len(), 1);
        assert_eq!(items[0].id, Uuid::from_u128(10).to_string());
        assert_eq!(
            (items[0].kind, items[0].host, items[0].queued_at),
            (ItemKind::Report, Uuid::from_u128(1), T0)
        );
        assert_eq!(items[0].body, b"forwarded");
        // Delivered: gone and counted; a second receipt changes nothing.
        s.outbox_delivered(&items[0].id).unwrap();
        s.outbox_delivered(&items[0].id).unwrap();
        let st = s.outbox_status().unwrap();
        assert_eq!((st.reports, st.bytes, st.forwarded), (0, 0, 1));
        assert_eq!(st.oldest_queued_at, None);
        // Once forwarded, a repeat from the node is still not queued again.
        s.ingest_relayed(&[r], &[Some(vec![1])], OutboxBounds::default(), T0 + 9)
            .unwrap();
        assert!(ids(&mut s).is_empty());
    }

    #[test]
    fn beyond_its_bounds_the_oldest_reports_are_dropped_and_counted() {
        let mut s = store();
        let b = bounds(3, 1_000);
        for i in 1..=5u128 {
            let r = Prepared::new(incoming(i, 100 + i, kernel("3.10.0", "vz7")));
            let (_, dropped) = s
                .ingest_relayed(&[r], &[Some(vec![0; 100])], b, T0 + i as i64)
                .unwrap();
            assert_eq!(dropped, u64::from(i > 3));
        }
        let left: Vec<String> = (103..=105u128)
            .map(|i| Uuid::from_u128(i).to_string())
            .collect();
        assert_eq!(ids(&mut s), left);
        let st = s.outbox_status().unwrap();
        assert_eq!(
            (st.reports, st.bytes, st.dropped, st.oldest_queued_at),
            (3, 300, 2, Some(T0 + 3))
        );
        // By bytes: a large archive pushes out as many as it takes.
        let big = Prepared::new(incoming(9, 200, kernel("3.10.0", "vz7")));
        let (_, dropped) = s
            .ingest_relayed(&[big], &[Some(vec![0; 850])], b, T0 + 10)
            .unwrap();
        assert_eq!(dropped, 2);
        assert_eq!(
            ids(&mut s),
            [
                Uuid::from_u128(105).to_string(),
                Uuid::from_u128(200).to_string()
            ]
        );
        assert_eq!(s.outbox_status().unwrap().dropped, 4);
        // A forget is never dropped, whatever the bounds.
        s.forget_and_forward(Uuid::from_u128(77), T0 + 11, true)
            .unwrap();
        s.ingest_relayed(
            &[Prepared::new(incoming(8, 300, json_kernel()))],
            &[Some(vec![0; 900])],
            b,
            T0 + 12,
        )
        .unwrap();
        let kinds: Vec<ItemKind> = s
            .outbox_next(10)
            .unwrap()
            .into_iter()
            .map(|i| i.kind)
            .collect();
        assert_eq!(kinds, [ItemKind::Forget, ItemKind::Report]);
    }

    fn json_kernel() -> serde_json::Value {
        kernel("3.10.0", "vz7")
    }

    #[test]
    fn a_refusal_moves_the_report_aside_with_its_reason() {
        let mut s = store();
        for i in 1..=2u128 {
            s.ingest_relayed(
                &[Prepared::new(incoming(i, i, json_kernel()))],
                &[Some(vec![i as u8])],
                OutboxBounds::default(),
                T0,
            )
            .unwrap();
        }
        let first = Uuid::from_u128(1).to_string();
        s.outbox_failed(&first, "HTTP 503: busy").unwrap();
        let st = s.outbox_status().unwrap();
        assert_eq!(st.head_error.as_deref(), Some("HTTP 503: busy"));
        assert_eq!(s.outbox_next(1).unwrap()[0].attempts, 1);
        s.outbox_reject(&first, Some(422), "invalid archive", T0 + 60)
            .unwrap();
        assert_eq!(ids(&mut s), [Uuid::from_u128(2).to_string()]);
        let st = s.outbox_status().unwrap();
        assert_eq!((st.reports, st.rejected, st.head_error), (1, 1, None));
        assert_eq!(
            s.outbox_rejected(10).unwrap(),
            [Rejected {
                id: first,
                status: Some(422),
                reason: "invalid archive".to_owned(),
                rejected_at: T0 + 60
            }]
        );
    }

    #[test]
    fn forgetting_a_host_drops_its_queued_reports_and_queues_the_forget() {
        let mut s = store();
        for (h, r) in [(1u128, 1u128), (2, 2), (1, 3)] {
            s.ingest_relayed(
                &[Prepared::new(incoming(h, r, json_kernel()))],
                &[Some(vec![1])],
                OutboxBounds::default(),
                T0,
            )
            .unwrap();
        }
        s.set_label(
            Uuid::from_u128(1),
            crate::store::LabelSource::Node,
            Some("hv1"),
            T0,
        )
        .unwrap();
        let receipt = s
            .forget_and_forward(Uuid::from_u128(1), T0 + 1, true)
            .unwrap();
        assert_eq!(receipt.reports, 2);
        assert_eq!(
            ids(&mut s),
            [
                Uuid::from_u128(2).to_string(),
                format!("forget {}", Uuid::from_u128(1))
            ]
        );
        assert!(s.fleet_labels().unwrap().is_empty());
        // A repeat queues nothing more; without an upstream nothing is queued.
        s.forget_and_forward(Uuid::from_u128(1), T0 + 2, true)
            .unwrap();
        s.forget_and_forward(Uuid::from_u128(2), T0 + 2, false)
            .unwrap();
        assert_eq!(ids(&mut s), [format!("forget {}", Uuid::from_u128(1))]);
    }

    #[test]
    fn the_upstream_policy_is_kept_byte_for_byte() {
        let mut s = store();
        assert!(s.upstream_policy("https://u.example").unwrap().is_none());
        let doc = cep_core::PolicyDocument {
            bytes: b"{\"version\":\"x\"}".to_vec(),
            signature: Some("ed25519:a b".into()),
        };
        s.set_upstream_policy("https://u.example", &doc, T0)
            .unwrap();
        assert_eq!(
            s.upstream_policy("https://u.example").unwrap(),
            Some((doc, T0))
        );
        assert!(
            s.upstream_policy("https://other.example")
                .unwrap()
                .is_none()
        );
    }
}
