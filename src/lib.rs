//! isnad
