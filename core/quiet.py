"""`--quiet` for the native libraries too: libmpg123, sherpa-onnx and onnxruntime write their
warnings straight to file descriptor 2, past Python's sys.stderr."""

from __future__ import annotations

import contextlib
import os
import sys
from collections.abc import Iterator


@contextlib.contextmanager
def native_stderr_silenced() -> Iterator[None]:
    """Point fd 2 at /dev/null while Python's own sys.stderr keeps the real one, so `error:`
    lines still reach the user and nothing else does."""
    sys.stderr.flush()
    saved = os.dup(2)
    real_stderr = sys.stderr
    devnull = os.open(os.devnull, os.O_WRONLY)
    try:
        sys.stderr = open(saved, "w", buffering=1, encoding=real_stderr.encoding, errors="backslashreplace", closefd=False)
        os.dup2(devnull, 2)
        yield
    finally:
        sys.stderr.flush()
        os.dup2(saved, 2)
        sys.stderr = real_stderr
        os.close(saved)
        os.close(devnull)
