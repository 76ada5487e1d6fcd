//! Tests of `cep_core::command` through its public API.

use cep_core::*;

#[test]
fn fixture_runner_replays_exact_argv_only() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::create_dir(dir.path().join("commands")).unwrap();
    std::fs::write(dir.path().join("commands/uname.txt"), "x86_64\n").unwrap();
    std::fs::write(
        dir.path().join("commands.toml"),
        "[[command]]\nargv = [\"uname\", \"-m\"]\nstdout = \"commands/uname.txt\"\n\n[[command]]\nargv = [\"false\"]\nstatus = 1\n",
    )
    .unwrap();
    let r = FixtureRunner::load(dir.path()).unwrap();
    let out = r.run(&CommandSpec::new(&["uname", "-m"])).unwrap();
    assert_eq!(out.stdout_text(), "x86_64\n");
    assert!(out.success());
    assert_eq!(
        r.run(&CommandSpec::new(&["false"])).unwrap().exit,
        ExitKind::Code(1)
    );
    assert!(matches!(
        r.run(&CommandSpec::new(&["uname", "-r"])),
        Err(CommandError::NotFound { .. })
    ));
}

#[test]
fn fixture_commands_toml_errors_name_the_file() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("commands.toml"), "[[command]]\nargs = []\n").unwrap();
    let err = FixtureRunner::load(dir.path()).unwrap_err().to_string();
    assert!(err.contains("commands.toml"), "{err}");
    assert!(err.contains("args"), "{err}");
}

#[test]
fn fixture_missing_output_file_is_an_error() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(
        dir.path().join("commands.toml"),
        "[[command]]\nargv = [\"vzlist\"]\nstdout = \"nope.txt\"\n",
    )
    .unwrap();
    let r = FixtureRunner::load(dir.path()).unwrap();
    let err = r
        .run(&CommandSpec::new(&["vzlist"]))
        .unwrap_err()
        .to_string();
    assert!(err.contains("nope.txt"), "{err}");
}
