//! Handles (slot indices) and the deterministic address scheme.

/// A reference to a heap slot. Copy; carries no ownership by itself: whoever
/// holds a counted reference is responsible for one `decref`.
///
/// A handle is the index of its slot. Freed slots are reused (last freed,
/// first reused), so a stale handle may alias a newer object, exactly like a
/// dangling `PyObject *` in CPython.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct Handle(pub(crate) u32);

impl Handle {
    /// The slot index of this handle.
    #[inline]
    pub fn index(self) -> usize {
        self.0 as usize
    }
}

/// Address of slot 0 (see [`address_of`]).
pub const ADDRESS_BASE: u64 = 0x7f00_0000_0000;
/// Distance between the addresses of consecutive slots.
pub const ADDRESS_STRIDE: u64 = 64;

/// The `id()` of the object in slot `index`:
/// `ADDRESS_BASE + index * ADDRESS_STRIDE`. Deterministic, unique among live
/// objects, and reused when the slot is reused (as CPython reuses memory).
#[inline]
pub fn address_of(index: usize) -> u64 {
    ADDRESS_BASE + index as u64 * ADDRESS_STRIDE
}
