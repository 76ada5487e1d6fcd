//! `cep`: collect, review and deliver anonymous usage statistics of an
//! OpenVZ / Virtuozzo hardware node.
//!
//! Exit status: 0 success, 1 failure, 2 bad usage.
// Everything is printed through `out` (a closed pipe is no panic).
#![deny(clippy::print_stdout, clippy::print_stderr)]

/// `print!` through [`out::stdout`].
macro_rules! out {
    ($($arg:tt)*) => {
        $crate::out::stdout(format_args!($($arg)*))
    };
}

/// `println!` through [`out::stdout`].
macro_rules! outln {
    () => {
        $crate::out::stdout(format_args!("\n"))
    };
    ($($arg:tt)*) => {
        $crate::out::stdout(format_args!("{}\n", format_args!($($arg)*)))
    };
}

/// `eprintln!` through [`out::stderr`].
macro_rules! errln {
    ($($arg:tt)*) => {
        $crate::out::stderr(format_args!("{}\n", format_args!($($arg)*)))
    };
}

mod cmd;
mod out;
mod terminal;

use std::path::{Path, PathBuf};
use std::process::ExitCode;

use cep::{Agent, AgentBuilder, Error};
use clap::{Args, Parser, Subcommand};

/// Anonymous usage statistics for OpenVZ / Virtuozzo hardware nodes.
///
/// cep collects counts, sizes and versions (never names, addresses or ids of
/// hosts, users, containers or VMs) into a report archive you can review
/// before anything leaves the host.
#[derive(Debug, Parser)]
#[command(name = "cep", version, propagate_version = true, max_term_width = 100)]
pub struct Cli {
    #[command(flatten)]
    global: GlobalArgs,
    #[command(subcommand)]
    command: Command,
}

/// Options every command takes.
#[derive(Debug, Args, Clone)]
pub struct GlobalArgs {
    /// Configuration file [default: <sysconf-dir>/cep.toml].
    #[arg(long, global = true, value_name = "FILE")]
    config: Option<PathBuf>,
    /// State directory: host id, spool, ledger [default: /var/lib/cep as
    /// root, else ~/.local/state/cep].
    #[arg(long, global = true, value_name = "DIR", env = "CEP_STATE_DIR")]
    state_dir: Option<PathBuf>,
    /// Where cep.toml, the opt-out markers and the legacy vzstats and
    /// disp-helper settings live.
    #[arg(
        long,
        global = true,
        value_name = "DIR",
        env = "CEP_SYSCONF_DIR",
        default_value = cep::config::DEFAULT_SYSCONF_DIR
    )]
    sysconf_dir: PathBuf,
    /// More log output on stderr (-v info, -vv debug).
    #[arg(short, long, global = true, action = clap::ArgAction::Count)]
    verbose: u8,
}

#[derive(Debug, Subcommand)]
enum Command {
    /// Run the collectors and write the report archive for review.
    Collect(cmd::collect::CollectArgs),
    /// Show what would be sent, readable (or as one JSON document).
    Show(cmd::collect::ShowArgs),
    /// Show whether this host reports, why, and with which settings.
    Status(cmd::status::JsonFlag),
    /// Print this host's anonymous id (made on first use).
    Id,
    /// Allow reporting again (removes the opt-out markers).
    Enable,
    /// Stop all reporting (writes <sysconf-dir>/cep-disable).
    Disable,
    /// Ask the server to erase this host, then erase the host id, spool
    /// and state here and stop reporting (keeps one ledger line).
    Forget(cmd::status::JsonFlag),
    /// List the collectors and the external scripts: id, schedule,
    /// description (and why a script does not run).
    List(cmd::status::ListArgs),
    /// Run the collectors that are due and deliver their report (the
    /// timer's entry point); --all runs every collector now.
    Run(cmd::run::RunArgs),
    /// Show when each collector is due next (with this host's offset).
    Schedule(cmd::run::ScheduleArgs),
    /// Write the man page or shell completions (for packaging).
    #[command(hide = true)]
    Generate(cmd::generate::GenerateArgs),
    /// Collect, spool and deliver a report, then anything still pending.
    Send(cmd::deliver::SendArgs),
    /// Show the spool: pending, bad and rejected reports.
    Spool(cmd::status::JsonFlag),
    /// Deliver the reports waiting in the spool (collects nothing).
    Flush,
    /// List every field a report can contain: collector, field, type,
    /// meaning, example.
    Inventory(cmd::privacy::InventoryArgs),
    /// List every report that left this host: time, id, size, sha256,
    /// transport, destination.
    Ledger(cmd::privacy::LedgerArgs),
    /// Send fields new to this host from the next report on, ending their
    /// notice period (all waiting fields, or those named).
    Accept(cmd::privacy::AcceptArgs),
    /// Never send a field (writes it into never_send in cep.toml); a
    /// collector id alone turns the collector off.
    NeverSend(cmd::privacy::NeverSendArgs),
}

impl GlobalArgs {
    /// The Agent for these options, collecting from `root` (a fixture
    /// host) when given.
    fn agent(&self, root: Option<&Path>) -> Result<Agent, Error> {
        self.builder(root).build()
    }

    /// [`GlobalArgs::agent`], to be built after more settings.
    fn builder(&self, root: Option<&Path>) -> AgentBuilder {
        let mut b = Agent::builder().sysconf_dir(&self.sysconf_dir);
        if let Some(c) = &self.config {
            b = b.config_file(c);
        }
        if let Some(d) = &self.state_dir {
            b = b.state_dir(d);
        }
        if let Some(r) = root {
            b = b.root(r);
        }
        b
    }
}

/// Prints a command's typed result as one JSON document (`--json`).
fn print_json(value: &impl serde::Serialize) {
    // Through a `Value`: object keys come out sorted, as they always have.
    let v = serde_json::to_value(value).unwrap_or_default();
    outln!("{}", serde_json::to_string_pretty(&v).unwrap_or_default());
}

fn init_logging(verbose: u8) {
    let level = match verbose {
        0 => "warn",
        1 => "info",
        _ => "debug",
    };
    let filter = tracing_subscriber::EnvFilter::try_from_env("CEP_LOG")
        .unwrap_or_else(|_| tracing_subscriber::EnvFilter::new(level));
    let _ = tracing_subscriber::fmt()
        .with_env_filter(filter)
        .with_writer(std::io::stderr)
        .with_ansi(terminal::colour_on_stderr())
        .with_target(false)
        .without_time()
        .try_init();
}

/// Panics are bugs: say so in one line, no backtrace. A collector's panic is
/// caught and reported in the manifest (the runner marks its threads); it
/// only goes to the debug log here.
fn install_panic_hook() {
    std::panic::set_hook(Box::new(|info| {
        if cep::core::runner::in_collector() {
            tracing::debug!("collector panic: {info}");
        } else {
            errln!("cep: internal error: {info}; please report this bug");
        }
    }));
}

fn run(cli: Cli) -> Result<(), Error> {
    let g = &cli.global;
    match cli.command {
        Command::Collect(a) => cmd::collect::collect(g, &a),
        Command::Show(a) => cmd::collect::show(g, &a),
        Command::Status(a) => cmd::status::status(g, &a),
        Command::Id => cmd::status::id(g),
        Command::Enable => cmd::status::enable(g),
        Command::Disable => cmd::status::disable(g),
        Command::Forget(a) => cmd::status::forget(g, &a),
        Command::List(a) => cmd::status::list(g, &a),
        Command::Run(a) => cmd::run::run(g, &a),
        Command::Schedule(a) => cmd::run::schedule(g, &a),
        Command::Generate(a) => cmd::generate::generate(&a),
        Command::Send(a) => cmd::deliver::send(g, &a),
        Command::Spool(a) => cmd::deliver::list(g, &a),
        Command::Flush => cmd::deliver::flush(g),
        Command::Inventory(a) => cmd::privacy::inventory(g, &a),
        Command::Ledger(a) => cmd::privacy::ledger(g, &a),
        Command::Accept(a) => cmd::privacy::accept(g, &a),
        Command::NeverSend(a) => cmd::privacy::never_send(g, &a),
    }
}

fn main() -> ExitCode {
    install_panic_hook();
    let cli = Cli::parse();
    init_logging(cli.global.verbose);
    match run(cli) {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            errln!("cep: error: {e}");
            ExitCode::FAILURE
        }
    }
}
