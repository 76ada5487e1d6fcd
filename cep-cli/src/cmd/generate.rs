//! `cep generate`: the man page and shell completions, made from the clap
//! definitions so they never drift from the real options. Hidden; used by
//! packaging/build-rpm.sh.

use std::path::{Path, PathBuf};

use clap::{Args, CommandFactory, Subcommand};
use clap_complete::Shell;

use crate::error::CliError;

/// `cep generate` options.
#[derive(Debug, Args)]
pub struct GenerateArgs {
    #[command(subcommand)]
    what: What,
}

#[derive(Debug, Subcommand)]
enum What {
    /// cep(8), in roff.
    Man {
        /// Write here instead of stdout.
        #[arg(long, short, value_name = "FILE")]
        output: Option<PathBuf>,
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
            cep_core::fsutil::atomic_write(p, bytes, 0o644).map_err(|source| CliError::Write {
                path: p.to_owned(),
                source,
            })
        }
        None => {
            use std::io::Write;
            std::io::stdout()
                .write_all(bytes)
                .map_err(|source| CliError::Write {
                    path: "<stdout>".into(),
                    source,
                })
        }
    }
}

/// `cep generate`.
pub fn generate(a: &GenerateArgs) -> Result<(), CliError> {
    let cmd = crate::Cli::command();
    match &a.what {
        What::Man { output } => {
            // Section 8: cep is a system administration command.
            let man = clap_mangen::Man::new(cmd).section("8");
            let mut buf = Vec::new();
            man.render(&mut buf).map_err(|source| CliError::Write {
                path: output.clone().unwrap_or_else(|| "<stdout>".into()),
                source,
            })?;
            emit(output.as_deref(), &buf)
        }
        What::Completions { shell, output } => {
            let mut cmd = cmd;
            let mut buf = Vec::new();
            clap_complete::generate(*shell, &mut cmd, "cep", &mut buf);
            emit(output.as_deref(), &buf)
        }
    }
}
