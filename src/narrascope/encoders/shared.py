"""Sentence vectors shared by the forked workers of one run, so a sentence one worker encoded is not
encoded again by another (recycled paragraphs and boilerplate recur across the batches of a feed).

A fixed table in anonymous shared memory, made before the workers are forked: open addressing on the
sentence's hash (the key :class:`~narrascope.encoders.base.CachedEncoder` uses), at most ``capacity``
vectors; once full it is emptied and fills again, so a long run keeps sharing its recent sentences.
Every read and write holds one lock; a worker that cannot get it within a second (another was killed
holding it) reads nothing and writes nothing, so the worst case is encoding as if there were no table.
Vectors do not depend on the batch they were encoded in, so a vector read here is the one the reader
would have computed.
"""

from __future__ import annotations

import mmap
import multiprocessing
from collections.abc import Iterable

import numpy as np

KEY_BYTES = 12  # blake2b digest size of CachedEncoder's keys
LOCK_WAIT_S = 1.0


class SharedVectors:
    """Up to ``capacity`` vectors of ``dimension`` float32, by 12-byte key, readable by forked children."""

    def __init__(self, capacity: int, dimension: int) -> None:
        self.capacity = capacity
        slots = 1 << max(4, (2 * capacity - 1).bit_length())  # at most half full: short probes
        self._mask = slots - 1
        sizes = [slots * KEY_BYTES, slots * 4, capacity * dimension * 4]
        self._memory = mmap.mmap(-1, sum(sizes))  # anonymous and shared: forked children see the writes
        self._keys = np.ndarray((slots, KEY_BYTES), np.uint8, self._memory, 0)
        self._rows = np.ndarray((slots,), np.int32, self._memory, sizes[0])  # row + 1; 0 is an empty slot
        self._vectors = np.ndarray((capacity, dimension), np.float32, self._memory, sizes[0] + sizes[1])
        self._lock = multiprocessing.get_context("fork").Lock()

    def get_many(self, keys: Iterable[bytes]) -> dict[bytes, np.ndarray]:
        """The vectors held for these keys (copies), by key; keys not held are left out."""
        if not self._lock.acquire(timeout=LOCK_WAIT_S):
            return {}
        try:
            found = {}
            for key in keys:
                slot = self._find(key)
                row = int(self._rows[slot])
                if row:
                    found[key] = self._vectors[row - 1].copy()
            return found
        finally:
            self._lock.release()

    def put_many(self, vectors: Iterable[tuple[bytes, np.ndarray]]) -> None:
        """Hold these vectors for the other workers (emptying the table first when it is full)."""
        if not self._lock.acquire(timeout=LOCK_WAIT_S):
            return
        try:
            used = self._used()
            for key, vec in vectors:
                if used >= self.capacity:
                    used = self._empty()
                slot = self._find(key)
                if self._rows[slot]:
                    continue  # another worker got there first
                self._vectors[used] = vec
                self._keys[slot] = np.frombuffer(key, np.uint8)
                self._rows[slot] = used + 1
                used += 1
        finally:
            self._lock.release()

    def close(self) -> None:
        del self._keys, self._rows, self._vectors  # views of the memory: it cannot close under them
        self._memory.close()

    def _find(self, key: bytes) -> int:
        """The slot holding ``key``, or the empty slot where it would go."""
        slot = int.from_bytes(key[:8], "little") & self._mask
        while self._rows[slot] and self._keys[slot].tobytes() != key:
            slot = (slot + 1) & self._mask
        return slot

    def _empty(self) -> int:
        """Forget every vector (a long run's recent sentences are the likely repeats); rows from 0 again."""
        self._rows[:] = 0  # an empty row marks an empty slot: the keys need not be cleared
        return 0

    def _used(self) -> int:
        return int(np.count_nonzero(self._rows))
