//! `cep-server`: the stats server. See the crate docs and README.md.

use std::net::SocketAddr;
use std::path::PathBuf;
use std::process::ExitCode;
use std::time::Duration;

use cep_server::limits::Rate;
use cep_server::server::{AppState, Config, serve};
use cep_server::store::{self, StatsOptions, Store};
use clap::Parser;

/// Receives cep, vzstats and disp reports; publishes the statistics.
#[derive(Debug, Parser)]
#[command(name = "cep-server", version)]
struct Args {
    /// Address to listen on.
    #[arg(long, default_value = "127.0.0.1:8080", env = "CEP_SERVER_LISTEN")]
    listen: SocketAddr,
    /// SQLite file, or a postgres://user:password@host/db URL.
    #[arg(long, default_value = "./stats.db", env = "CEP_SERVER_DB")]
    db: String,
    /// Keep raw report archives this many days (0: do not keep them).
    #[arg(long, default_value_t = 0)]
    keep_archives_days: i64,
    /// Keep per-host rows (reports, facts, keys) this many days, then only
    /// the aggregates (default: the longer active window plus 30 days, 91;
    /// at least that window plus 7).
    #[arg(long, default_value_t = 0, hide_default_value = true)]
    retention_days: i64,
    /// Print the privacy notice (what /privacy shows) for these settings
    /// as Markdown and exit.
    #[arg(long)]
    print_privacy: bool,
    /// Largest accepted body (compressed archive), in bytes.
    #[arg(long, default_value_t = 1024 * 1024)]
    max_body: u64,
    /// Only hosts that reported in this many days count in distributions.
    #[arg(long, default_value_t = 14)]
    active_days: i64,
    /// Values held by fewer hosts are merged into "other".
    #[arg(long, default_value_t = 5)]
    k: i64,
    /// Reports per minute per host id (0: no limit).
    #[arg(long, default_value_t = 60.0)]
    host_rate: f64,
    /// Burst per host id.
    #[arg(long, default_value_t = 30.0)]
    host_burst: f64,
    /// Requests per minute per client address (0: no limit).
    #[arg(long, default_value_t = 600.0)]
    addr_rate: f64,
    /// Burst per client address.
    #[arg(long, default_value_t = 200.0)]
    addr_burst: f64,
    /// Uploads handled at once; more get 503.
    #[arg(long, default_value_t = 64)]
    max_uploads: usize,
    /// Uploads handled at once from one client address; more get 429
    /// (0: no cap).
    #[arg(long, default_value_t = 8)]
    max_uploads_per_address: usize,
    /// Open connections at once; at the cap, an idle connection (still
    /// waiting for its request head) is closed to make room: the oldest of
    /// the address holding the most connections.
    #[arg(long, default_value_t = 1024)]
    max_connections: usize,
    /// Open connections from one address (0: no cap; not applied with
    /// --trust-forwarded-for).
    #[arg(long, default_value_t = 64)]
    max_connections_per_address: usize,
    /// Seconds from connecting to a complete request head (else 408).
    #[arg(long, default_value_t = 5)]
    head_timeout: u64,
    /// Least average request body rate, in bytes a second, counted after
    /// --head-timeout (0: none).
    #[arg(long, default_value_t = 1024)]
    min_body_rate: u64,
    /// Whole-request deadline, in seconds (a connection being answered
    /// that moves no byte for twice that is closed).
    #[arg(long, default_value_t = 30)]
    request_timeout: u64,
    /// Seconds a connection waits for its next request (0: one request
    /// per connection).
    #[arg(long, default_value_t = 15)]
    keep_alive: u64,
    /// On SIGTERM or SIGINT, seconds the requests under way have to finish
    /// (a second signal exits at once).
    #[arg(long, default_value_t = 20)]
    shutdown_timeout: u64,
    /// How long computed stats are reused, in milliseconds.
    #[arg(long, default_value_t = 1000)]
    stats_cache_ms: u64,
    /// MaxMind country database (.mmdb) for the country distribution.
    #[arg(long)]
    geoip: Option<PathBuf>,
    /// Take the client address from the last X-Forwarded-For entry (only
    /// behind a reverse proxy that sets it).
    #[arg(long)]
    trust_forwarded_for: bool,
    /// The licence of the published data, shown on every page and in the
    /// JSON and /metrics outputs (a URL in it becomes a link).
    #[arg(long, default_value = cep_server::render::DEFAULT_DATA_LICENSE, env = "CEP_SERVER_DATA_LICENSE")]
    data_license: String,
    /// Weeks shown in the distribution trends.
    #[arg(long, default_value_t = 26)]
    trend_weeks: i64,
}

fn main() -> ExitCode {
    tracing_subscriber::fmt()
        .with_env_filter(
            tracing_subscriber::EnvFilter::try_from_env("CEP_SERVER_LOG")
                .unwrap_or_else(|_| "info".into()),
        )
        .with_writer(std::io::stderr)
        .init();
    let a = Args::parse();
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
    match rt.block_on(run(a)) {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("cep-server: {e}");
            ExitCode::FAILURE
        }
    }
}

async fn run(a: Args) -> Result<(), Box<dyn std::error::Error>> {
    let cfg = Config {
        limits: cep_core::report::ReadLimits {
            compressed_bytes: a.max_body,
            ..Default::default()
        },
        keep_archives_days: a.keep_archives_days,
        retention_days: a.retention_days,
        stats: StatsOptions {
            active_days: a.active_days,
            k: a.k,
            trend_weeks: a.trend_weeks,
            ..StatsOptions::default()
        },
        host_rate: Rate {
            per_minute: a.host_rate,
            burst: a.host_burst,
        },
        addr_rate: Rate {
            per_minute: a.addr_rate,
            burst: a.addr_burst,
        },
        max_uploads: a.max_uploads,
        max_uploads_per_address: a.max_uploads_per_address,
        max_connections: a.max_connections,
        max_connections_per_address: a.max_connections_per_address,
        head_timeout: Duration::from_secs(a.head_timeout.max(1)),
        min_body_rate: a.min_body_rate,
        request_timeout: Duration::from_secs(a.request_timeout),
        keep_alive: Duration::from_secs(a.keep_alive),
        shutdown_timeout: Duration::from_secs(a.shutdown_timeout),
        stats_cache: Duration::from_millis(a.stats_cache_ms),
        geoip: a.geoip,
        trust_forwarded_for: a.trust_forwarded_for,
        site: cep_server::render::Site {
            data_license: a.data_license,
        },
        ..Config::default()
    };
    if a.print_privacy {
        if cfg.retention() < cfg.stats.retention_floor() {
            return Err(format!(
                "--retention-days {} is shorter than {} days",
                cfg.retention(),
                cfg.stats.retention_floor()
            )
            .into());
        }
        print!(
            "{}",
            cep_server::render::privacy::markdown(&cfg.privacy_notice())
        );
        return Ok(());
    }
    let db = a.db.clone();
    // Opening PostgreSQL blocks; do it off the async threads.
    let store =
        tokio::task::spawn_blocking(move || store::open(&db).and_then(Store::new)).await??;
    let kind = store.kind();
    let state = AppState::new(cfg, store)?;
    let signal = cep_server::server::signal()?;
    let listener = tokio::net::TcpListener::bind(a.listen)
        .await
        .map_err(|e| format!("cannot listen on {}: {e}", a.listen))?;
    let local = listener.local_addr()?;
    // The first line of stdout says where to connect (tests read it).
    println!("cep-server listening on http://{local}/ ({kind} database)");
    tracing::info!("listening on {local}, {kind} database");
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
