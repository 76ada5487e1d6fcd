//! The Agent embedded as a third party would: a registered collector from
//! its own crate (`cep-example-onboot`), the recorded vz7 node, a real
//! HTTP test server. Consent, the privacy guard, delivery exactly once
//! with a ledger line, and the collector in list, inventory, schedule and
//! run.

use std::path::{Path, PathBuf};
use std::sync::{Arc, Mutex};

use cep::core::Status;
use cep::core::testing::FixtureHostBuilder;
use cep::ledger::Ledger;
use cep::{Agent, Error, Flushed, RunMode, RunOutcome, RunPoint, Sent};
use cep_example_onboot::OnBoot;
use cep_testserver::TestServer;

fn vz7() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("testdata/hosts/vz7")
}

/// Sysconf and state directories of their own, reports to `url`, every
/// built-in collector but two switched off (the test is about the
/// registered one), no host offset.
struct Embedder {
    dir: tempfile::TempDir,
}

impl Embedder {
    fn new(url: &str) -> Embedder {
        let dir = tempfile::tempdir().unwrap();
        std::fs::create_dir(dir.path().join("etc")).unwrap();
        std::fs::write(dir.path().join("machine-id"), "0123456789abcdef\n").unwrap();
        let mut off = String::new();
        for c in cep::collectors::builtin() {
            if !["os.kernel", "hw.memory"].contains(&c.id()) {
                off.push_str(&format!("[collectors.\"{}\"]\nenabled = false\n", c.id()));
            }
        }
        std::fs::write(
            dir.path().join("etc/cep.toml"),
            format!(
                "schedule_spread = \"0s\"\nmachine_id_file = \"{}\"\n[scripts]\nschedule = \"off\"\n[transport]\ntype = \"http\"\nurl = \"{url}\"\nconnect_timeout = \"1s\"\ntimeout = \"2s\"\n[retry]\ninitial = \"5ms\"\nmax = \"50ms\"\nbudget = \"5s\"\n{off}",
                dir.path().join("machine-id").display()
            ),
        )
        .unwrap();
        Embedder { dir }
    }

    fn path(&self, p: &str) -> PathBuf {
        self.dir.path().join(p)
    }

    /// A builder over this embedder's sysconf and state directories.
    fn builder(&self) -> cep::AgentBuilder {
        Agent::builder()
            .sysconf_dir(self.path("etc"))
            .state_dir(self.path("state"))
    }

    fn agent_on(&self, root: &Path) -> Agent {
        self.builder()
            .root(root)
            .client("example-installer", "1.0")
            .collector(OnBoot)
            .build()
            .unwrap()
    }

    fn agent(&self) -> Agent {
        self.agent_on(&vz7())
    }
}

#[test]
fn an_agent_moves_to_a_service_thread() {
    fn send_sync<T: Send + Sync + 'static>() {}
    send_sync::<Agent>();
    send_sync::<RunOutcome>();
    send_sync::<Error>();
}

#[test]
fn a_report_is_created_at_the_agents_clock() {
    let e = Embedder::new("http://127.0.0.1:9");
    let agent = e
        .builder()
        .root(vz7())
        .clock(|| "2026-03-02T10:15:30Z".parse().unwrap())
        .build()
        .unwrap();
    let preview = agent.preview().unwrap();
    assert_eq!(preview.manifest.created_at, "2026-03-02T10:15:30Z");
}

#[test]
fn consent_off_sends_nothing_and_touches_no_state() {
    let server = TestServer::start();
    let e = Embedder::new(&server.url());
    let agent = e.agent();
    agent.disable().unwrap();
    assert!(e.path("etc/cep-disable").exists());

    let reason = match agent.send(false).unwrap() {
        Sent::Disabled { reason } => reason,
        other => panic!("sent while disabled: {other:?}"),
    };
    assert_eq!(
        reason,
        format!(
            "reporting is disabled by marker file {}",
            e.path("etc/cep-disable").display()
        )
    );
    assert!(matches!(agent.flush().unwrap(), Flushed::Disabled { .. }));
    for mode in [RunMode::Due, RunMode::All] {
        assert!(matches!(
            agent.run(mode).unwrap(),
            RunOutcome::Disabled { .. }
        ));
    }
    // No state directory: no lock, no host id, no spool, no ledger.
    assert!(!e.path("state").exists());
    assert_eq!(server.requests(), 0);
}

/// A registered collector with a bug: it reports the first address of
/// /etc/hosts as a "version". The value fits the version grammar, so the
/// scrubber (which rewrites only free text) leaves it alone; the tripwire
/// knows the node's own addresses and must stop the report.
struct LeakyVersion;

impl cep::core::Collector for LeakyVersion {
    fn id(&self) -> &str {
        "example.leaky"
    }

    fn describe(&self) -> &str {
        "A collector that leaks the node's address"
    }

    fn fields(&self) -> Vec<cep::core::Field> {
        vec![cep::core::Field::new("version", cep::core::FieldKind::String, "A version").version()]
    }

    fn collect(
        &self,
        host: &cep::core::Host,
    ) -> Result<cep::core::Section, cep::core::CollectError> {
        let hosts = host.read("/etc/hosts")?;
        let addr = hosts
            .lines()
            .find_map(|l| l.split_whitespace().next())
            .unwrap_or_default()
            .to_owned();
        cep::core::Section::json(&serde_json::json!({ "version": addr }))
    }
}

#[test]
fn the_privacy_guard_vetoes_a_secret_planted_in_a_registered_collector() {
    let server = TestServer::start();
    let e = Embedder::new(&server.url());
    let fixture = FixtureHostBuilder::from_dir(vz7())
        .file("/proc/sys/kernel/hostname", "nightingale.example.net\n")
        .file(
            "/etc/hosts",
            "10.20.30.40 nightingale.example.net nightingale\n",
        )
        .build()
        .unwrap();
    let agent = e
        .builder()
        .root(fixture.path())
        .client("example-installer", "1.0")
        .collector(OnBoot)
        .collector(LeakyVersion)
        .build()
        .unwrap();
    let err = agent.send(false).unwrap_err();
    let msg = err.to_string();
    assert!(matches!(err, Error::Quarantined { .. }), "{msg}");
    assert!(msg.contains("example.leaky.json"), "{msg}");
    assert!(!msg.contains("10.20.30.40"), "{msg}");
    assert_eq!(
        std::fs::read_dir(e.path("state/quarantine"))
            .unwrap()
            .count(),
        1
    );
    assert!(agent.spool_status().unwrap().pending.is_empty());
    assert_eq!(server.requests(), 0);
}

#[test]
fn a_report_reaches_the_server_exactly_once_with_a_ledger_line() {
    let server = TestServer::start();
    let e = Embedder::new(&server.url());
    let agent = e.agent();
    let (spooled, delivery) = match agent.send(false).unwrap() {
        Sent::Sent { spooled, delivery } => (spooled, delivery),
        other => panic!("not sent: {other:?}"),
    };
    assert!(delivery.failure().is_none(), "{delivery:?}");
    assert_eq!(delivery.delivered.len(), 1);
    assert_eq!(delivery.delivered[0].report_id, spooled.report_id);
    assert_eq!(delivery.remaining, 0);
    // A second flush has nothing to send.
    match agent.flush().unwrap() {
        Flushed::Delivered(d) => assert!(d.is_idle(), "{d:?}"),
        other => panic!("{other:?}"),
    }
    let uploads = server.uploads();
    assert_eq!(uploads.len(), 1);
    assert_eq!(uploads[0].report_id, spooled.report_id);
    assert!(uploads[0].first);
    assert_eq!(server.reports(), vec![spooled.report_id]);

    let ledger = agent.ledger().unwrap();
    assert_eq!(ledger.entries.len(), 1);
    let line = &ledger.entries[0];
    assert_eq!(line.report_id, spooled.report_id);
    assert_eq!(line.transport, "http");
    assert_eq!(line.sha256, uploads[0].sha256);
    assert_eq!(line.size as usize, uploads[0].size);
    assert_eq!(
        Ledger::in_state_dir(&e.path("state"))
            .read()
            .unwrap()
            .entries,
        ledger.entries
    );
    assert!(agent.spool_status().unwrap().pending.is_empty());
}

#[test]
fn the_registered_collector_is_listed_inventoried_scheduled_and_run() {
    let server = TestServer::start();
    let e = Embedder::new(&server.url());
    let agent = e.agent();

    let list = agent.list().unwrap();
    let row = list
        .collectors
        .iter()
        .find(|r| r.id == "example.onboot")
        .expect("listed");
    assert!(row.enabled);
    assert_eq!(row.schedule, "weekly mon 08:00");

    let fields: Vec<(String, &str)> = agent
        .inventory()
        .into_iter()
        .filter(|r| r.collector == "example.onboot")
        .map(|r| (r.field, r.kind))
        .collect();
    assert_eq!(
        fields,
        vec![
            ("onboot".to_owned(), "integer"),
            ("manual".to_owned(), "integer")
        ]
    );

    // Monday 09:00 UTC, never ran: the weekly slot (Monday 08:00) is due.
    let monday: jiff::Timestamp = "2026-06-08T09:00:00Z".parse().unwrap();
    let before = agent.schedule_at(monday).unwrap();
    let row = before
        .collectors
        .iter()
        .find(|r| r.id == "example.onboot")
        .expect("scheduled");
    assert!(row.due_now);
    assert!(row.last_run.is_none());

    let points = Arc::new(Mutex::new(Vec::new()));
    let seen = Arc::clone(&points);
    let agent = e
        .builder()
        .root(vz7())
        .collector(OnBoot)
        .run_hooks(move |p: RunPoint| seen.lock().unwrap().push(p))
        .build()
        .unwrap();
    let (report_id, collectors) = match agent.run_at(monday, RunMode::Due).unwrap() {
        RunOutcome::Ran {
            report_id,
            collectors,
            delivery,
            ..
        } => {
            assert_eq!(delivery.map(|d| d.delivered.len()), Some(1));
            (report_id, collectors)
        }
        other => panic!("{other:?}"),
    };
    let onboot = collectors
        .iter()
        .find(|c| c.id == "example.onboot")
        .expect("in the report");
    assert_eq!(onboot.status, Status::Ok);
    assert_eq!(server.reports(), vec![report_id]);
    assert_eq!(
        *points.lock().unwrap(),
        vec![
            RunPoint::Locked,
            RunPoint::BeforeDeliver,
            RunPoint::AfterSpool,
            RunPoint::BeforeFlush,
            RunPoint::AfterRecord
        ]
    );

    // Recorded: not due again until next Monday.
    let after = agent.schedule_at(monday).unwrap();
    let row = after
        .collectors
        .iter()
        .find(|r| r.id == "example.onboot")
        .unwrap();
    assert!(!row.due_now);
    assert_eq!(row.last_run.as_ref().map(|t| t.timestamp()), Some(monday));
    assert_eq!(
        row.next_due.as_ref().map(|t| t.timestamp()),
        Some("2026-06-15T08:00:00Z".parse().unwrap())
    );
    assert!(matches!(
        agent.run_at(monday, RunMode::Due).unwrap(),
        RunOutcome::NothingDue { .. }
    ));
}

#[test]
fn a_crash_after_spooling_is_settled_by_the_next_run() {
    // A run hook that panics where a crash would stop the process: the
    // report is in the spool, state.json names it as pending.
    let server = TestServer::start();
    let e = Embedder::new(&server.url());
    let monday: jiff::Timestamp = "2026-06-08T09:00:00Z".parse().unwrap();
    let crashing = e
        .builder()
        .root(vz7())
        .collector(OnBoot)
        .run_hooks(|p: RunPoint| {
            if p == RunPoint::AfterSpool {
                panic!("crash at {}", p.name());
            }
        })
        .build()
        .unwrap();
    let crashed = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| {
        crashing.run_at(monday, RunMode::Due)
    }));
    assert!(crashed.is_err());
    let state: serde_json::Value =
        serde_json::from_slice(&std::fs::read(e.path("state/state.json")).unwrap()).unwrap();
    let pending = state["pending"]["report_id"].as_str().unwrap().to_owned();
    assert_eq!(server.requests(), 0);

    // The next tick records the pending run and delivers its report once;
    // nothing is collected again.
    let agent = e.agent();
    match agent.run_at(monday, RunMode::Due).unwrap() {
        RunOutcome::NothingDue { delivery, .. } => {
            let d = delivery.expect("the spooled report goes out");
            assert_eq!(d.delivered.len(), 1);
            assert_eq!(d.delivered[0].report_id.to_string(), pending);
        }
        other => panic!("{other:?}"),
    }
    assert_eq!(server.uploads().len(), 1);
    let state: serde_json::Value =
        serde_json::from_slice(&std::fs::read(e.path("state/state.json")).unwrap()).unwrap();
    assert!(state.get("pending").is_none(), "{state}");
    assert_eq!(state["last_run"]["example.onboot"], "2026-06-08T09:00:00Z");
}

/// A registered collector that takes its time.
struct Slow;

impl cep::core::Collector for Slow {
    fn id(&self) -> &str {
        "example.slow"
    }
    fn describe(&self) -> &str {
        "Sleeps for a second"
    }
    fn fields(&self) -> Vec<cep::core::Field> {
        vec![cep::core::Field::new(
            "slept",
            cep::core::FieldKind::Bool,
            "Always true",
        )]
    }
    fn collect(&self, _: &cep::core::Host) -> Result<cep::core::Section, cep::core::CollectError> {
        std::thread::sleep(std::time::Duration::from_secs(1));
        cep::core::Section::json(&serde_json::json!({"slept": true}))
    }
}

#[test]
fn configuration_settings_apply_to_registered_collectors() {
    // `[collectors."id"]` knows the registered ids: a deadline for one,
    // another switched off.
    let server = TestServer::start();
    let e = Embedder::new(&server.url());
    let conf = e.path("etc/cep.toml");
    let mut text = std::fs::read_to_string(&conf).unwrap();
    text.push_str("[collectors.\"example.slow\"]\ntimeout = \"100ms\"\n[collectors.\"example.onboot\"]\nenabled = false\n");
    std::fs::write(&conf, text).unwrap();
    let agent = e
        .builder()
        .root(vz7())
        .collector(OnBoot)
        .collector(Slow)
        .build()
        .unwrap();
    let listed: Vec<(String, bool)> = agent
        .list()
        .unwrap()
        .collectors
        .into_iter()
        .filter(|r| r.id.starts_with("example."))
        .map(|r| (r.id, r.enabled))
        .collect();
    assert_eq!(
        listed,
        vec![
            ("example.onboot".to_owned(), false),
            ("example.slow".to_owned(), true)
        ]
    );
    let c = agent.collect_to(&e.path("r.tar.gz")).unwrap();
    let slow = c
        .collectors
        .iter()
        .find(|e| e.id == "example.slow")
        .unwrap();
    assert_eq!(slow.status, Status::Timeout);
    assert_eq!(slow.error.as_deref(), Some("did not finish within 100ms"));
    assert!(!c.collectors.iter().any(|e| e.id == "example.onboot"));

    // A registered id used twice is refused when the Agent is built.
    let twice = e
        .builder()
        .collector(OnBoot)
        .collector(OnBoot)
        .build()
        .unwrap_err();
    assert_eq!(
        twice.to_string(),
        "collector id `example.onboot` is registered twice; each collector needs an id of its own"
    );
}

/// A third party's collector set: hook files found on the host, one text
/// section each; `hooks.b` is refused, `hooks.a` prints the node's host
/// name (which the privacy guard must scrub).
struct Hooks;

impl cep::core::CollectorSet for Hooks {
    fn id(&self) -> &str {
        "hooks"
    }

    fn describe(&self) -> &str {
        "hook output"
    }

    fn members(&self, _: &cep::core::Host) -> (Vec<cep::core::Member>, Vec<String>) {
        let m = |id: &str, refused: Option<&str>| cep::core::Member {
            id: id.into(),
            description: format!("hook {id}"),
            refused: refused.map(Into::into),
        };
        (
            vec![
                m("hooks.a", None),
                m("hooks.b", Some("disabled by its owner")),
            ],
            vec!["hooks: looked in /etc/hooks".into()],
        )
    }

    fn run(&self, host: &cep::core::Host) -> cep::core::Collection {
        let name = host.hostname().unwrap_or_default();
        cep::core::Collection {
            outcomes: vec![cep::core::Outcome {
                id: "hooks.a".into(),
                status: Status::Ok,
                duration: std::time::Duration::from_millis(3),
                section: Some(cep::core::Section::Text(format!("ran on {name}\n"))),
                message: None,
                exit_status: Some(0),
                truncated: false,
            }],
            log: vec!["hooks: ran hooks.a".into()],
        }
    }

    fn schedule(&self) -> cep::core::Schedule {
        cep::schedule::parse("daily 06:00").unwrap()
    }
}

#[test]
fn a_registered_collector_set_is_listed_scheduled_run_and_guarded_like_the_scripts() {
    let server = TestServer::start();
    let e = Embedder::new(&server.url());
    let fixture = FixtureHostBuilder::from_dir(vz7())
        .file("/proc/sys/kernel/hostname", "nightingale.example.net\n")
        .build()
        .unwrap();
    let agent = e
        .builder()
        .root(fixture.path())
        .collector_set(Hooks)
        .build()
        .unwrap();

    let list = agent.list().unwrap();
    let rows: Vec<(&str, &str, bool, Option<&str>)> = list
        .collectors
        .iter()
        .filter(|r| r.id.starts_with("hooks."))
        .map(|r| {
            (
                r.id.as_str(),
                r.schedule.as_str(),
                r.enabled,
                r.reason.as_deref(),
            )
        })
        .collect();
    assert_eq!(
        rows,
        vec![
            ("hooks.a", "daily 06:00", true, None),
            (
                "hooks.b",
                "daily 06:00",
                false,
                Some("not run: disabled by its owner")
            ),
        ]
    );
    assert!(
        list.notes
            .contains(&"hooks: looked in /etc/hooks".to_owned())
    );
    // No inventory rows: its members are the host's own text.
    assert!(
        !agent
            .inventory()
            .iter()
            .any(|r| r.collector.starts_with("hooks"))
    );

    // In the report after the collectors, scrubbed by the privacy guard.
    let preview = agent.preview().unwrap();
    let section = preview.sections["hooks.a"].as_str().unwrap();
    assert!(section.starts_with("ran on "), "{section}");
    assert!(!section.contains("nightingale"), "{section}");
    assert!(
        preview.log.contains("hooks: ran hooks.a"),
        "{}",
        preview.log
    );
    let ids: Vec<&str> = preview
        .manifest
        .collectors
        .iter()
        .map(|e| e.id.as_str())
        .collect();
    assert_eq!(ids.last(), Some(&"hooks.a"), "{ids:?}");

    // Monday 07:00 UTC, never ran: the set is due as one unit.
    let monday: jiff::Timestamp = "2026-06-08T07:00:00Z".parse().unwrap();
    let view = agent.schedule_at(monday).unwrap();
    let row = view
        .collectors
        .iter()
        .find(|r| r.id == "hooks")
        .expect("scheduled");
    assert_eq!(row.schedule, "daily 06:00");
    assert!(row.due_now);

    let report_id = match agent.run_at(monday, RunMode::Due).unwrap() {
        RunOutcome::Ran {
            report_id,
            collectors,
            ..
        } => {
            let a = collectors
                .iter()
                .find(|c| c.id == "hooks.a")
                .expect("in the report");
            assert_eq!((a.status, a.exit_status), (Status::Ok, Some(0)));
            report_id
        }
        other => panic!("{other:?}"),
    };
    assert_eq!(server.reports(), vec![report_id]);

    // Recorded as one unit: not due again today.
    let row = agent
        .schedule_at(monday)
        .unwrap()
        .collectors
        .into_iter()
        .find(|r| r.id == "hooks")
        .unwrap();
    assert!(!row.due_now);
    assert_eq!(row.last_run.map(|t| t.timestamp()), Some(monday));

    // Its id is a unit id: no other collector or set may take it.
    let clash = e
        .builder()
        .collector_set(Hooks)
        .collector_set(Hooks)
        .build();
    assert!(matches!(clash, Err(Error::DuplicateCollector(id)) if id == "hooks"));
}

/// The day `d` days after 2026-06-01 09:00 UTC.
fn day(d: i64) -> jiff::Timestamp {
    "2026-06-01T09:00:00Z".parse::<jiff::Timestamp>().unwrap()
        + jiff::SignedDuration::from_hours(24 * d)
}

/// A test server whose policy uses the registered collector's fields.
fn server_using_onboot() -> TestServer {
    let server = TestServer::start();
    let mut fields = cep::core::Policy::builtin().collectors;
    fields.insert(
        "example.onboot".into(),
        ["onboot".to_owned(), "manual".to_owned()].into(),
    );
    server.set_policy(cep::core::Policy::new(fields));
    server
}

/// The last upload's `example.onboot` section and manifest.
fn last_onboot(server: &TestServer) -> (Option<serde_json::Value>, cep::core::Manifest) {
    let uploads = server.uploads();
    let r = cep::core::Report::read(
        &uploads.last().expect("an upload").body,
        &cep::core::ReadLimits::default(),
    )
    .unwrap();
    let section = r
        .sections
        .get("example.onboot")
        .and_then(|s| s.as_json().cloned());
    (section, r.manifest)
}

impl Embedder {
    /// An Agent at `day(d)` on the vz7 node, with the registered
    /// collector when `onboot` (the package upgrade that brings it).
    fn at(&self, d: i64, onboot: bool) -> Agent {
        let t = day(d);
        let b = self.builder().root(vz7()).clock(move || t);
        let b = if onboot { b.collector(OnBoot) } else { b };
        b.build().unwrap()
    }

    fn send_at(&self, d: i64, onboot: bool) {
        match self.at(d, onboot).send(false).unwrap() {
            Sent::Sent { delivery, .. } => assert_eq!(delivery.delivered.len(), 1),
            other => panic!("{other:?}"),
        }
    }
}

/// A registered collector that appears between two runs (a package
/// upgrade) is announced before it is sent: withheld with the date shown
/// in the report, `status` and the manifest, sent once the notice is
/// over; sent at once with `"0"`; `accept` ends the wait, `never-send`
/// keeps a field here for good.
#[test]
fn a_collector_that_appears_later_is_announced_before_it_is_sent() {
    let server = server_using_onboot();
    let e = Embedder::new(&server.url());
    // The first report of the host is not delayed.
    e.send_at(0, false);
    assert!(e.at(0, false).status().unwrap().waiting.is_empty());
    // The upgrade: the collector's section waits, the date is told.
    e.send_at(1, true);
    let (section, m) = last_onboot(&server);
    assert_eq!(section, None);
    let entry = m
        .collectors
        .iter()
        .find(|c| c.id == "example.onboot")
        .unwrap();
    assert_eq!(entry.status, Status::Skipped);
    let said = entry.error.as_deref().unwrap();
    assert!(said.contains("from 2026-06-16 09:00 UTC"), "{said}");
    let note = m.policy.unwrap();
    assert_eq!(note.notice["example.onboot"], ["manual", "onboot"]);
    assert_eq!(note.source, "server");
    let status = e.at(5, true).status().unwrap();
    let waiting: Vec<(String, Option<jiff::Timestamp>)> = status
        .waiting
        .iter()
        .map(|w| (w.name(), w.sends_from))
        .collect();
    assert_eq!(
        waiting,
        [
            ("example.onboot.manual".to_owned(), Some(day(15))),
            ("example.onboot.onboot".to_owned(), Some(day(15)))
        ]
    );
    // Still within the notice: still withheld.
    e.send_at(14, true);
    assert_eq!(last_onboot(&server).0, None);
    // The notice is over: sent, and nothing waits any more.
    e.send_at(15, true);
    let (section, m) = last_onboot(&server);
    let section = section.expect("sent after the notice");
    assert!(
        section.get("onboot").is_some() && section.get("manual").is_some(),
        "{section}"
    );
    assert!(m.policy.unwrap().notice.is_empty());
    assert!(e.at(15, true).status().unwrap().waiting.is_empty());

    // "0": sent at once.
    let server = server_using_onboot();
    let e = Embedder::new(&server.url());
    let toml = e.path("etc/cep.toml");
    let text = std::fs::read_to_string(&toml).unwrap();
    std::fs::write(
        &toml,
        format!("{text}[privacy]\nnew_fields_notice = \"0\"\n"),
    )
    .unwrap();
    e.send_at(0, false);
    e.send_at(1, true);
    assert!(last_onboot(&server).0.is_some());

    // never-send keeps one field here; accept sends the rest now.
    let server = server_using_onboot();
    let e = Embedder::new(&server.url());
    e.send_at(0, false);
    let wrote = e.at(1, true).never_send("example.onboot.manual").unwrap();
    assert_eq!(wrote.setting, "never_send = [\"manual\"]");
    let agent = e.at(1, true);
    let names: Vec<String> = agent
        .status()
        .unwrap()
        .waiting
        .iter()
        .map(|w| w.name())
        .collect();
    assert_eq!(names, ["example.onboot.onboot"]);
    let accepted = agent.accept(&["example.onboot".to_owned()]).unwrap();
    assert_eq!(accepted.accepted.len(), 1);
    assert!(agent.accept(&["example.onboot.manual".to_owned()]).is_err());
    e.send_at(1, true);
    let (section, m) = last_onboot(&server);
    let section = section.expect("accepted: sent at once");
    assert!(section.get("onboot").is_some(), "{section}");
    assert_eq!(section.get("manual"), None);
    assert_eq!(m.policy.unwrap().never_send["example.onboot"], ["manual"]);
    e.send_at(40, true);
    assert_eq!(last_onboot(&server).0.unwrap().get("manual"), None);
}
