//! Binary entry point: trunk builds this into the wasm module.

fn main() {
    needledrop::start();
}
