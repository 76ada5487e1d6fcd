//! Rendering: the public pages ([`pages`], with their SVG charts from
//! [`chart`]), the privacy notice ([`privacy`]) and the machine formats of
//! the same numbers ([`data`]). Everything here takes plain data (the
//! published [`crate::store::published::Stats`], the settings the pages
//! state) and returns text; nothing here knows the server, its state or its
//! routes.

pub mod chart;
pub mod data;
pub mod pages;
pub mod privacy;

pub use pages::{DEFAULT_DATA_LICENSE, Site};
