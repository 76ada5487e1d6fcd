//! # cep-server
#![deny(missing_docs)]

pub mod facts;
pub mod store;
