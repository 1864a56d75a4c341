"""Which files a user meant: files as given, folders searched for audio and video."""

from __future__ import annotations

from pathlib import Path

AUDIO_SUFFIXES = frozenset({
    ".wav", ".flac", ".ogg", ".oga", ".mp3", ".m4a", ".mp4", ".aac", ".opus", ".webm",
    ".mkv", ".mov", ".avi", ".wma", ".amr", ".3gp",
})


def expand_paths(paths: list[Path]) -> list[Path]:
    """Files as given; folders walked for audio and video files, in name order."""
    files: list[Path] = []
    for path in map(Path, paths):
        if path.is_dir():
            files += sorted(p for p in path.rglob("*") if p.is_file() and p.suffix.lower() in AUDIO_SUFFIXES)
        else:
            files.append(path)
    return files
