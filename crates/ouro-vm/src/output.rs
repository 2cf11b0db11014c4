//! Buffered standard output and error, flushed in an order that keeps them
//! interleaved correctly on a terminal.

use std::io::{IsTerminal, Write};

pub struct Output {
    stdout: Vec<u8>,
    stdout_is_tty: bool,
}

impl Default for Output {
    fn default() -> Self {
        Self::new()
    }
}

impl Output {
    pub fn new() -> Output {
        Output { stdout: Vec::with_capacity(8192), stdout_is_tty: std::io::stdout().is_terminal() }
    }

    pub fn write_stdout(&mut self, s: &str) {
        self.stdout.extend_from_slice(s.as_bytes());
        if self.stdout.len() >= 8192 || (self.stdout_is_tty && s.contains('\n')) {
            self.flush_stdout();
        }
    }

    /// Write to stderr (unbuffered, like CPython's), after pending stdout.
    pub fn write_stderr(&mut self, s: &str) {
        if self.stdout_is_tty {
            self.flush_stdout();
        }
        let mut err = std::io::stderr().lock();
        let _ = err.write_all(s.as_bytes());
        let _ = err.flush();
    }

    pub fn flush_stdout(&mut self) {
        if self.stdout.is_empty() {
            return;
        }
        let mut out = std::io::stdout().lock();
        let _ = out.write_all(&self.stdout);
        let _ = out.flush();
        self.stdout.clear();
    }
}
