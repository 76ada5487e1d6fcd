//! Tests of `cep_core::pipeline` through its public API.

use cep_core::collector::Section;
use cep_core::guard::{Guard, GuardViolation};
use cep_core::pipeline::*;
use cep_core::privacy::PrivacyGuard;
use cep_core::privacy::Secrets;
use cep_core::report::ClientInfo;
use cep_core::report::{Archive, ArchiveError, ReadLimits, Report, Status};
use cep_core::runner::Collection;
use cep_core::*;
use uuid::Uuid;

/// The privacy guard of a host with one secret host name.
fn privacy() -> PrivacyGuard {
    let mut s = Secrets::default();
    s.add_host("db1.corp-example.com");
    PrivacyGuard::new(&s).unwrap()
}

struct Upper;
impl Guard for Upper {
    fn name(&self) -> &str {
        "upper"
    }
    fn scrub(&self, report: &mut Report) {
        report.log = report.log.to_uppercase();
    }
}

struct NoSecret;
impl Guard for NoSecret {
    fn name(&self) -> &str {
        "no-secret"
    }
    fn check(&self, report: &Report, _: &Archive) -> Result<(), GuardViolation> {
        if report
            .sections
            .values()
            .any(|s| s.as_text() == Some("secret"))
        {
            return Err(GuardViolation {
                guard: self.name().into(),
                message: "member x.y.txt holds a secret".into(),
            });
        }
        Ok(())
    }
}

fn report(text: &str) -> Report {
    let mut r = Report::new(
        Collection {
            outcomes: vec![],
            log: vec!["note".into()],
        },
        Uuid::new_v4(),
        ClientInfo::default(),
    );
    r.sections.insert("x.y".into(), Section::Text(text.into()));
    r
}

/// Text that gzip cannot shrink much (letters and digits from an LCG),
/// in lines of 64.
fn noise(bytes: usize, seed: u64) -> String {
    const ALPHABET: &[u8] = b"abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789";
    let mut x = seed;
    (0..bytes)
        .map(|i| {
            if i % 65 == 64 {
                return '\n';
            }
            x = x
                .wrapping_mul(6364136223846793005)
                .wrapping_add(1442695040888963407);
            ALPHABET[(x >> 33) as usize % ALPHABET.len()] as char
        })
        .collect()
}

fn with_texts(texts: &[(&str, String)]) -> Report {
    let mut r = report("");
    r.sections.clear();
    for (id, text) in texts {
        r.manifest.collectors.push(cep_core::report::ManifestEntry {
            id: (*id).into(),
            status: Status::Ok,
            duration_ms: 1,
            file: Some(format!("{id}.txt")),
            error: None,
            exit_status: Some(0),
            truncated: false,
        });
        r.sections.insert((*id).into(), Section::Text(text.clone()));
    }
    r
}

#[test]
fn oversize_script_output_is_cut_to_what_a_server_accepts() {
    let limits = ReadLimits::default();
    let small = "cpu count 4\n".to_owned();
    // 3 MiB that barely compresses: over the member limit, and over
    // the compressed limit once cut to it.
    let big = noise(3 << 20, 7);
    let p = seal(
        with_texts(&[("scripts.a", small.clone()), ("scripts.b", big.clone())]),
        &privacy(),
        &[],
    )
    .unwrap();
    assert!(p.archive().bytes.len() as u64 <= limits.compressed_bytes);
    let back = Report::read(&p.archive().bytes, &limits).unwrap();
    assert_eq!(back.sections["scripts.a"], Section::Text(small));
    let Section::Text(cut) = &back.sections["scripts.b"] else {
        panic!("not text")
    };
    assert!(
        cut.len() < (1 << 20) && cut.len() > 256 * 1024,
        "{}",
        cut.len()
    );
    assert!(big.starts_with(cut.as_str()) && cut.ends_with('\n'));
    let entry = |id: &str| {
        back.manifest
            .collectors
            .iter()
            .find(|e| e.id == id)
            .unwrap()
            .clone()
    };
    assert!(entry("scripts.b").truncated && !entry("scripts.a").truncated);
    assert!(
        back.log.contains("report: scripts.b cut from 3145728 to "),
        "{}",
        back.log
    );
    // The same report always fits the same way.
    let again = seal(
        with_texts(&[("scripts.a", "cpu count 4\n".into()), ("scripts.b", big)]),
        &privacy(),
        &[],
    )
    .unwrap();
    assert_eq!(again.report().sections, p.report().sections);
}

#[test]
fn too_many_sections_and_too_much_json() {
    let limits = ReadLimits::default();
    let many: Vec<(String, String)> = (0..70)
        .map(|i| (format!("scripts.s{i:02}"), format!("line {i}\n")))
        .collect();
    let many: Vec<(&str, String)> = many.iter().map(|(a, b)| (a.as_str(), b.clone())).collect();
    let p = seal(with_texts(&many), &privacy(), &[]).unwrap();
    let back = Report::read(&p.archive().bytes, &limits).unwrap();
    // Manifest and log, then 62 sections; the last 8 scripts are errors.
    assert_eq!(back.sections.len(), 62);
    let dropped: Vec<&str> = back
        .manifest
        .collectors
        .iter()
        .filter(|e| e.status == Status::Error)
        .map(|e| e.id.as_str())
        .collect();
    let want: Vec<String> = (62..70).map(|i| format!("scripts.s{i}")).collect();
    assert_eq!(dropped, want);
    assert!(
        back.manifest.collectors[69]
            .error
            .as_deref()
            .unwrap()
            .contains("at most 64 members")
    );
    // JSON is never cut: a section over the member limit is an error.
    let mut r = report("");
    r.sections.clear();
    r.manifest.collectors.push(cep_core::report::ManifestEntry {
        id: "huge".into(),
        status: Status::Ok,
        duration_ms: 1,
        file: Some("huge.json".into()),
        error: None,
        exit_status: None,
        truncated: false,
    });
    r.sections.insert(
        "huge".into(),
        Section::Json(serde_json::json!({ "blob": "a".repeat(2 << 20) })),
    );
    match seal(r, &privacy(), &[]) {
        Err(PipelineError::Archive(ArchiveError::TooLarge(m))) => {
            assert!(m.contains("member `huge.json`"), "{m}");
            assert!(m.contains("only script output and collect.log"), "{m}");
        }
        other => panic!("{other:?}"),
    }
}

#[test]
fn guards_scrub_then_check() {
    let p = seal(report("fine"), &privacy(), &[&Upper, &NoSecret]).unwrap();
    assert_eq!(p.report().log, "NOTE\n");
    let back = Report::read(&p.archive().bytes, &Default::default()).unwrap();
    assert_eq!(back.log, "NOTE\n");
    match seal(report("secret"), &privacy(), &[&Upper, &NoSecret]) {
        Err(PipelineError::Vetoed { violation, archive }) => {
            assert_eq!(violation.guard, "no-secret");
            assert!(!archive.bytes.is_empty());
        }
        other => panic!("{other:?}"),
    }
}

/// Writes a secret into the log: what an extra guard adds is still
/// scrubbed by the privacy guard, which runs after it.
struct Leaky;
impl Guard for Leaky {
    fn name(&self) -> &str {
        "leaky"
    }
    fn scrub(&self, report: &mut Report) {
        report.log.push_str("peer db1.corp-example.com\n");
    }
}

#[test]
fn the_privacy_guard_runs_with_no_extra_guards_and_after_them() {
    let mut r = with_texts(&[("x.y", "backup to db1.corp-example.com done".into())]);
    r.log.push_str("seen db1.corp-example.com\n");
    let p = seal(r, &privacy(), &[]).unwrap();
    let back = Report::read(&p.archive().bytes, &Default::default()).unwrap();
    let text = back.sections["x.y"].as_text().unwrap();
    assert!(!text.contains("db1.corp-example.com"), "{text}");
    assert!(
        text.starts_with("backup to ") && text.ends_with(" done"),
        "{text}"
    );
    assert!(!back.log.contains("corp-example"), "{}", back.log);
    let p = seal(report("fine"), &privacy(), &[&Leaky]).unwrap();
    assert!(
        p.report().log.starts_with("note\npeer "),
        "{}",
        p.report().log
    );
    assert!(
        p.report().log.len() > "note\npeer \n".len(),
        "{}",
        p.report().log
    );
    assert!(
        !p.report().log.contains("corp-example"),
        "{}",
        p.report().log
    );
}

#[test]
fn the_privacy_tripwire_checks_the_archive() {
    // A report encoded with the secret in it (as a bypassed scrubber
    // would leave it) is stopped by the privacy guard's check.
    let g = privacy();
    let r = with_texts(&[("x.y", "backup to db1.corp-example.com done".into())]);
    let archive = r.to_archive().unwrap();
    let v = Guard::check(&g, &r, &archive).unwrap_err();
    assert_eq!(v.guard, "privacy");
    assert!(v.message.contains("member x.y.txt"), "{}", v.message);
    // Through seal the scrubber removes it first: nothing is vetoed.
    let r = with_texts(&[("x.y", "db1.corp-example.com".into())]);
    let p = seal(r, &g, &[&NoSecret]).unwrap();
    assert!(
        !p.report().sections["x.y"]
            .as_text()
            .unwrap()
            .contains("corp")
    );
}
