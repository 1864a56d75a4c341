"""Process-wide memory policy that keeps a long transcription's resident memory flat.

glibc raises its mmap threshold each time a large block is freed, so later large blocks (the
recognizer's per-batch buffers) come from the heap and stay resident after they are freed.
Fixing the threshold at glibc's own starting value (128 KiB) sends them back to the system.
Measured on the full-size model, 10 min of speech: peak RSS 469 -> 447 MB, speed unchanged
(bench/README.md). Other C libraries keep their own policy; nothing is done there.
"""

from __future__ import annotations

import ctypes
import ctypes.util
import functools
import sys

M_MMAP_THRESHOLD = -3  # glibc's mallopt parameter number
MMAP_THRESHOLD_BYTES = 128 * 1024


@functools.cache
def fix_malloc_threshold() -> bool:
    """True when glibc took the setting; called before the first model loads."""
    if not sys.platform.startswith("linux"):
        return False
    name = ctypes.util.find_library("c")
    if name is None:
        return False
    try:
        libc = ctypes.CDLL(name)
        return bool(libc.mallopt(M_MMAP_THRESHOLD, MMAP_THRESHOLD_BYTES))
    except (OSError, AttributeError):  # musl has no mallopt; its malloc returns large blocks anyway
        return False
