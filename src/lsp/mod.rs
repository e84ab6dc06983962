//! The language server front end (`isnad lsp`): tower-lsp-server over stdio.
//!
//! Layout (as in harper-ls): [`server`] speaks the protocol (a thin dispatch to handlers: `schedule`
//! runs and publishes analyses and builds the workspace index, `configure` reads settings and
//! `isnad.toml` files, `commands` runs the review and house-style commands; `state` is what they
//! share), [`document`] keeps each open draft in
//! a ropey rope, [`position`] is the one place byte ranges become LSP positions (UTF-8, UTF-16 or
//! UTF-32 columns), [`config`] reads the editor settings, and [`diagnostics`], [`actions`],
//! [`hover`], [`symbols`] and [`names`] (names as symbols: definition, references, highlights,
//! rename, workspace symbols) convert the core's [`Analysis`](crate::analysis::Analysis) into LSP
//! results; [`contain`] keeps a panic in one draft's check or one request from stopping the rest;
//! [`transport`] keeps one malformed message from stopping the server; [`index`] keeps the
//! names of every draft of the workspace folders for cross-story `name-variant`, and [`review`]
//! is the `isnad.review` command (the fact-check review sheet). Nothing here decides what is a
//! finding: that is the core's job.
//!
//! Logging goes to stderr (stdout carries JSON-RPC); the level comes from `ISNAD_LOG` (a
//! `tracing` filter such as `debug` or `isnad=trace`), default `warn`.

pub mod actions;
mod commands;
pub mod config;
mod configure;
pub mod contain;
pub mod diagnostics;
pub mod document;
pub mod house;
pub mod hover;
pub mod index;
pub mod names;
pub mod position;
pub mod project;
pub mod review;
mod schedule;
pub mod server;
mod state;
pub mod symbols;
pub mod transport;
pub mod worker;

use std::os::fd::AsFd;
use std::process::ExitCode;
use std::sync::atomic::Ordering;
use std::time::Duration;
use tower_lsp_server::{LspService, Server};

/// Environment variable holding the log filter.
pub const LOG_ENV: &str = "ISNAD_LOG";

fn init_tracing() {
    let filter = tracing_subscriber::EnvFilter::try_from_env(LOG_ENV)
        .unwrap_or_else(|_| tracing_subscriber::EnvFilter::new("warn"));
    let _ = tracing_subscriber::fmt()
        .with_env_filter(filter)
        .with_writer(std::io::stderr)
        .with_ansi(false)
        .try_init();
}

/// Runs the language server over stdio until the client sends `exit` or closes stdin. Returns
/// status 0 when `shutdown` came before the end, 1 otherwise (as the LSP specification asks), 2
/// when the runtime cannot start.
pub fn run() -> ExitCode {
    init_tracing();
    contain::install_hook();
    // Build the lexicons while the client is still sending `initialize`.
    std::thread::spawn(|| {
        state::base_profile();
    });
    // And compile the analysis's regular expressions beside it: the first didOpen then does not
    // wait for them (open -> first publish).
    std::thread::spawn(crate::analysis::compile_patterns);
    let runtime = match tokio::runtime::Builder::new_multi_thread()
        .worker_threads(2)
        // Few blocking threads (stdin, stdout, analyses, index batches): each thread that
        // allocates gets its own malloc arena, and a transient analysis in each of many arenas
        // multiplies the resident memory while typing.
        .max_blocking_threads(4)
        .enable_all()
        .build()
    {
        Ok(r) => r,
        Err(e) => {
            eprintln!("isnad: cannot start the async runtime: {e}");
            return ExitCode::from(2);
        }
    };
    // The client's messages: one thread reads stdin, frames and checks them (no blocking pool,
    // no task between it and the server); every message to the client goes through `output`,
    // written by the thread that hands it over when the output is free (the analysis thread's
    // publications), else by the writer thread, in the order handed over.
    let stdout = match std::io::stdout().as_fd().try_clone_to_owned() {
        Ok(fd) => std::fs::File::from(fd),
        Err(e) => {
            eprintln!("isnad: cannot write to stdout: {e}");
            return ExitCode::from(2);
        }
    };
    let output = transport::Output::new(stdout);
    let writer = match output.spawn_writer() {
        Ok(w) => w,
        Err(e) => {
            eprintln!("isnad: cannot start the output thread: {e}");
            return ExitCode::from(2);
        }
    };
    // Diagnostics are published straight into the output (`transport::direct`).
    transport::set_direct(&output);
    let (to_server, inbox) = tokio::sync::mpsc::channel(transport::INBOX_FRAMES);
    let answers = output.clone();
    let reader = std::thread::Builder::new()
        .name("isnad-input".to_string())
        .spawn(move || transport::read_input(std::io::stdin().lock(), to_server, Some(&answers)));
    if let Err(e) = reader {
        eprintln!("isnad: cannot start the input thread: {e}");
        return ExitCode::from(2);
    }
    runtime.block_on(async {
        let (service, socket) = LspService::new(server::Backend::new);
        // server -> forward -> output, where the reader also puts its answers to malformed
        // requests.
        let (server_out, from_server) = tokio::io::duplex(1 << 16);
        let out = output.clone();
        let forward =
            tokio::spawn(async move { transport::forward_output(from_server, &out).await });
        Server::new(transport::Inbox::new(inbox), server_out, socket)
            .serve(service)
            .await;
        // Write out the server's last messages before leaving.
        let _ = forward.await;
    });
    // The input thread may still wait on stdin: it ends with the process.
    output.close();
    let _ = writer.join();
    // Blocking analyses still running belong to a client that has gone: do not wait for them.
    runtime.shutdown_timeout(Duration::from_millis(50));
    if state::SHUTDOWN_REQUESTED.load(Ordering::SeqCst) {
        ExitCode::SUCCESS
    } else {
        ExitCode::from(1)
    }
}
