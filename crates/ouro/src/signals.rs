//! Ctrl-C: SIGINT sets the VM's interrupt flag, and the interpreter raises
//! `KeyboardInterrupt` at the next call or loop back-edge (at the prompt
//! the terminal is in raw mode and the line editor sees Ctrl-C as a key).
//!
//! A second SIGINT while the flag is still set (the program is blocked in a
//! system call and never reached a check) terminates the process as the
//! default action would, so Ctrl-C can always stop Ouro.

use std::sync::atomic::AtomicBool;
use std::sync::Arc;

use signal_hook::consts::SIGINT;

/// Route SIGINT to `flag` (once per process; failure leaves the default).
pub fn route_interrupts(flag: Arc<AtomicBool>) {
    // Order matters: the conditional default sees the flag as it was
    // before this signal set it.
    let _ = signal_hook::flag::register_conditional_default(SIGINT, flag.clone());
    let _ = signal_hook::flag::register(SIGINT, flag);
}
