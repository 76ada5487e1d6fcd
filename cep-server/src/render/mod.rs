//! Rendering: the public pages ([`pages`], with their SVG charts from
//! [`chart`]), the privacy notice ([`privacy`]), the machine formats of
//! the same numbers ([`data`]) and the operator's fleet view ([`fleet`]). Everything here takes plain data (the
//! published [`crate::store::published::Stats`], the settings the pages
//! state) and returns text; nothing here knows the server, its state or its
//! routes.
//!
//! ```
//! use cep_server::facts::Page;
//! use cep_server::render::{Site, pages, privacy};
//! use cep_server::store::{Sqlite, StatsOptions, Store};
//!
//! let mut store = Store::new(Box::new(Sqlite::open(":memory:")?))?;
//! let stats = store.stats(1_800_000_000, &StatsOptions::default())?;
//! let site = Site::default();
//! assert!(pages::overview(&stats, &site)?.contains("<p>No reports yet.</p>"));
//! assert!(pages::topic(&stats, Page::Hardware, &site)?.contains("<h3>CPU models</h3>"));
//! let notice = privacy::Notice { k: 5, active_days: 14, retention_days: 91, keep_archives_days: 0, geoip: false, policy_key: None, relay: None, fleet: false };
//! assert!(pages::privacy(&site, &notice, "now")?.contains("<h2>How to opt out</h2>"));
//! # Ok::<(), Box<dyn std::error::Error>>(())
//! ```

pub mod chart;
pub mod data;
pub mod fleet;
pub mod inline;
pub mod pages;
pub mod privacy;

pub use pages::{DEFAULT_DATA_LICENSE, RenderError, Site};

#[cfg(test)]
mod tests {
    /// Escaping is the engine's default for `.html` and `.svg` templates;
    /// none of ours turns it off for a value.
    #[test]
    fn no_template_turns_escaping_off() {
        let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("templates");
        let mut seen = 0;
        for entry in std::fs::read_dir(&dir).unwrap() {
            let path = entry.unwrap().path();
            let name = path.file_name().unwrap().to_string_lossy().into_owned();
            assert!(
                name.ends_with(".html") || name.ends_with(".svg"),
                "{name}: a template the HTML escaper does not cover"
            );
            let text = std::fs::read_to_string(&path).unwrap();
            for off in [
                "|safe",
                "| safe",
                "escape(\"none\")",
                "e(\"none\")",
                "{% autoescape",
            ] {
                assert!(!text.contains(off), "{name} turns escaping off: {off}");
            }
            seen += 1;
        }
        assert_eq!(seen, 7, "templates in {}", dir.display());
    }
}
