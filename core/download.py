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

CHUNK = 256 * 1024
USER_AGENT = "Tingxie-model-manager/0.1"


class DownloadError(RuntimeError):
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
        raise DownloadError(f"{url}: the server answered {err.code} {err.reason}.") from err
    except (urllib.error.URLError, OSError) as err:
        reason = getattr(err, "reason", err)
        raise DownloadError(f"{url}: cannot connect ({reason}). Check the address and your connection.") from err
    with response:
        resumed = have and response.status == 206
        if not resumed:
            have = 0  # the server ignored Range: start over
        length = response.headers.get("Content-Length")
        total = have + int(length) if length and length.isdigit() else None
        if size is not None and total is not None and total != size:
            raise DownloadError(
                f"{url}: the server offers {total} bytes, but this model is {size} bytes; "
                "the address points at another file. Nothing was saved."
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
                        f"{url}: the connection broke after {have + received} bytes ({err}); try again to resume."
                    ) from err
                if not data:
                    break
                try:
                    out.write(data)
                except OSError as err:  # disk full, quota, a file-size limit
                    raise DownloadError(
                        f"Cannot write {part} ({err.strerror}); free some space and try again to resume."
                    ) from err
                received += len(data)
                if on_progress:
                    speed = received / max(1e-6, time.monotonic() - started)
                    on_progress(DownloadProgress(have + received, total, speed))
    if total is not None and have + received < total:
        raise DownloadError(f"{url}: the connection closed after {have + received} of {total} bytes; try again to resume.")
    if size is not None and part.stat().st_size != size:
        part.unlink()
        raise DownloadError(f"{url}: the download has {have + received} bytes, expected {size}; it was deleted.")
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
                f"{dest.name} is damaged: its sha256 is {actual}, expected {sha256}. "
                "The file was deleted; download it again."
            )
    part.replace(dest)
    return dest
