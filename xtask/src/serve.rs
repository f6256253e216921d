//! `cargo xtask serve`: install what is missing, build and serve on localhost.

use anyhow::Result;

use crate::cmd::run as run_command;
use crate::tools::{ensure_all, Needs};

/// Serves the app with its bundled dataset at http://127.0.0.1:8080/ ;
/// `--release` serves the optimised build.
pub fn run(args: &[String]) -> Result<()> {
    let toolchain = ensure_all(Needs::Build)?;
    let mut command = toolchain.command("trunk");
    command.args([
        "serve",
        "--offline",
        "--address",
        "127.0.0.1",
        "--port",
        "8080",
    ]);
    if args.iter().any(|arg| arg == "--release") {
        command.arg("--release");
    }
    eprintln!("serve: http://127.0.0.1:8080/ (Ctrl-C to stop)");
    run_command(&mut command)
}
