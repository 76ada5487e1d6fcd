//! The fleet view's rows (`--fleet`, a relay's admin port): each host the
//! server holds with its label and the values the provider looks for (its
//! kernel, tools, ReadyKernel patch level, containers and VMs), read from
//! the host's latest facts. Per-host data, never published: k-anonymity
//! does not apply to it.
//!
//! A label comes from the host (`[fleet] label` in its cep.toml, sent
//! with each upload) or is set at the relay for a host id; the relay's
//! wins. Labels stay in this database: they are never forwarded.

use std::collections::BTreeMap;

use serde_json::Value;
use uuid::Uuid;

use super::backend::{StoreError, Val};
use super::base::Store;
use crate::facts;

/// Who named a host.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize)]
#[serde(rename_all = "lowercase")]
pub enum LabelSource {
    /// The host's own `[fleet] label`.
    Node,
    /// The relay's operator, for this host id.
    Relay,
}

impl LabelSource {
    fn as_str(self) -> &'static str {
        match self {
            LabelSource::Node => "node",
            LabelSource::Relay => "relay",
        }
    }
}

/// One host of the fleet view.
#[derive(Debug, Clone, Default, PartialEq, Eq, serde::Serialize)]
pub struct FleetHost {
    /// The host id.
    pub host_id: Uuid,
    /// Its label: the relay's, else the host's own.
    pub label: Option<String>,
    /// Who set `label`.
    pub label_source: Option<LabelSource>,
    /// Its first and last report (unix seconds) and how many it sent.
    pub first_seen: i64,
    /// Its last report.
    pub last_seen: i64,
    /// Reports received.
    pub reports: i64,
    /// OpenVZ / Virtuozzo generation (`os.kernel` line).
    pub generation: Option<String>,
    /// Kernel release.
    pub kernel: Option<String>,
    /// vzctl version.
    pub vzctl: Option<String>,
    /// prlctl version.
    pub prlctl: Option<String>,
    /// ploop version.
    pub ploop: Option<String>,
    /// Whether ReadyKernel is installed.
    pub readykernel: Option<bool>,
    /// ReadyKernel's highest enabled patch level.
    pub readykernel_patch: Option<String>,
    /// Containers configured.
    pub containers: Option<i64>,
    /// Virtual machines.
    pub vms: Option<i64>,
}

/// The collectors whose sections the fleet view reads.
const COLLECTORS: &[&str] = &[
    "os.kernel",
    "vz.host",
    "sw.packages",
    "vz.readykernel",
    "vz.containers",
    "vz.vms",
];

/// The text of the value distribution `dist` reads from `section`.
fn text(dist: &str, section: &Value) -> Option<String> {
    let v = facts::value(facts::dist(dist)?, section)?;
    match v {
        Value::String(s) => Some(s.trim().to_owned()).filter(|s| !s.is_empty()),
        Value::Number(n) => Some(n.to_string()),
        _ => None,
    }
}

/// The count distribution `dist` reads from `section`.
fn count(dist: &str, section: &Value) -> Option<i64> {
    let v = facts::value(facts::dist(dist)?, section)?;
    match v {
        Value::Number(n) => n.as_i64(),
        Value::Object(m) => Some(m.values().filter_map(Value::as_i64).sum()),
        Value::Array(a) => Some(a.len() as i64),
        _ => None,
    }
}

impl FleetHost {
    fn fill(&mut self, collector: &str, v: &Value) {
        match collector {
            "os.kernel" => {
                self.generation = text("virtualization", v);
                self.kernel = text("kernel", v);
            }
            "vz.host" => {
                self.vzctl = text("vzctl", v);
                self.prlctl = text("prlctl", v);
            }
            "sw.packages" => self.ploop = text("ploop", v),
            "vz.readykernel" => {
                self.readykernel = facts::dist("readykernel")
                    .and_then(|d| facts::value(d, v))
                    .and_then(Value::as_bool);
                self.readykernel_patch = text("readykernel_patch", v);
            }
            "vz.containers" => self.containers = count("containers", v),
            "vz.vms" => self.vms = count("vms", v),
            _ => {}
        }
    }
}

impl Store {
    /// Sets (or with `None` clears) the label `source` gives `host`.
    pub fn set_label(
        &mut self,
        host: Uuid,
        source: LabelSource,
        label: Option<&str>,
        now: i64,
    ) -> Result<(), StoreError> {
        let (id, src): (Val, Val) = (host.to_string().into(), source.as_str().into());
        match label {
            Some(l) => self.db.exec(
                "INSERT INTO fleet_labels (host_id, source, label, set_at) VALUES ($1, $2, $3, $4) \
                 ON CONFLICT (host_id, source) DO UPDATE SET label = excluded.label, set_at = excluded.set_at",
                &[id, src, l.into(), now.into()],
            )?,
            None => self.db.exec(
                "DELETE FROM fleet_labels WHERE host_id = $1 AND source = $2",
                &[id, src],
            )?,
        };
        Ok(())
    }

    /// Every label: host → (source, label).
    pub fn fleet_labels(&mut self) -> Result<BTreeMap<Uuid, (LabelSource, String)>, StoreError> {
        let mut out: BTreeMap<Uuid, (LabelSource, String)> = BTreeMap::new();
        for row in self
            .db
            .query("SELECT host_id, source, label FROM fleet_labels", &[])?
        {
            let mut it = row.into_iter();
            let (Some(h), Some(s), Some(l)) = (it.next(), it.next(), it.next()) else {
                continue;
            };
            let Ok(host) = Uuid::parse_str(&h.text()?) else {
                continue;
            };
            let source = match s.text()?.as_str() {
                "relay" => LabelSource::Relay,
                _ => LabelSource::Node,
            };
            // The relay's label wins over the host's own.
            let keep = out
                .get(&host)
                .is_none_or(|(had, _)| source == LabelSource::Relay && *had != source);
            if keep {
                out.insert(host, (source, l.text()?));
            }
        }
        Ok(out)
    }

    /// Every host the server holds, with its label and latest values,
    /// ordered by host id.
    pub fn fleet(&mut self) -> Result<Vec<FleetHost>, StoreError> {
        let mut hosts: BTreeMap<Uuid, FleetHost> = BTreeMap::new();
        for row in self.db.query(
            "SELECT host_id, first_seen, last_seen, reports, sections FROM hosts",
            &[],
        )? {
            let mut it = row.into_iter();
            let (Some(h), Some(first), Some(last), Some(n), Some(d)) =
                (it.next(), it.next(), it.next(), it.next(), it.next())
            else {
                continue;
            };
            let h = h.text()?;
            let Ok(host_id) = Uuid::parse_str(&h) else {
                continue;
            };
            let mut host = FleetHost {
                host_id,
                first_seen: first.int()?,
                last_seen: last.int()?,
                reports: n.int()?,
                ..FleetHost::default()
            };
            if let Val::Text(text) = d {
                let doc = super::sections::parse(&h, &text)?;
                for c in COLLECTORS {
                    if let Some((_, s)) = doc.get(*c) {
                        host.fill(c, &super::sections::value(&h, c, s)?);
                    }
                }
            }
            hosts.insert(host_id, host);
        }
        for (host, (source, label)) in self.fleet_labels()? {
            if let Some(h) = hosts.get_mut(&host) {
                h.label = Some(label);
                h.label_source = Some(source);
            }
        }
        Ok(hosts.into_values().collect())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::store::sqlite::Sqlite;
    use crate::store::testutil::*;
    use serde_json::json;

    #[test]
    fn each_host_shows_its_own_values_and_label() {
        let mut s = Store::new(Box::new(Sqlite::open(":memory:").unwrap())).unwrap();
        let vz7 = json!({
            "os.kernel": {"release": "3.10.0-1160.80.1.vz7.191.4", "line": "vz7"},
            "vz.host": {"vzctl_version": "7.0.264", "prlctl_version": "7.0.225"},
            "sw.packages": {"versions": {"ploop": ["7.0.245"]}},
            "vz.readykernel": {"installed": true, "patch_level": "89.0-r1"},
            "vz.containers": {"configured": 12, "running": 9},
            "vz.vms": {"vms": 3},
        });
        s.ingest(&[incoming(1, 1, vz7)], T0).unwrap();
        s.ingest(
            &[incoming(
                2,
                2,
                kernel("2.6.32-042stab145.3", "openvz-legacy"),
            )],
            T0 + 60,
        )
        .unwrap();
        s.set_label(Uuid::from_u128(1), LabelSource::Node, Some("hv17"), T0)
            .unwrap();
        s.set_label(Uuid::from_u128(2), LabelSource::Node, Some("old"), T0)
            .unwrap();
        s.set_label(Uuid::from_u128(2), LabelSource::Relay, Some("legacy-2"), T0)
            .unwrap();
        let f = s.fleet().unwrap();
        assert_eq!(
            f[0],
            FleetHost {
                host_id: Uuid::from_u128(1),
                label: Some("hv17".into()),
                label_source: Some(LabelSource::Node),
                first_seen: T0,
                last_seen: T0,
                reports: 1,
                generation: Some("vz7".into()),
                kernel: Some("3.10.0-1160.80.1.vz7.191.4".into()),
                vzctl: Some("7.0.264".into()),
                prlctl: Some("7.0.225".into()),
                ploop: Some("7.0.245".into()),
                readykernel: Some(true),
                readykernel_patch: Some("89.0-r1".into()),
                containers: Some(12),
                vms: Some(3),
            }
        );
        assert_eq!(
            (f[1].label.as_deref(), f[1].label_source, f[1].last_seen),
            (Some("legacy-2"), Some(LabelSource::Relay), T0 + 60)
        );
        assert_eq!(
            (f[1].kernel.as_deref(), f[1].vzctl.as_deref()),
            (Some("2.6.32-042stab145.3"), None)
        );
        // Cleared at the relay: the host's own label shows again.
        s.set_label(Uuid::from_u128(2), LabelSource::Relay, None, T0)
            .unwrap();
        assert_eq!(s.fleet().unwrap()[1].label.as_deref(), Some("old"));
    }
}
