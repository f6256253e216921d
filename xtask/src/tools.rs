//! Installing the toolchain a build or test needs, idempotently.
//!
//! Each tool is probed first and installed only when missing; a tool present
//! at the wrong version fails fast with the command that fixes it.

use std::env;
use std::ffi::OsString;
use std::path::{Path, PathBuf};
use std::process::Command;

use anyhow::{bail, Context, Result};

use crate::cmd::{probe, run};
use crate::root;

/// The trunk release this project builds with (newer ones need a newer rustc).
pub const TRUNK_VERSION: &str = "0.21.14";
/// The npm `binaryen` release whose `wasm-opt` handles current rustc output.
pub const BINARYEN_VERSION: &str = "132.0.0";
/// Chromium as installed by Debian's `chromium` package.
pub const CHROMIUM: &str = "/usr/bin/chromium";
/// ChromeDriver as installed by Debian's `chromium-driver` package.
pub const CHROMEDRIVER: &str = "/usr/bin/chromedriver";

/// What a task needs installed.
#[derive(Clone, Copy, PartialEq, Eq)]
pub enum Needs {
    /// Building the app: target, trunk, wasm-bindgen, wasm-opt.
    Build,
    /// Testing it too: Chromium, ChromeDriver and the e2e npm packages.
    Everything,
}

/// The environment the build and test commands run in.
pub struct Toolchain {
    /// `PATH` with the cargo bin and tool folders in front.
    pub path: OsString,
}

impl Toolchain {
    /// A command with this toolchain's `PATH`, run from the workspace root.
    pub fn command(&self, program: &str) -> Command {
        let mut command = Command::new(program);
        command.env("PATH", &self.path).current_dir(root());
        command
    }
}

/// `$CARGO_HOME`, or `~/.cargo`.
fn cargo_home() -> PathBuf {
    env::var_os("CARGO_HOME")
        .map(PathBuf::from)
        .or_else(|| env::var_os("HOME").map(|home| Path::new(&home).join(".cargo")))
        .unwrap_or_else(|| PathBuf::from(".cargo"))
}

/// Where npm-installed tools live: beside cargo's binaries, per project.
fn tools_dir() -> PathBuf {
    cargo_home().join("needledrop-tools")
}

/// Installs what `needs` calls for and returns the environment to use.
pub fn ensure_all(needs: Needs) -> Result<Toolchain> {
    let binaryen_bin = tools_dir()
        .join("binaryen")
        .join("node_modules")
        .join(".bin");
    let mut paths = vec![cargo_home().join("bin"), binaryen_bin];
    paths.extend(env::split_paths(&env::var_os("PATH").unwrap_or_default()));
    let path = env::join_paths(paths).context("PATH contains an unusable folder")?;
    // Probes below must see the tools we are about to install.
    env::set_var("PATH", &path);
    let toolchain = Toolchain { path };

    ensure_wasm_target()?;
    ensure_trunk()?;
    ensure_wasm_bindgen()?;
    ensure_wasm_opt()?;
    if needs == Needs::Everything {
        ensure_chromium()?;
        ensure_e2e_packages(&toolchain)?;
    }
    Ok(toolchain)
}

fn ensure_wasm_target() -> Result<()> {
    let installed = probe("rustup", &["target", "list", "--installed"]).unwrap_or_default();
    if installed
        .lines()
        .any(|line| line.trim() == "wasm32-unknown-unknown")
    {
        return Ok(());
    }
    run(Command::new("rustup").args(["target", "add", "wasm32-unknown-unknown"]))
}

/// The version printed by `<tool> --version` (last word of the first line).
fn tool_version(program: &str) -> Option<String> {
    let text = probe(program, &["--version"])?;
    let first = text.lines().next()?.to_owned();
    first.split_whitespace().last().map(str::to_owned)
}

fn ensure_trunk() -> Result<()> {
    match tool_version("trunk") {
        Some(version) if version == TRUNK_VERSION => Ok(()),
        Some(version) => bail!(
            "trunk {version} is installed but this project builds with trunk {TRUNK_VERSION}; \
             run `cargo install trunk --version {TRUNK_VERSION} --locked --force`"
        ),
        None => run(Command::new("cargo").args([
            "install",
            "trunk",
            "--version",
            TRUNK_VERSION,
            "--locked",
        ])),
    }
}

/// The `wasm-bindgen` version pinned in `Cargo.lock`.
pub fn locked_wasm_bindgen_version() -> Result<String> {
    let lock = std::fs::read_to_string(root().join("Cargo.lock"))
        .context("Cargo.lock is missing: run `cargo generate-lockfile`")?;
    let mut lines = lock.lines();
    while let Some(line) = lines.next() {
        if line.trim() == "name = \"wasm-bindgen\"" {
            if let Some(version) = lines
                .next()
                .and_then(|next| next.trim().strip_prefix("version = \""))
            {
                return Ok(version.trim_end_matches('"').to_owned());
            }
        }
    }
    bail!("Cargo.lock has no wasm-bindgen entry")
}

fn ensure_wasm_bindgen() -> Result<()> {
    let wanted = locked_wasm_bindgen_version()?;
    match tool_version("wasm-bindgen") {
        Some(version) if version == wanted => Ok(()),
        Some(version) => bail!(
            "wasm-bindgen-cli {version} is installed but Cargo.lock pins wasm-bindgen {wanted}; \
             run `cargo install wasm-bindgen-cli --version {wanted} --force`"
        ),
        None => {
            run(Command::new("cargo").args(["install", "wasm-bindgen-cli", "--version", &wanted]))
        }
    }
}

fn ensure_wasm_opt() -> Result<()> {
    let major = BINARYEN_VERSION
        .split('.')
        .next()
        .unwrap_or(BINARYEN_VERSION);
    let present = probe("wasm-opt", &["--version"]).is_some_and(|text| {
        text.split_whitespace()
            .nth(2)
            .is_some_and(|version| version == major)
    });
    if present {
        return Ok(());
    }
    let prefix = tools_dir().join("binaryen");
    std::fs::create_dir_all(&prefix)
        .with_context(|| format!("cannot create {}", prefix.display()))?;
    run(Command::new("npm")
        .args(["install", "--no-audit", "--no-fund", "--prefix"])
        .arg(&prefix)
        .arg(format!("binaryen@{BINARYEN_VERSION}")))
}

fn ensure_chromium() -> Result<()> {
    if Path::new(CHROMIUM).exists() && Path::new(CHROMEDRIVER).exists() {
        return Ok(());
    }
    let sudo = probe("id", &["-u"]).is_some_and(|uid| uid != "0");
    let apt = |args: &[&str]| {
        let mut command = if sudo {
            let mut command = Command::new("sudo");
            command.arg("apt-get");
            command
        } else {
            Command::new("apt-get")
        };
        command.args(args).env("DEBIAN_FRONTEND", "noninteractive");
        run(&mut command)
    };
    let install = [
        "install",
        "-y",
        "--no-install-recommends",
        "chromium",
        "chromium-driver",
    ];
    if apt(&install).is_err() {
        apt(&["update"])?;
        apt(&install)?;
    }
    Ok(())
}

/// Installs the end-to-end test packages from the committed lockfile, once
/// per lockfile content.
fn ensure_e2e_packages(toolchain: &Toolchain) -> Result<()> {
    let folder = root().join("tests").join("e2e");
    let lock = std::fs::read(folder.join("package-lock.json"))
        .context("tests/e2e/package-lock.json is missing")?;
    let stamp = folder.join("node_modules").join(".needledrop-lock");
    let digest = crate::dist::sha256_hex(&lock);
    if std::fs::read_to_string(&stamp).is_ok_and(|seen| seen == digest) {
        return Ok(());
    }
    run(toolchain
        .command("npm")
        .args(["ci", "--no-audit", "--no-fund"])
        .current_dir(&folder))?;
    std::fs::write(&stamp, digest).context("cannot write the npm install stamp")
}
