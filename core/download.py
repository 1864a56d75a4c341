"""HTTP downloads that survive interruption: resume with Range, verify, never half-install."""

from __future__ import annotations

import hashlib
import threading
import time
import urllib.error
import urllib.request
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from tingxie.core.messages import QT_TRANSLATE_NOOP, TranslatableError

CHUNK = 256 * 1024
USER_AGENT = "Tingxie-model-manager/0.1"


class DownloadError(TranslatableError, RuntimeError):
    """The download failed; the message says why and what to do."""


class DownloadCancelled(Exception):
    """The user cancelled; the partial file is kept so the next try resumes."""


@dataclass(frozen=True)
class DownloadProgress:
    done: int  # bytes on disk
    total: int | None  # None when the server does not say
    speed: float  # bytes per second over this attempt


def partial_path(dest: Path) -> Path:
    return dest.with_name(dest.name + ".part")


def download(
    url: str,
    dest: Path,
    sha256: str | None = None,
    on_progress: Callable[[DownloadProgress], None] | None = None,
    cancel: threading.Event | None = None,
    timeout: float = 30.0,
    size: int | None = None,
) -> Path:
    """Fetch url to dest, resuming dest.part if an earlier attempt (or a killed process) left one.
    `size`, when known (the catalog's), is checked against the server's Content-Length before
    anything is written, and against the finished file."""
    dest = Path(dest)
    dest.parent.mkdir(parents=True, exist_ok=True)
    part = partial_path(dest)
    have = part.stat().st_size if part.exists() else 0
    request = urllib.request.Request(url, headers={"User-Agent": USER_AGENT})
    if have:
        request.add_header("Range", f"bytes={have}-")
    try:
        response = urllib.request.urlopen(request, timeout=timeout)
    except urllib.error.HTTPError as err:
        if err.code == 416 and have:  # nothing left to fetch: the part is complete
            return _finish(part, dest, sha256)
        raise DownloadError(
            QT_TRANSLATE_NOOP("core", "{url}: the server answered {code} {reason}."), url=url, code=err.code, reason=err.reason
        ) from err
    except (urllib.error.URLError, OSError) as err:
        reason = getattr(err, "reason", err)
        raise DownloadError(
            QT_TRANSLATE_NOOP("core", "{url}: cannot connect ({reason}). Check the address and your connection."),
            url=url, reason=reason,
        ) from err
    with response:
        resumed = have and response.status == 206
        if not resumed:
            have = 0  # the server ignored Range: start over
        length = response.headers.get("Content-Length")
        total = have + int(length) if length and length.isdigit() else None
        if size is not None and total is not None and total != size:
            raise DownloadError(
                QT_TRANSLATE_NOOP("core", "{url}: the server offers {total} bytes, but this model is {size} bytes; "
                                  "the address points at another file. Nothing was saved."),
                url=url, total=total, size=size,
            )
        started, received = time.monotonic(), 0
        with open(part, "ab" if resumed else "wb") as out:
            while True:
                if cancel is not None and cancel.is_set():
                    raise DownloadCancelled()
                try:
                    data = response.read(CHUNK)
                except (OSError, urllib.error.URLError) as err:
                    raise DownloadError(
                        QT_TRANSLATE_NOOP("core", "{url}: the connection broke after {done} bytes ({reason}); "
                                          "try again to resume."),
                        url=url, done=have + received, reason=err,
                    ) from err
                if not data:
                    break
                try:
                    out.write(data)
                except OSError as err:  # disk full, quota, a file-size limit
                    raise DownloadError(
                        QT_TRANSLATE_NOOP("core", "Cannot write {path} ({reason}); free some space and try again to resume."),
                        path=part, reason=err.strerror,
                    ) from err
                received += len(data)
                if on_progress:
                    speed = received / max(1e-6, time.monotonic() - started)
                    on_progress(DownloadProgress(have + received, total, speed))
    if total is not None and have + received < total:
        raise DownloadError(
            QT_TRANSLATE_NOOP("core", "{url}: the connection closed after {done} of {total} bytes; try again to resume."),
            url=url, done=have + received, total=total,
        )
    if size is not None and part.stat().st_size != size:
        part.unlink()
        raise DownloadError(
            QT_TRANSLATE_NOOP("core", "{url}: the download has {done} bytes, expected {size}; it was deleted."),
            url=url, done=have + received, size=size,
        )
    return _finish(part, dest, sha256)


def file_sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with open(path, "rb") as f:
        for block in iter(lambda: f.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def _finish(part: Path, dest: Path, sha256: str | None) -> Path:
    if sha256:
        actual = file_sha256(part)
        if actual.lower() != sha256.lower():
            part.unlink()
            raise DownloadError(
                QT_TRANSLATE_NOOP("core", "{name} is damaged: its sha256 is {actual}, expected {expected}. "
                                  "The file was deleted; download it again."),
                name=dest.name, actual=actual, expected=sha256,
            )
    part.replace(dest)
    return dest
