//! packaging/: the systemd units pass `systemd-analyze verify`, the RPM
//! builds with the files, scriptlets and triggers it must have, and the
//! shipped cep.toml, man page and completions come from this binary.

use std::path::{Path, PathBuf};
use std::process::Command;

use super::{Sandbox, stderr, stdout};

fn packaging() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../packaging")
}

fn have(tool: &str) -> bool {
    Command::new("sh")
        .args(["-c", &format!("command -v {tool}")])
        .output()
        .is_ok_and(|o| o.status.success())
}

#[test]
fn systemd_units_pass_systemd_analyze_verify() {
    if !have("systemd-analyze") {
        eprintln!("skipped: systemd-analyze not found (Debian package systemd)");
        return;
    }
    let dir = tempfile::tempdir().unwrap();
    let names = ["cep.service", "cep.timer", "cep-boot.timer"];
    for n in names {
        let text = std::fs::read_to_string(packaging().join("systemd").join(n)).unwrap();
        // verify checks that ExecStart exists: point it at this build.
        let text = text.replace("/usr/bin/cep", env!("CARGO_BIN_EXE_cep"));
        std::fs::write(dir.path().join(n), text).unwrap();
    }
    let o = Command::new("systemd-analyze")
        .arg("verify")
        .arg("--man=no")
        .args(names.iter().map(|n| dir.path().join(n)))
        .output()
        .unwrap();
    let err = stderr(&o);
    // Unknown keys are only warnings: any line about our files is a failure.
    let ours: Vec<&str> = err
        .lines()
        .filter(|l| names.iter().any(|n| l.contains(n)))
        .collect();
    assert!(o.status.success() && ours.is_empty(), "{err}");

    let service = std::fs::read_to_string(packaging().join("systemd/cep.service")).unwrap();
    for line in [
        "Type=oneshot",
        "ExecStart=/usr/bin/cep run",
        "Nice=19",
        "IOSchedulingClass=idle",
        "CPUQuota=20%",
        "MemoryMax=128M",
        "ProtectSystem=strict",
        "ReadWritePaths=/var/lib/cep /var/cache/cep",
        "PrivateTmp=yes",
        "NoNewPrivileges=yes",
    ] {
        assert!(
            service.lines().any(|l| l == line),
            "cep.service lacks {line}"
        );
    }
    let timer = std::fs::read_to_string(packaging().join("systemd/cep.timer")).unwrap();
    for line in [
        "OnCalendar=*:0/15",
        "Persistent=true",
        "RandomizedDelaySec=5min",
    ] {
        assert!(timer.lines().any(|l| l == line), "cep.timer lacks {line}");
    }
}

fn rpm_query(rpm: &Path, args: &[&str]) -> String {
    let o = Command::new("rpm").args(args).arg(rpm).output().unwrap();
    assert!(o.status.success(), "rpm {args:?}: {}", stderr(&o));
    stdout(&o)
}

#[test]
fn rpm_has_the_files_scriptlets_and_triggers() {
    if !have("rpmbuild") {
        eprintln!("skipped: rpmbuild not found (Debian package rpm)");
        return;
    }
    let out = tempfile::tempdir().unwrap();
    let o = Command::new("bash")
        .arg(packaging().join("build-rpm.sh"))
        .arg(env!("CARGO_BIN_EXE_cep"))
        .arg(out.path())
        .output()
        .unwrap();
    assert!(o.status.success(), "{}", stderr(&o));
    let rpm = PathBuf::from(stdout(&o).trim());
    assert_eq!(
        rpm,
        out.path()
            .join(format!("cep-{}-1.x86_64.rpm", env!("CARGO_PKG_VERSION")))
    );

    let files = rpm_query(&rpm, &["-qlp"]);
    // One page per command (cep.8, cep-run.8, ...); the list grows with
    // the commands, so only the pattern and the key pages are fixed here.
    let (man, other): (Vec<&str>, Vec<&str>) = files
        .lines()
        .partition(|l| l.starts_with("/usr/share/man/man8/"));
    for page in [
        "cep.8.gz",
        "cep-run.8.gz",
        "cep-schedule.8.gz",
        "cep-collect.8.gz",
    ] {
        assert!(
            man.contains(&format!("/usr/share/man/man8/{page}").as_str()),
            "{files}"
        );
    }
    assert!(
        man.iter()
            .all(|m| m.starts_with("/usr/share/man/man8/cep") && m.ends_with(".8.gz")),
        "{files}"
    );
    assert_eq!(
        other,
        vec![
            "/etc/cron.d/cep",
            "/etc/vz/cep.toml",
            "/usr/bin/cep",
            "/usr/lib/systemd/system/cep-boot.timer",
            "/usr/lib/systemd/system/cep.service",
            "/usr/lib/systemd/system/cep.timer",
            "/usr/libexec/cep",
            "/usr/libexec/cep/collectors.d",
            "/usr/share/bash-completion/completions/cep",
            "/usr/share/fish/vendor_completions.d/cep.fish",
            "/usr/share/zsh/site-functions/_cep",
            "/var/cache/cep",
            "/var/lib/cep",
        ]
    );
    assert_eq!(
        rpm_query(&rpm, &["-qp", "--configfiles"])
            .lines()
            .collect::<Vec<_>>(),
        vec!["/etc/cron.d/cep", "/etc/vz/cep.toml"]
    );
    let scripts = rpm_query(&rpm, &["-qp", "--scripts", "--triggers"]);
    assert!(
        scripts.contains("postinstall scriptlet")
            && scripts.contains("systemctl enable --now cep.timer cep-boot.timer"),
        "{scripts}"
    );
    assert!(
        scripts.contains("systemctl disable --now cep.timer cep-boot.timer"),
        "{scripts}"
    );
    // Removal never deletes the state directory's content (the host id).
    assert!(!scripts.contains("rm "), "{scripts}");
    assert!(
        scripts.contains(
            "triggerin scriptlet (using /bin/sh) -- kernel, ploop, prl-disp-service, vzctl, vzctl-core, vzkernel, vzquota"
        ),
        "{scripts}"
    );
    assert!(
        scripts.contains("setsid /usr/bin/cep run --all </dev/null >/dev/null 2>&1 &"),
        "{scripts}"
    );
}

#[test]
fn shipped_config_loads_and_man_page_and_completions_are_generated() {
    let sb = Sandbox::new();
    let conf = packaging().join("cep.toml");
    let o = sb.run(&["--config", conf.to_str().unwrap(), "status", "--json"]);
    assert!(o.status.success(), "{}", stderr(&o));
    let doc: serde_json::Value = serde_json::from_slice(&o.stdout).unwrap();
    assert_eq!(doc["config_file"], conf.to_str().unwrap());

    let pages = tempfile::tempdir().unwrap();
    let o = sb.run(&["generate", "man", "--dir", pages.path().to_str().unwrap()]);
    assert!(o.status.success(), "{}", stderr(&o));
    let run = std::fs::read_to_string(pages.path().join("cep-run.8")).unwrap();
    assert!(
        run.contains(".TH cep-run 8") && run.contains("\\fB\\-\\-all\\fR"),
        "{run}"
    );
    let man = stdout(&sb.run(&["generate", "man"]));
    assert!(man.contains(".TH cep 8"), "{man}");
    for sub in ["cep\\-run(8)", "cep\\-schedule(8)", "cep\\-collect(8)"] {
        assert!(man.contains(sub), "man page lacks {sub}:\n{man}");
    }
    // The packaging helper stays out of the page.
    assert!(!man.contains("generate"), "{man}");
    let bash = stdout(&sb.run(&["generate", "completions", "bash"]));
    assert!(
        bash.contains("complete -F _cep") && bash.contains("schedule"),
        "{bash}"
    );
    let o = sb.run(&["generate", "completions", "tcsh"]);
    assert_eq!(o.status.code(), Some(2));
}
