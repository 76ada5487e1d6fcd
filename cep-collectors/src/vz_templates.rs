//! `vz.templates`: installed OS and application templates and their
//! caches, as public template names only (`vzpkg list`, else the
//! template cache directory).

use cep_core::{CollectError, Collector, Field, FieldKind, Host, Meal, Schedule, Section, Weekday};
use serde::Serialize;

use crate::vz_util::{Counts, bump, public_template, run_optional};

/// The `vz.templates` collector.
#[derive(Debug, Clone, Copy, Default)]
pub struct VzTemplates;

/// Application templates shipped by OpenVZ / Virtuozzo; others are `other`.
const APPS: &[&str] = &[
    "apache",
    "devel",
    "docker",
    "httpd",
    "jdk",
    "mailman",
    "mariadb",
    "mysql",
    "nginx",
    "perl",
    "php",
    "postgresql",
    "proftpd",
    "python",
    "ruby",
    "spamassassin",
    "tomcat",
];

/// A parsed `vzpkg list`.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct TemplateList {
    /// OS templates as public `family-version` (one entry per template).
    pub os: Vec<String>,
    /// OS templates with a cache (a date column).
    pub cached: Vec<String>,
    /// Application template names (known names or `other`).
    pub apps: Vec<String>,
}

fn is_date(s: &str) -> bool {
    let b = s.as_bytes();
    b.len() == 10
        && b[4] == b'-'
        && b[7] == b'-'
        && s.bytes().filter(u8::is_ascii_digit).count() == 8
}

fn app_name(s: &str) -> String {
    let s = s.to_ascii_lowercase();
    if APPS.contains(&s.as_str()) {
        s
    } else {
        "other".into()
    }
}

/// Parses `vzpkg list` output: `<os template> [<app>] [<cache date> <time>]`
/// lines; indented lines are applications of the template above.
///
/// vztt (`src/vztt.c`, `print_os_tmpl_record` / `print_app_tmpl_record`)
/// prints an OS template padded to column 34, a space and the cache's
/// mtime (`%04d-%02d-%02d %02d:%02d:%02d`) when there is a cache; an
/// application as its base OS template padded to 20, a space, the
/// application padded to 34 and a space. The guides' older samples use
/// narrower columns and indented application lines; both are read.
pub fn parse_vzpkg_list(text: &str) -> TemplateList {
    let mut out = TemplateList::default();
    for line in text.lines() {
        let words: Vec<&str> = line.split_whitespace().collect();
        let Some(first) = words.first() else { continue };
        if line.starts_with(char::is_whitespace) {
            out.apps.push(app_name(first));
            continue;
        }
        let name = public_template(first);
        match words.get(1) {
            Some(w) if is_date(w) => {
                out.os.push(name.clone());
                out.cached.push(name);
            }
            Some(app) => out.apps.push(app_name(app)),
            None => out.os.push(name),
        }
    }
    out
}

const TEMPLATE_DIR: &str = "/vz/template";

/// Cache file suffixes: tarballs (legacy) and ploop images (OpenVZ 7).
const CACHE_SUFFIXES: &[&str] = &[
    ".plain.ploopv2",
    ".plain.ploop",
    ".tar.gz",
    ".tar.xz",
    ".tar.lzo",
    ".tar.bz2",
    ".tar",
];

/// Names in a directory, none when it is absent (bounded).
fn names(host: &Host, dir: &str, limit: usize) -> Result<Vec<String>, CollectError> {
    match host.read_dir(dir, limit) {
        Ok(n) => Ok(n),
        Err(e) if e.is_not_found() => Ok(Vec::new()),
        Err(e) => Err(e.into()),
    }
}

/// The template area without vzpkg: `<family>/<version>/<arch>/config/os`
/// is an installed OS template, `.../config/app/<name>` an application
/// template, and `cache/<family>-<version>-<arch>.<suffix>` a cache.
fn walk_template_dir(host: &Host, o: &mut Out) -> Result<(), CollectError> {
    for family in names(host, TEMPLATE_DIR, 256)? {
        if family == "cache" {
            continue;
        }
        for version in names(host, &format!("{TEMPLATE_DIR}/{family}"), 64)? {
            for arch in names(host, &format!("{TEMPLATE_DIR}/{family}/{version}"), 8)? {
                let config = format!("{TEMPLATE_DIR}/{family}/{version}/{arch}/config");
                if host.is_dir(&format!("{config}/os")) {
                    bump(
                        &mut o.os_templates,
                        &public_template(&format!("{family}-{version}")),
                    );
                }
                for app in names(host, &format!("{config}/app"), 256)? {
                    bump(&mut o.app_templates, &app_name(&app));
                }
            }
        }
    }
    for f in names(host, &format!("{TEMPLATE_DIR}/cache"), 10_000)? {
        if let Some(base) = CACHE_SUFFIXES.iter().find_map(|ext| f.strip_suffix(ext)) {
            bump(&mut o.os_templates_cached, &public_template(base));
        }
    }
    Ok(())
}

#[derive(Debug, Serialize, PartialEq, Default)]
struct Out {
    source: &'static str,
    os_templates: Counts,
    os_templates_cached: Counts,
    app_templates: Counts,
}

impl Collector for VzTemplates {
    fn id(&self) -> &str {
        "vz.templates"
    }

    fn describe(&self) -> &str {
        "Installed OS and application templates and their caches, by public template name"
    }

    fn fields(&self) -> Vec<Field> {
        vec![
            Field::new("source", FieldKind::String, "vzpkg or template-dir")
                .example("vzpkg")
                .one_of(&["vzpkg", "template-dir"]),
            Field::new(
                "os_templates",
                FieldKind::Map,
                "OS template family-version (or other) → installed templates",
            )
            .example("{\"centos-7\": 1}")
            .free_text(),
            Field::new(
                "os_templates_cached",
                FieldKind::Map,
                "OS template family-version → templates with a cache",
            )
            .example("{\"centos-7\": 1}")
            .free_text(),
            Field::new(
                "app_templates",
                FieldKind::Map,
                "Application template (known names or other) → installed",
            )
            .example("{\"mysql\": 1}")
            .free_text(),
        ]
    }

    fn schedule(&self) -> Schedule {
        Schedule::slot(Weekday::Wed, Meal::Lunch)
    }

    fn collect(&self, host: &Host) -> Result<Section, CollectError> {
        let mut o = Out::default();
        if let Some(t) = run_optional(host, &["vzpkg", "list"], 0)? {
            let l = parse_vzpkg_list(&t);
            o.source = "vzpkg";
            l.os.iter().for_each(|n| bump(&mut o.os_templates, n));
            l.cached
                .iter()
                .for_each(|n| bump(&mut o.os_templates_cached, n));
            l.apps.iter().for_each(|n| bump(&mut o.app_templates, n));
        } else if host.is_dir(TEMPLATE_DIR) {
            o.source = "template-dir";
            walk_template_dir(host, &mut o)?;
        } else {
            return Err(CollectError::not_applicable(format!(
                "no vzpkg and no {TEMPLATE_DIR}"
            )));
        }
        Section::json(&o)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use cep_core::testing::FixtureHostBuilder;
    use proptest::prelude::*;
    use serde_json::json;

    /// The samples' first line is the command as typed in the guide.
    fn sample(text: &str) -> &str {
        text.split_once('\n').map(|(_, rest)| rest).unwrap_or("")
    }

    #[test]
    fn real_vzpkg_samples() {
        let l = parse_vzpkg_list(sample(include_str!(
            "../../testdata/real/vzpkg-list-vz7-templates-guide.txt"
        )));
        assert_eq!(
            l,
            TemplateList {
                os: vec!["centos-6".into()],
                cached: vec!["centos-6".into()],
                apps: vec!["mysql".into()]
            }
        );
        let l = parse_vzpkg_list(sample(include_str!(
            "../../testdata/real/vzpkg-list-appcache-vz7-templates-guide.txt"
        )));
        assert_eq!(l.apps, vec!["mysql", "devel"]);
        assert_eq!(l.cached, vec!["centos-6"]);
        for s in [
            include_str!("../../testdata/real/vzpkg-list-O-vz7-users-guide.txt"),
            include_str!("../../testdata/real/vzpkg-list-O-vz7-templates-guide.txt"),
            include_str!("../../testdata/real/vzpkg-list-O-with-summary-vz7-users-guide.txt"),
            include_str!("../../testdata/real/vzpkg-list-available-vz7-templates-guide.txt"),
            include_str!("../../testdata/real/vzpkg-list-CTID-vz7-templates-guide.txt"),
            include_str!("../../testdata/real/vzpkg-list-CTID-app-vz7-templates-guide.txt"),
        ] {
            let l = parse_vzpkg_list(sample(s));
            assert!(!l.os.is_empty() || !l.apps.is_empty(), "{s}");
        }
    }

    /// One OS template line as vztt prints it.
    fn os_line(name: &str, cache: Option<&str>) -> String {
        format!("{name:<34} {}", cache.unwrap_or(""))
    }

    /// One application line as vztt prints it.
    fn app_line(base: &str, app: &str) -> String {
        format!("{:<34} ", format!("{base:<20} {app}"))
    }

    #[test]
    fn vztt_listing_from_source() {
        let text = include_str!("../../testdata/formats/vzpkg-list-vztt-7.0-9.0.txt");
        // The helpers print what the fixture holds, column for column.
        assert_eq!(
            text.lines().next(),
            Some(os_line("almalinux-9-x86_64", Some("2024-05-14 09:31:07")).as_str())
        );
        assert_eq!(
            text.lines().nth(1),
            Some(app_line("almalinux-9-x86_64", "mariadb").as_str())
        );
        assert_eq!(
            parse_vzpkg_list(text),
            TemplateList {
                os: vec![
                    "almalinux-9".into(),
                    "centos-7".into(),
                    "centos-7".into(),
                    "centos".into(),
                    "ubuntu-20.04".into()
                ],
                cached: vec!["almalinux-9".into(), "centos-7".into()],
                apps: vec![
                    "mariadb".into(),
                    "mysql".into(),
                    "php".into(),
                    "other".into(),
                    "nginx".into()
                ],
            }
        );
    }

    #[test]
    fn collector_uses_vzpkg_then_template_dir() {
        let f = FixtureHostBuilder::new()
            .command(&["vzpkg", "list"], "centos-7-x86_64  2017-01-02 03:04:05\ncentos-7-x86_64 mysql\nubuntu-16.04-x86_64\nacme-internal 2017-01-02 03:04:05\n", 0)
            .build().unwrap();
        let v = VzTemplates.collect(&f.host().unwrap()).unwrap();
        assert_eq!(
            v.as_json().unwrap(),
            &json!({"source": "vzpkg",
            "os_templates": {"centos-7": 1, "ubuntu-16.04": 1, "other": 1},
            "os_templates_cached": {"centos-7": 1, "other": 1}, "app_templates": {"mysql": 1}})
        );
        let f = FixtureHostBuilder::new()
            .file(
                "/vz/template/centos/7/x86_64/config/os/default/description",
                "CentOS 7\n",
            )
            .file(
                "/vz/template/centos/7/x86_64/config/app/mysql/default/description",
                "",
            )
            .file(
                "/vz/template/centos/7/x86_64/config/app/acme-crm/default/description",
                "",
            )
            .file(
                "/vz/template/ubuntu/16.04/x86_64/config/os/default/description",
                "",
            )
            .file(
                "/vz/template/acme/1/x86_64/config/os/default/description",
                "",
            )
            .file("/vz/template/cache/centos-7-x86_64.plain.ploopv2", "")
            .file("/vz/template/cache/centos-6-x86_64.tar.gz", "")
            .file("/vz/template/cache/debian-7.0-x86_64-minimal.tar.gz", "")
            .file("/vz/template/cache/README", "")
            .build()
            .unwrap();
        let v = VzTemplates.collect(&f.host().unwrap()).unwrap();
        assert_eq!(
            v.as_json().unwrap(),
            &json!({"source": "template-dir",
            "os_templates": {"centos-7": 1, "ubuntu-16.04": 1, "other": 1},
            "os_templates_cached": {"centos-6": 1, "centos-7": 1, "debian-7.0": 1},
            "app_templates": {"mysql": 1, "other": 1}})
        );
        let f = FixtureHostBuilder::new().build().unwrap();
        assert_eq!(
            VzTemplates
                .collect(&f.host().unwrap())
                .unwrap_err()
                .to_string(),
            "not applicable: no vzpkg and no /vz/template"
        );
    }

    proptest! {
        #[test]
        fn never_panics(s in "\\PC*") {
            let _ = parse_vzpkg_list(&s);
        }

        /// vztt's columns with random names and dates: every OS line is
        /// an OS template, cached when it has a date, every application
        /// line an application.
        #[test]
        fn vztt_shaped_lines(
            rows in proptest::collection::vec(
                ("[a-z]{1,12}-[0-9]{1,2}(\\.[0-9]{2})?-x86_64(-[a-z]{1,8})?",
                 proptest::option::of((2000u32..2100, 1u32..13, 1u32..29, 0u32..24, 0u32..60, 0u32..60)),
                 proptest::collection::vec("[a-z][a-z0-9-]{0,20}", 0..4)),
                0..20)
        ) {
            let mut text = String::new();
            let (mut os, mut cached, mut apps) = (0, 0, 0);
            for (name, date, names) in &rows {
                let date = date.map(|(y, mo, d, h, mi, s)| {
                    format!("{y:04}-{mo:02}-{d:02} {h:02}:{mi:02}:{s:02}")
                });
                text.push_str(&os_line(name, date.as_deref()));
                text.push('\n');
                os += 1;
                cached += usize::from(date.is_some());
                for app in names {
                    text.push_str(&app_line(name, app));
                    text.push('\n');
                    apps += 1;
                }
            }
            let l = parse_vzpkg_list(&text);
            prop_assert_eq!((l.os.len(), l.cached.len(), l.apps.len()), (os, cached, apps));
        }
    }
}
