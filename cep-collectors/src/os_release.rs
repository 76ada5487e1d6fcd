//! `os.release`: distribution id, name and version, from /etc/os-release,
//! falling back to the release files of older and Red Hat-like systems.

use cep_core::{CollectError, Collector, Field, FieldKind, Host, Meal, Schedule, Section, Weekday};
use serde::Serialize;

/// The `os.release` collector.
#[derive(Debug, Clone, Copy, Default)]
pub struct OsRelease;

/// What the release files say.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Release {
    /// Lowercase distribution id (`virtuozzo`, `centos`, `debian`).
    pub id: String,
    /// Human name (`Virtuozzo`, `CentOS`).
    pub name: Option<String>,
    /// Version (`7.0.3`, `6.10`, `12`).
    pub version: Option<String>,
    /// Related distributions (`ID_LIKE`), when os-release says.
    pub like: Vec<String>,
    /// The file the facts came from.
    pub source: String,
}

/// Release files tried after /etc/os-release, most specific first.
const FALLBACKS: [&str; 6] = [
    "/etc/virtuozzo-release",
    "/etc/redhat-release",
    "/etc/system-release",
    "/etc/centos-release",
    "/etc/openvz-release",
    "/etc/debian_version",
];

fn unquote(v: &str) -> String {
    let v = v.trim();
    let inner = v
        .strip_prefix('"')
        .and_then(|s| s.strip_suffix('"'))
        .or_else(|| v.strip_prefix('\'').and_then(|s| s.strip_suffix('\'')))
        .unwrap_or(v);
    inner.replace("\\\"", "\"").replace("\\\\", "\\")
}

/// Parses os-release(5) text. `None` without an `ID`, `NAME` or `VERSION_ID`.
pub fn parse_os_release(text: &str) -> Option<Release> {
    let mut get = std::collections::HashMap::new();
    for line in text.lines() {
        let line = line.trim();
        if line.starts_with('#') {
            continue;
        }
        if let Some((k, v)) = line.split_once('=') {
            get.insert(k.trim(), unquote(v));
        }
    }
    let name = get.get("NAME").cloned().filter(|s| !s.is_empty());
    let version = get
        .get("VERSION_ID")
        .or_else(|| get.get("VERSION"))
        .cloned()
        .filter(|s| !s.is_empty());
    let id = get
        .get("ID")
        .cloned()
        .filter(|s| !s.is_empty())
        .or_else(|| name.as_deref().map(distro_id))?;
    Some(Release {
        id: id.to_ascii_lowercase(),
        name,
        version,
        like: get
            .get("ID_LIKE")
            .map(|l| l.split_whitespace().map(str::to_owned).collect())
            .unwrap_or_default(),
        source: "/etc/os-release".into(),
    })
}

/// Maps a distribution name to an id as os-release would.
fn distro_id(name: &str) -> String {
    let n = name.to_ascii_lowercase();
    for (needle, id) in [
        ("virtuozzo linux", "vzlinux"),
        ("virtuozzo", "virtuozzo"),
        ("openvz", "openvz"),
        ("centos", "centos"),
        ("red hat", "rhel"),
        ("scientific", "scientific"),
        ("cloudlinux", "cloudlinux"),
        ("almalinux", "almalinux"),
        ("rocky", "rocky"),
        ("fedora", "fedora"),
        ("oracle", "ol"),
    ] {
        if n.contains(needle) {
            return id.into();
        }
    }
    n.split_whitespace().next().unwrap_or("unknown").to_owned()
}

/// Parses a one-line release file: `<Name> release <version> (<code>)`.
pub fn parse_release_line(text: &str, source: &str) -> Option<Release> {
    let line = text.lines().map(str::trim).find(|l| !l.is_empty())?;
    if source.ends_with("debian_version") {
        return Some(Release {
            id: "debian".into(),
            name: Some("Debian GNU/Linux".into()),
            version: Some(line.to_owned()),
            like: vec![],
            source: source.into(),
        });
    }
    let (name, rest) = match line.split_once(" release ") {
        Some((n, r)) => (n.trim(), r.trim()),
        None => (line, ""),
    };
    let version = rest
        .split_whitespace()
        .next()
        .filter(|v| v.chars().next().is_some_and(|c| c.is_ascii_digit()))
        .map(str::to_owned);
    Some(Release {
        id: distro_id(name),
        name: Some(name.to_owned()),
        version,
        like: vec![],
        source: source.into(),
    })
}

impl Collector for OsRelease {
    fn id(&self) -> &str {
        "os.release"
    }

    fn describe(&self) -> &str {
        "Distribution id, name and version of the host"
    }

    fn fields(&self) -> Vec<Field> {
        vec![
            Field::new("id", FieldKind::String, "Distribution id (os-release ID)")
                .example("virtuozzo")
                .free_text(),
            Field::new("name", FieldKind::String, "Distribution name")
                .example("Virtuozzo")
                .free_text(),
            Field::new("version", FieldKind::String, "Distribution version")
                .example("7.0.3")
                .free_text(),
            Field::new(
                "like",
                FieldKind::StringList,
                "Related distributions (ID_LIKE)",
            )
            .example("[\"rhel\", \"fedora\"]")
            .free_text(),
            Field::new(
                "source",
                FieldKind::String,
                "Release file the facts came from",
            )
            .example("/etc/os-release")
            .free_text(),
        ]
    }

    fn schedule(&self) -> Schedule {
        Schedule::slot(Weekday::Mon, Meal::Breakfast)
    }

    fn collect(&self, host: &Host) -> Result<Section, CollectError> {
        if let Some(text) = host.read_optional("/etc/os-release")? {
            return match parse_os_release(&text) {
                Some(r) => Section::json(&r),
                None => Err(CollectError::parse(
                    "/etc/os-release",
                    "no ID, NAME or VERSION_ID line",
                )),
            };
        }
        for path in FALLBACKS {
            if let Some(text) = host.read_optional(path)? {
                return match parse_release_line(&text, path) {
                    Some(r) => Section::json(&r),
                    None => Err(CollectError::parse(path, "the file is empty")),
                };
            }
        }
        Err(CollectError::not_applicable(
            "no /etc/os-release and no known release file",
        ))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use cep_core::testing::FixtureHostBuilder;
    use serde_json::json;

    const OS_RELEASE_VZ7: &str =
        include_str!("../../testdata/real/etc-os-release-virtuozzo-7.0.3-ansible-testdata.txt");
    const REDHAT_VZ73: &str =
        include_str!("../../testdata/real/etc-redhat-release-virtuozzo-7.3-ansible-testdata.txt");
    const SYSTEM_VZ7: &str =
        include_str!("../../testdata/real/etc-system-release-virtuozzo-7.0.3-ansible-testdata.txt");

    fn collect(files: &[(&str, &str)]) -> Result<Section, CollectError> {
        let mut b = FixtureHostBuilder::new();
        for (p, c) in files {
            b = b.file(p, c);
        }
        OsRelease.collect(&b.build().unwrap().host().unwrap())
    }

    #[test]
    fn real_virtuozzo_os_release() {
        let s = collect(&[("/etc/os-release", OS_RELEASE_VZ7)]).unwrap();
        assert_eq!(
            s.as_json().unwrap(),
            &json!({"id": "virtuozzo", "name": "Virtuozzo", "version": "7", "like": ["rhel", "fedora"], "source": "/etc/os-release"})
        );
    }

    #[test]
    fn real_release_lines() {
        let s = collect(&[("/etc/redhat-release", REDHAT_VZ73)]).unwrap();
        assert_eq!(
            s.as_json().unwrap(),
            &json!({"id": "vzlinux", "name": "Virtuozzo Linux", "version": "7.3", "like": [], "source": "/etc/redhat-release"})
        );
        let s = collect(&[("/etc/system-release", SYSTEM_VZ7)]).unwrap();
        assert_eq!(s.as_json().unwrap()["id"], "virtuozzo");
        assert_eq!(s.as_json().unwrap()["version"], "7.0.3");
        // virtuozzo-release is preferred over redhat-release.
        let s = collect(&[
            ("/etc/redhat-release", REDHAT_VZ73),
            ("/etc/virtuozzo-release", SYSTEM_VZ7),
        ])
        .unwrap();
        assert_eq!(s.as_json().unwrap()["source"], "/etc/virtuozzo-release");
    }

    #[test]
    fn legacy_centos6_and_debian() {
        let s = collect(&[("/etc/redhat-release", "CentOS release 6.10 (Final)\n")]).unwrap();
        assert_eq!(s.as_json().unwrap()["id"], "centos");
        assert_eq!(s.as_json().unwrap()["version"], "6.10");
        let s = collect(&[("/etc/debian_version", "12.8\n")]).unwrap();
        assert_eq!(s.as_json().unwrap()["id"], "debian");
        assert_eq!(s.as_json().unwrap()["version"], "12.8");
    }

    #[test]
    fn missing_and_malformed() {
        assert!(matches!(collect(&[]), Err(CollectError::NotApplicable(_))));
        let e = collect(&[("/etc/os-release", "garbage without equals\n")])
            .unwrap_err()
            .to_string();
        assert!(e.contains("/etc/os-release"), "{e}");
        let e = collect(&[("/etc/redhat-release", "\n\n")])
            .unwrap_err()
            .to_string();
        assert!(e.contains("/etc/redhat-release"), "{e}");
    }
}
