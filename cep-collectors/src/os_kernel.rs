//! `os.kernel`: kernel release and machine, and whether and which OpenVZ
//! kernel line it is.

use cep_core::{CollectError, Collector, Field, FieldKind, Host, Meal, Schedule, Section, Weekday};
use serde::Serialize;

/// The `os.kernel` collector.
#[derive(Debug, Clone, Copy, Default)]
pub struct OsKernel;

/// Which kernel line a release belongs to.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum KernelLine {
    /// `2.6.32-042stabNNN`: the RHEL6-based OpenVZ legacy kernel.
    OpenvzLegacy,
    /// `3.10.0-...vz7...`: OpenVZ 7 / Virtuozzo 7.
    Vz7,
    /// `4.18.0-...vz8...`: Virtuozzo 8.
    Vz8,
    /// `5.14.0-...vz9...`: Virtuozzo 9.
    Vz9,
    /// Any other kernel.
    Other,
}

/// Classifies a kernel release string.
pub fn kernel_line(release: &str) -> KernelLine {
    if release.contains("stab") && release.starts_with("2.6.") {
        KernelLine::OpenvzLegacy
    } else if release.contains(".vz7") {
        KernelLine::Vz7
    } else if release.contains(".vz8") {
        KernelLine::Vz8
    } else if release.contains(".vz9") {
        KernelLine::Vz9
    } else {
        KernelLine::Other
    }
}

#[derive(Serialize)]
struct Out {
    release: String,
    machine: Option<String>,
    openvz: bool,
    line: KernelLine,
}

impl Collector for OsKernel {
    fn id(&self) -> &str {
        "os.kernel"
    }

    fn describe(&self) -> &str {
        "Kernel release and machine; whether it is an OpenVZ kernel and which line"
    }

    fn fields(&self) -> Vec<Field> {
        vec![
            Field::new("release", FieldKind::String, "Kernel release (uname -r)")
                .example("3.10.0-1160.80.1.vz7.191.4")
                .version(),
            Field::new(
                "machine",
                FieldKind::String,
                "Machine hardware name (uname -m)",
            )
            .example("x86_64")
            .free_text(),
            Field::new(
                "openvz",
                FieldKind::Bool,
                "True when /proc/vz exists (an OpenVZ kernel)",
            )
            .example("true"),
            Field::new(
                "line",
                FieldKind::String,
                "Kernel line: openvz-legacy (2.6.32-042stab), vz7, vz8, vz9 or other",
            )
            .example("vz7")
            .one_of(&["openvz-legacy", "vz7", "vz8", "vz9", "other"]),
        ]
    }

    fn schedule(&self) -> Schedule {
        Schedule::slot(Weekday::Mon, Meal::Breakfast)
    }

    fn collect(&self, host: &Host) -> Result<Section, CollectError> {
        let release = host.kernel_release().ok_or_else(|| {
            CollectError::not_applicable("/proc/sys/kernel/osrelease is absent or empty")
        })?;
        if release.len() > 128 || release.chars().any(|c| c.is_whitespace() || c.is_control()) {
            return Err(CollectError::parse(
                "/proc/sys/kernel/osrelease",
                "not a kernel release (one word of at most 128 characters expected)",
            ));
        }
        Section::json(&Out {
            line: kernel_line(&release),
            openvz: host.is_dir("/proc/vz"),
            machine: host.machine(),
            release,
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use cep_core::testing::FixtureHostBuilder;
    use serde_json::json;

    #[test]
    fn classifies_kernel_lines() {
        for (r, l) in [
            ("2.6.32-042stab145.3", KernelLine::OpenvzLegacy),
            ("3.10.0-1160.80.1.vz7.191.4", KernelLine::Vz7),
            ("3.10.0-693.21.1.vz7.46.7", KernelLine::Vz7),
            ("4.18.0-425.3.1.vz8.11.3", KernelLine::Vz8),
            ("5.14.0-70.22.1.vz9.17.4", KernelLine::Vz9),
            ("6.1.0-26-amd64", KernelLine::Other),
            ("2.6.32-754.el6.x86_64", KernelLine::Other),
        ] {
            assert_eq!(kernel_line(r), l, "{r}");
        }
    }

    #[test]
    fn collects_from_files() {
        let f = FixtureHostBuilder::new()
            .file("/proc/sys/kernel/osrelease", "2.6.32-042stab145.3\n")
            .file("/proc/sys/kernel/arch", "x86_64\n")
            .file("/proc/vz/veinfo", "")
            .build()
            .unwrap();
        let s = OsKernel.collect(&f.host().unwrap()).unwrap();
        assert_eq!(
            s.as_json().unwrap(),
            &json!({"release": "2.6.32-042stab145.3", "machine": "x86_64", "openvz": true, "line": "openvz-legacy"})
        );
    }

    #[test]
    fn missing_release_is_not_applicable_and_garbage_is_an_error() {
        let f = FixtureHostBuilder::new().build().unwrap();
        assert!(matches!(
            OsKernel.collect(&f.host().unwrap()),
            Err(CollectError::NotApplicable(_))
        ));
        let f = FixtureHostBuilder::new()
            .file("/proc/sys/kernel/osrelease", "two words\n")
            .build()
            .unwrap();
        let e = OsKernel
            .collect(&f.host().unwrap())
            .unwrap_err()
            .to_string();
        assert!(e.contains("/proc/sys/kernel/osrelease"), "{e}");
    }
}
