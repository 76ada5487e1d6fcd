//! `cep generate`: the man page and shell completions, made from the clap
//! definitions so they never drift from the real options. Hidden; used by
//! packaging/build-rpm.sh.

use std::path::{Path, PathBuf};

use clap::{Args, CommandFactory, Subcommand};
use clap_complete::Shell;

use cep::Error as CliError;

/// `cep generate` options.
#[derive(Debug, Args)]
pub struct GenerateArgs {
    #[command(subcommand)]
    what: What,
}

#[derive(Debug, Subcommand)]
enum What {
    /// cep(8) in roff on stdout, or with --dir every page (cep.8 and
    /// cep-<command>.8).
    Man {
        /// Write every page into this directory.
        #[arg(long, value_name = "DIR")]
        dir: Option<PathBuf>,
    },
    /// Completions for a shell.
    Completions {
        /// bash, zsh, fish, elvish or powershell.
        shell: Shell,
        /// Write here instead of stdout.
        #[arg(long, short, value_name = "FILE")]
        output: Option<PathBuf>,
    },
}

fn emit(output: Option<&Path>, bytes: &[u8]) -> Result<(), CliError> {
    match output {
        Some(p) => {
            cep::core::fsutil::atomic_write(p, bytes, 0o644).map_err(|source| CliError::Write {
                path: p.to_owned(),
                source,
            })
        }
        None => {
            crate::out::stdout_bytes(bytes);
            Ok(())
        }
    }
}

/// One page in section 8 (cep is a system administration command).
fn render_man(cmd: clap::Command) -> Result<Vec<u8>, CliError> {
    let mut buf = Vec::new();
    clap_mangen::Man::new(cmd)
        .section("8")
        .render(&mut buf)
        .map_err(|source| CliError::Write {
            path: "<man page>".into(),
            source,
        })?;
    Ok(buf)
}

/// `cep generate`.
pub fn generate(a: &GenerateArgs) -> Result<(), CliError> {
    let cmd = crate::Cli::command();
    match &a.what {
        What::Man { dir: None } => emit(None, &render_man(cmd)?),
        What::Man { dir: Some(dir) } => {
            let mut cmd = cmd.disable_help_subcommand(true);
            // Sets the subcommands' full names (cep-run, ...).
            cmd.build();
            let subs: Vec<clap::Command> = cmd
                .get_subcommands()
                .filter(|s| !s.is_hide_set())
                .cloned()
                .collect();
            for page in std::iter::once(cmd).chain(subs) {
                let name = page
                    .get_display_name()
                    .unwrap_or(page.get_name())
                    .to_owned();
                let path = dir.join(format!("{name}.8"));
                emit(Some(&path), &render_man(page)?)?;
            }
            Ok(())
        }
        What::Completions { shell, output } => {
            let mut cmd = cmd;
            let mut buf = Vec::new();
            clap_complete::generate(*shell, &mut cmd, "cep", &mut buf);
            emit(output.as_deref(), &buf)
        }
    }
}
