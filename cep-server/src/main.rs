//! `cep-server`: the stats server. See the crate docs and README.md.

// mimalloc, not glibc's allocator: ingest allocates and frees many small
// values a report on several threads (its JSON, keys and stored text);
// with it the server takes about a tenth less CPU a report, for about
// 16 MiB more resident memory (README, "Stats server", "Figures").
#[global_allocator]
static ALLOC: mimalloc::MiMalloc = mimalloc::MiMalloc;

use std::io::{IsTerminal, Read, Write};
use std::net::{TcpStream, ToSocketAddrs};
use std::path::PathBuf;
use std::process::ExitCode;
use std::time::Duration;

use cep_server::server::{AppState, Config, LogFormat, ServerError, Settings, serve, serve_admin};
use cep_server::store::{self, Store};
use clap::{Args, Parser, Subcommand};

/// Receives cep, vzstats and disp reports; publishes the statistics.
///
/// Settings come from flags, then their environment variables
/// (CEP_SERVER_<FLAG>), then the configuration file (--config), then the
/// defaults.
#[derive(Debug, Parser)]
#[command(name = "cep-server", version, args_conflicts_with_subcommands = true)]
struct Cli {
    #[command(subcommand)]
    command: Option<Command>,
    /// Without a command: serve.
    #[command(flatten)]
    serve: ServeArgs,
}

#[derive(Debug, Subcommand)]
enum Command {
    /// Serve the site and the ingest endpoints (the default).
    Serve(Box<ServeArgs>),
    /// Ask a URL and exit 0 when it answers 2xx (a container's health
    /// check: its image has no curl).
    Probe {
        /// An http:// URL, e.g. http://127.0.0.1:8080/healthz.
        url: String,
        /// Seconds to wait for the answer.
        #[arg(long, default_value_t = 3)]
        timeout: u64,
    },
    /// Bring the database's schema to this release's version (the server
    /// also does on start), or with --status only say where it stands.
    /// The database and the active window come from the same settings as
    /// `serve` (flags, environment, --config).
    Migrate {
        /// Print the current and target versions and the pending
        /// migrations; exit 1 if the database is newer or half-migrated.
        #[arg(long)]
        status: bool,
        #[command(flatten)]
        args: Box<ServeArgs>,
    },
    /// Copy a live SQLite database, consistently, to a new file (restore:
    /// stop the server, put the copy in place, start it).
    Backup {
        /// The new file.
        #[arg(long)]
        to: PathBuf,
        #[command(flatten)]
        args: Box<ServeArgs>,
    },
    /// Make a key to sign the collection policy with: writes the private
    /// key to FILE (mode 0600, never over an existing file) and prints
    /// the public key as the line clients put under [policy] in cep.toml.
    Keygen {
        /// The new key file.
        file: PathBuf,
    },
}

#[derive(Debug, Args)]
struct ServeArgs {
    /// TOML configuration file: every flag's setting under the flag's
    /// name with `_` for `-` (the package ships /etc/cep/server.toml).
    #[arg(long, env = "CEP_SERVER_CONFIG")]
    config: Option<PathBuf>,
    /// Print the privacy notice (what /privacy shows) for these settings
    /// as Markdown and exit.
    #[arg(long)]
    print_privacy: bool,
    #[command(flatten)]
    settings: Settings,
}

impl ServeArgs {
    /// Flags and environment over the file over the defaults.
    fn config(self) -> Result<Config, ServerError> {
        let file = match &self.config {
            Some(path) => Settings::from_file(path)?,
            None => Settings::default(),
        };
        self.settings.or(file).into_config()
    }
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    let args = match cli.command {
        Some(Command::Serve(a)) => *a,
        Some(Command::Probe { url, timeout }) => {
            return match probe(&url, Duration::from_secs(timeout.max(1))) {
                Ok(()) => ExitCode::SUCCESS,
                Err(e) => {
                    eprintln!("cep-server probe: {e}");
                    ExitCode::FAILURE
                }
            };
        }
        Some(Command::Migrate { status, args }) => {
            return offline(*args, |cfg| {
                cep_server::store::schema::run_migrate(&cfg.db, cfg.stats.active_days, status)
            });
        }
        Some(Command::Keygen { file }) => return keygen(&file),
        Some(Command::Backup { to, args }) => {
            return offline(*args, |cfg| cep_server::store::backup::run(&cfg.db, &to));
        }
        None => cli.serve,
    };
    let print_privacy = args.print_privacy;
    let cfg = match args.config() {
        Ok(c) => c,
        Err(e) => {
            eprintln!("cep-server: {e}");
            return ExitCode::FAILURE;
        }
    };
    if let Err(e) = init_logging(&cfg) {
        eprintln!("cep-server: {e}");
        return ExitCode::FAILURE;
    }
    if print_privacy {
        return match privacy(&cfg) {
            Ok(()) => ExitCode::SUCCESS,
            Err(e) => {
                eprintln!("cep-server: {e}");
                ExitCode::FAILURE
            }
        };
    }
    let rt = match tokio::runtime::Builder::new_multi_thread()
        .enable_all()
        .build()
    {
        Ok(rt) => rt,
        Err(e) => {
            eprintln!("cep-server: cannot start the runtime: {e}");
            return ExitCode::FAILURE;
        }
    };
    match rt.block_on(run(cfg)) {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("cep-server: {e}");
            ExitCode::FAILURE
        }
    }
}

/// `cep-server keygen FILE`: the key line on stdout (the one line cep.toml
/// takes), what was done on stderr.
fn keygen(file: &std::path::Path) -> ExitCode {
    match cep_server::keys::keygen(file) {
        Ok(key) => {
            eprintln!(
                "wrote the policy signing key {} (mode 0600; keep it secret, start the server with --policy-key {})",
                file.display(),
                file.display()
            );
            eprintln!(
                "fingerprint {}; clients pin the key with this line under [policy] in /etc/vz/cep.toml:",
                key.fingerprint()
            );
            println!("keys = [\"{key}\"]");
            ExitCode::SUCCESS
        }
        Err(e) => {
            eprintln!("cep-server: {e}");
            ExitCode::FAILURE
        }
    }
}

/// A command that works on the database without serving: its settings as
/// `serve` reads them, what it did on stdout, an error on stderr.
fn offline<E: std::fmt::Display>(
    args: ServeArgs,
    work: impl FnOnce(&Config) -> Result<String, E>,
) -> ExitCode {
    let cfg = match args.config() {
        Ok(c) => c,
        Err(e) => {
            eprintln!("cep-server: {e}");
            return ExitCode::FAILURE;
        }
    };
    if let Err(e) = init_logging(&cfg) {
        eprintln!("cep-server: {e}");
        return ExitCode::FAILURE;
    }
    match work(&cfg) {
        Ok(said) => {
            print!("{said}");
            ExitCode::SUCCESS
        }
        Err(e) => {
            eprintln!("cep-server: {e}");
            ExitCode::FAILURE
        }
    }
}

/// `GET url` over plain HTTP/1.1; `Ok` on a 2xx status.
fn probe(url: &str, timeout: Duration) -> Result<(), String> {
    let rest = url
        .strip_prefix("http://")
        .ok_or_else(|| format!("{url}: only http:// URLs"))?;
    let (authority, path) = match rest.split_once('/') {
        Some((a, p)) => (a, format!("/{p}")),
        None => (rest, "/".to_owned()),
    };
    let addr = authority
        .to_socket_addrs()
        .ok()
        .and_then(|mut a| a.next())
        .ok_or_else(|| format!("{url}: `{authority}` is no host:port"))?;
    let mut s = TcpStream::connect_timeout(&addr, timeout).map_err(|e| format!("{url}: {e}"))?;
    let io = |e: std::io::Error| format!("{url}: {e}");
    s.set_read_timeout(Some(timeout)).map_err(io)?;
    s.set_write_timeout(Some(timeout)).map_err(io)?;
    write!(
        s,
        "GET {path} HTTP/1.1\r\nHost: {authority}\r\nConnection: close\r\n\r\n"
    )
    .map_err(io)?;
    let mut head = Vec::new();
    s.take(1024).read_to_end(&mut head).map_err(io)?;
    let line = String::from_utf8_lossy(&head);
    let line = line.lines().next().unwrap_or("");
    match line
        .split_whitespace()
        .nth(1)
        .and_then(|c| c.parse::<u16>().ok())
    {
        Some(code) if (200..300).contains(&code) => Ok(()),
        Some(code) => Err(format!("{url} answered {code}")),
        None => Err(format!("{url} gave no HTTP answer")),
    }
}

/// Logs to stderr: colours only when it is a terminal (a journal or a
/// file gets plain text), or one JSON object a line.
fn init_logging(cfg: &Config) -> Result<(), String> {
    let filter = tracing_subscriber::EnvFilter::try_new(&cfg.log)
        .map_err(|e| format!("--log `{}`: {e}", cfg.log))?;
    let fmt = tracing_subscriber::fmt()
        .with_env_filter(filter)
        .with_writer(std::io::stderr);
    match cfg.log_format {
        LogFormat::Text => fmt.with_ansi(std::io::stderr().is_terminal()).init(),
        LogFormat::Json => fmt.json().with_ansi(false).init(),
    }
    Ok(())
}

fn privacy(cfg: &Config) -> Result<(), ServerError> {
    if cfg.retention() < cfg.stats.retention_floor() {
        return Err(ServerError::Retention {
            days: cfg.retention(),
            floor: cfg.stats.retention_floor(),
        });
    }
    print!(
        "{}",
        cep_server::render::privacy::markdown(&cfg.privacy_notice())
    );
    Ok(())
}

async fn run(cfg: Config) -> Result<(), Box<dyn std::error::Error>> {
    if let Some(signer) = &cfg.policy_signer {
        tracing::info!(
            "signing the collection policy with key {} ({})",
            signer.public_key().fingerprint(),
            signer.public_key()
        );
    }
    let db = cfg.db.clone();
    let listen = cfg.listen;
    let admin = cfg.admin_listen;
    // Opening PostgreSQL blocks; do it off the async threads.
    let active_days = cfg.stats.active_days;
    let store = tokio::task::spawn_blocking(move || {
        store::open(&db).and_then(|b| Store::open(b, active_days))
    })
    .await??
    .0;
    let kind = store.kind();
    let state = AppState::new(cfg, store)?;
    let signal = cep_server::server::signal()?;
    let bind = |addr| async move {
        tokio::net::TcpListener::bind(addr)
            .await
            .map_err(|e| ServerError::Listen {
                addr,
                reason: e.to_string(),
            })
    };
    let listener = bind(listen).await?;
    let local = listener.local_addr()?;
    let admin = match admin {
        Some(addr) => Some(bind(addr).await?),
        None => None,
    };
    // The first line of stdout says where to connect (tests read it).
    println!("cep-server listening on http://{local}/ ({kind} database)");
    tracing::info!("listening on {local}, {kind} database");
    if let Some(l) = admin {
        let at = l.local_addr()?;
        println!("cep-server admin on http://{at}/metrics");
        tracing::info!("operator metrics on {at}");
        let st = state.clone();
        tokio::spawn(async move {
            if let Err(e) = serve_admin(l, st).await {
                tracing::error!("the admin port stopped: {e}");
            }
        });
    }
    // Awaited outside the log macros: they skip their arguments below
    // their level.
    let stop = async {
        let name = signal.await;
        tracing::info!("{name}: stopping");
    };
    let stopped = serve(listener, state, stop).await?;
    tracing::info!("{stopped}");
    Ok(())
}
