"""The app's log file, in the user log folder, where worker exceptions are written."""

from __future__ import annotations

import logging
import os
from pathlib import Path

LOG_DIR_ENV = "TINGXIE_LOG_DIR"
log = logging.getLogger("tingxie")


def log_dir() -> Path:
    override = os.environ.get(LOG_DIR_ENV)
    if override:
        return Path(override)
    import platformdirs

    return platformdirs.user_log_path("Tingxie", appauthor=False)


def setup_logging() -> Path:
    folder = log_dir()
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / "tingxie.log"
    for handler in [h for h in log.handlers if isinstance(h, logging.FileHandler)]:
        if Path(handler.baseFilename) == path:
            return path
        log.removeHandler(handler)
        handler.close()
    handler = logging.FileHandler(path, encoding="utf-8")
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    log.addHandler(handler)
    log.setLevel(logging.INFO)
    return path
