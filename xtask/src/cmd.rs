//! Running child processes: echo the command, fail with a message that names it.

use std::io::{BufRead, BufReader, Read};
use std::process::{Command, Stdio};
use std::sync::mpsc;
use std::thread;

use anyhow::{bail, Context, Result};

/// A printable form of a command line.
pub fn describe(command: &Command) -> String {
    let mut text = command.get_program().to_string_lossy().into_owned();
    for arg in command.get_args() {
        text.push(' ');
        text.push_str(&arg.to_string_lossy());
    }
    text
}

/// Runs a command to completion, inheriting the terminal; fails unless it succeeds.
pub fn run(command: &mut Command) -> Result<()> {
    let text = describe(command);
    eprintln!("$ {text}");
    let status = command
        .status()
        .with_context(|| format!("could not start `{text}`"))?;
    if !status.success() {
        bail!("`{text}` failed ({status})");
    }
    Ok(())
}

/// Runs a command, echoing its output as it arrives, and returns everything it
/// printed (stdout and stderr interleaved by line) with whether it succeeded.
pub fn run_tee(command: &mut Command) -> Result<(bool, String)> {
    let text = describe(command);
    eprintln!("$ {text}");
    let mut child = command
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .with_context(|| format!("could not start `{text}`"))?;
    let (sender, receiver) = mpsc::channel::<String>();
    let pipes: Vec<Box<dyn Read + Send>> = vec![
        Box::new(child.stdout.take().context("no stdout pipe")?),
        Box::new(child.stderr.take().context("no stderr pipe")?),
    ];
    let readers: Vec<_> = pipes
        .into_iter()
        .map(|pipe| {
            let sender = sender.clone();
            thread::spawn(move || {
                for line in BufReader::new(pipe).lines().map_while(|line| line.ok()) {
                    eprintln!("{line}");
                    if sender.send(line).is_err() {
                        break;
                    }
                }
            })
        })
        .collect();
    drop(sender);
    let output: Vec<String> = receiver.iter().collect();
    for reader in readers {
        let _ = reader.join();
    }
    let status = child
        .wait()
        .with_context(|| format!("`{text}` did not finish"))?;
    Ok((status.success(), output.join("\n")))
}

/// Runs a command quietly and returns its trimmed stdout, or `None` if it
/// cannot start or fails (used to probe installed tools).
pub fn probe(program: &str, args: &[&str]) -> Option<String> {
    let output = Command::new(program).args(args).output().ok()?;
    output
        .status
        .success()
        .then(|| String::from_utf8_lossy(&output.stdout).trim().to_owned())
}
