//! isnad: a language server and command-line checker for Arabic news copy.
//!
//! Layers (each knows only the ones below it): [`text`] and [`rules`] (rule ids, severities) on
//! the ground floor, [`profile`] beside them, [`analysis`] above, [`report`] above analysis, and
//! the front ends [`cli`] and [`lsp`] on top (never importing each other). See ARCHITECTURE.md;
//! `tests/layers.rs` enforces it.

pub mod analysis;
pub mod cli;
pub mod drafts;
pub mod lsp;
pub mod profile;
pub mod report;
pub mod rules;
pub mod text;
