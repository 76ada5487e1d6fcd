//! `storage.vz`: type, size, used and free space of the file system that
//! holds the containers' private areas (VE_PRIVATE in /etc/vz/vz.conf), as
//! vzstats' df and fs scripts reported.

use cep_core::{CollectError, Collector, Field, FieldKind, Host, Meal, Schedule, Section, Weekday};
use serde::Serialize;

use crate::util::{raw_shell_value, run_optional, shared_required};

/// The `storage.vz` collector.
#[derive(Debug, Clone, Copy, Default)]
pub struct StorageVz;

const VZ_CONF: &str = "/etc/vz/vz.conf";

#[derive(Debug, Serialize, PartialEq, Eq)]
struct Out {
    fs_type: String,
    size_bytes: u64,
    used_bytes: u64,
    free_bytes: u64,
}

/// The directory holding all private areas: VE_PRIVATE up to its first
/// per-container component (`/vz/private/$VEID` → `/vz/private`); `/vz`
/// when vz.conf does not say.
pub fn private_root(vz_conf: &str) -> String {
    // Read raw: parse_shell_vars would expand $VEID to nothing.
    let raw = raw_shell_value(vz_conf, "VE_PRIVATE");
    let Some(raw) = raw.filter(|v| v.starts_with('/')) else {
        return "/vz".into();
    };
    let mut out = String::new();
    for comp in raw.split('/').filter(|c| !c.is_empty()) {
        if comp.contains('$') {
            break;
        }
        out.push('/');
        out.push_str(comp);
    }
    if out.is_empty() { "/".into() } else { out }
}

/// The `df` argv used for a directory.
pub fn df_argv(dir: &str) -> [&str; 5] {
    ["df", "-P", "-B1", "-T", dir]
}

/// Parses `df -P -B1 -T` output: a header and one line per file system.
fn parse_df(cmd: &str, text: &str) -> Result<Out, CollectError> {
    let line = text
        .lines()
        .skip(1)
        .find(|l| !l.trim().is_empty())
        .ok_or_else(|| CollectError::parse(cmd, "no file system line after the header"))?;
    let cols: Vec<&str> = line.split_whitespace().collect();
    if cols.len() < 7 {
        return Err(CollectError::parse(
            cmd,
            format!(
                "expected 7 columns (Filesystem Type 1-blocks Used Available Capacity Mounted), got {}",
                cols.len()
            ),
        ));
    }
    let num = |i: usize, what: &str| {
        cols[i].parse::<u64>().map_err(|_| {
            CollectError::parse(cmd, format!("{what} `{}` is not a whole number", cols[i]))
        })
    };
    Ok(Out {
        fs_type: cols[1].to_owned(),
        size_bytes: num(2, "size")?,
        used_bytes: num(3, "used")?,
        free_bytes: num(4, "available")?,
    })
}

impl Collector for StorageVz {
    fn id(&self) -> &str {
        "storage.vz"
    }

    fn describe(&self) -> &str {
        "File system type, size, used and free space where containers live (VE_PRIVATE)"
    }

    fn fields(&self) -> Vec<Field> {
        vec![
            Field::new(
                "fs_type",
                FieldKind::String,
                "File system type (ext4, xfs, vstorage, ...)",
            )
            .example("ext4")
            .free_text(),
            Field::new("size_bytes", FieldKind::Integer, "File system size")
                .example("983348543488")
                .size(),
            Field::new("used_bytes", FieldKind::Integer, "Space used")
                .example("120300523520")
                .size(),
            Field::new(
                "free_bytes",
                FieldKind::Integer,
                "Space available to non-root users",
            )
            .example("813020299264")
            .size(),
        ]
    }

    fn schedule(&self) -> Schedule {
        Schedule::slot(Weekday::Fri, Meal::Lunch)
    }

    fn collect(&self, host: &Host) -> Result<Section, CollectError> {
        let conf = shared_required(host, VZ_CONF, "not an OpenVZ node")?;
        let dir = private_root(&conf);
        let argv = df_argv(&dir);
        let cmd = argv.join(" ");
        let out = run_optional(host, &argv)?
            .ok_or_else(|| CollectError::not_applicable("df is not installed"))?;
        if !out.success() {
            return Err(CollectError::Other(format!(
                "`{cmd}` failed ({:?}): {}",
                out.exit,
                String::from_utf8_lossy(&out.stderr).trim()
            )));
        }
        Section::json(&parse_df(&cmd, &out.stdout_text())?)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::util::test_support::{error, files, run, skipped};
    use cep_core::testing::FixtureHostBuilder;
    use serde_json::json;

    const VZ_CONF_2015: &str =
        include_str!("../../testdata/real/etc-vz-vz.conf-vz7-vzctl-2015-initial.txt");
    const DF: &str = "Filesystem     Type  1-blocks         Used    Available Capacity Mounted on\n/dev/sda3      ext4 983348543488 120300523520 813020299264      13% /vz\n";

    #[test]
    fn private_roots() {
        assert_eq!(private_root(VZ_CONF_2015), "/vz/private");
        assert_eq!(
            private_root("VE_PRIVATE=\"/data/vz/private/${VEID}\"\n"),
            "/data/vz/private"
        );
        assert_eq!(private_root("# nothing\n"), "/vz");
        assert_eq!(private_root("VE_PRIVATE=relative/$VEID\n"), "/vz");
    }

    #[test]
    fn df_of_private_root() {
        let s = run(
            &StorageVz,
            FixtureHostBuilder::new()
                .file(VZ_CONF, VZ_CONF_2015)
                .command(&["df", "-P", "-B1", "-T", "/vz/private"], DF, 0),
        )
        .unwrap();
        assert_eq!(
            s.as_json().unwrap(),
            &json!({"fs_type": "ext4", "size_bytes": 983348543488u64, "used_bytes": 120300523520u64, "free_bytes": 813020299264u64})
        );
    }

    #[test]
    fn missing_and_malformed() {
        assert!(skipped(&StorageVz, files(&[])));
        // vz.conf but no df on the host.
        assert!(skipped(&StorageVz, files(&[(VZ_CONF, "")])));
        let df = |out: &str, status| files(&[(VZ_CONF, "")]).command(&df_argv("/vz"), out, status);
        assert_eq!(
            error(
                &StorageVz,
                df("Filesystem Type\n/dev/sda1 ext4 lots 1 2 3% /vz\n", 0)
            ),
            "cannot parse df -P -B1 -T /vz: size `lots` is not a whole number"
        );
        let e = error(&StorageVz, df("", 1));
        assert!(e.starts_with("`df -P -B1 -T /vz` failed"), "{e}");
    }
}
