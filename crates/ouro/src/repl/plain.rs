//! The plain line source, for standard input that is not a terminal (`ouro
//! -i < file`, the transcript tests): like `python3 -i`, the prompt goes to
//! stderr, nothing is echoed, and end of input writes a newline to stderr.

use std::io::{BufRead, Write};

use super::{Input, LineSource};

pub struct PlainSource<R: BufRead> {
    input: R,
}

impl<R: BufRead> PlainSource<R> {
    pub fn new(input: R) -> PlainSource<R> {
        PlainSource { input }
    }
}

impl<R: BufRead> LineSource for PlainSource<R> {
    fn read(&mut self, prompt: &str, _indent: &str) -> Input {
        let mut err = std::io::stderr().lock();
        let _ = err.write_all(prompt.as_bytes());
        let _ = err.flush();
        let mut buf = Vec::new();
        match self.input.read_until(b'\n', &mut buf) {
            Ok(0) | Err(_) => {
                let _ = err.write_all(b"\n");
                let _ = err.flush();
                Input::Eof
            }
            Ok(_) => {
                if buf.last() == Some(&b'\n') {
                    buf.pop();
                }
                Input::Text(String::from_utf8_lossy(&buf).into_owned())
            }
        }
    }
}
