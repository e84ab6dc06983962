//! isnad: a language server and command-line checker for Arabic news copy.
//!
//! Layers (each knows only the ones below it): [`text`] and [`profile`] on the ground floor,
//! [`analysis`] above them, and the front ends ([`cli`], [`lsp`], [`report`]) on top. See ARCHITECTURE.md.

pub mod analysis;
pub mod cli;
pub mod drafts;
pub mod lsp;
pub mod profile;
pub mod report;
pub mod text;
