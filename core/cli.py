"""`tingxie VERB`: transcribe files and manage models from the terminal.

Transcripts go to stdout, progress and messages to stderr (--quiet silences those), and a
failure is one line, `error: ...`, with a non-zero exit; one bad file never stops the rest.
"""

from __future__ import annotations

import argparse
import contextlib
import sys
import threading
from pathlib import Path

from tingxie.core.files import expand_paths
from tingxie.core.paths import DEMO_MODEL_DIR, SAMPLE_WAV
from tingxie.core.quiet import native_stderr_silenced
from tingxie.core.recognizer import RecognizerOptions
from tingxie.core.speakers import SpeakerOptions
from tingxie.core.subtitles import SubtitleOptions
from tingxie.core.textproc import TextOptions
from tingxie.core.vocabulary import (
    CONVERSIONS,
    FORMATS,
    LANGUAGES,
    MODEL_KINDS,
    PRECISIONS,
    SPEAKER_METHODS,
    SPEAKERS_AUTO,
    SPEAKERS_MAX,
    SUBTITLE_STYLES,
    THREADS_MAX,
    THREADS_MIN,
)


def build_parser() -> argparse.ArgumentParser:
    rec, txt = RecognizerOptions, TextOptions  # the defaults live there, and only there
    parser = argparse.ArgumentParser(prog="tingxie", description="Offline Taiwanese Mandarin speech to text.")
    verbs = parser.add_subparsers(dest="verb", metavar="VERB")

    t = verbs.add_parser("transcribe", help="transcribe audio or video files and folders")
    t.add_argument("paths", type=Path, nargs="*", help=f"files or folders (default: the bundled {SAMPLE_WAV.name})")
    t.add_argument("--model", default=str(DEMO_MODEL_DIR),
                   help="installed model id, model folder or .onnx file (default: the bundled demo model)")
    t.add_argument("--language", default=rec.language, choices=LANGUAGES, help=f"default {rec.language}")
    t.add_argument("--no-itn", dest="use_itn", action="store_false", help="no punctuation / inverse text normalisation")
    t.add_argument("--convert", default=txt.convert, choices=CONVERSIONS, help=f"Chinese conversion (default {txt.convert})")
    t.add_argument("--rules", dest="rules_file", type=Path, help="replacement rules file (`wrong => right` per line)")
    t.add_argument("--precision", default=rec.precision, choices=PRECISIONS, help=f"default {rec.precision}")
    t.add_argument("--threads", type=int, default=rec.threads, help=f"{THREADS_MIN}-{THREADS_MAX} (default {rec.threads})")
    t.add_argument("--speakers", metavar=f"{SPEAKERS_AUTO}|N",
                   help=f"label who spoke: {SPEAKERS_AUTO} finds how many, N (1-{SPEAKERS_MAX}) fixes it (default: off)")
    t.add_argument("--speaker-model", metavar="FILE|ID",
                   help="speaker-embedding .onnx or installed id for --speakers (default: the bundled CAM++ zh/en)")
    t.add_argument("--speaker-method", choices=SPEAKER_METHODS,
                   help=f"{SPEAKER_METHODS[0]}: one embedding per speech segment (default); "
                        f"{SPEAKER_METHODS[1]}: sherpa-onnx's pyannote diarization of the whole file")
    t.add_argument("--segmentation-model", metavar="FILE|ID", help="pyannote segmentation .onnx or installed id")
    t.add_argument("--speaker-threshold", type=float, metavar="D",
                   help=f"with --speakers auto: cosine distance that still counts as one voice (default "
                        f"{SpeakerOptions.threshold}); raise it if one person is split in two, lower it if two merge")
    t.add_argument("--format", help=f"write these files too: any of {','.join(FORMATS)}")
    t.add_argument("--output-dir", type=Path, help="where --format files go (default: beside each source)")
    add_subtitle_arguments(t)
    t.add_argument("--quiet", action="store_true", help="no progress bars or messages, only transcripts and errors")
    t.add_argument("--ray", metavar="ADDRESS", help="run on a Ray cluster: auto, HOST:PORT or local (needs --output-dir)")
    t.add_argument("--ray-actors-per-node", type=int, metavar="N", help="workers per node (default: node CPUs / threads)")
    t.add_argument("--ray-threads", type=int, metavar="N", help="threads per Ray worker (default: --threads)")
    t.add_argument("--ray-ship-model", action="store_true", help="send the model to the nodes through Ray")
    t.add_argument("--report", type=Path, metavar="FILE", help="with --ray: write per-file timings and nodes as JSON")

    m = verbs.add_parser("models", help="list, download, import or remove models")
    mv = m.add_subparsers(dest="action", required=True, metavar="ACTION")
    mv.add_parser("list", help="installed and available models")
    d = mv.add_parser("download", help="download a catalog model (or any model archive URL)")
    d.add_argument("--kind", choices=MODEL_KINDS, help="what --url holds when NAME is not in the catalog (default asr)")
    d.add_argument("name")
    d.add_argument("--url", help="archive URL for models Tingxie does not host (e.g. zhtw-v2)")
    d.add_argument("--sha256", help="expected checksum of the archive")
    d.add_argument("--quiet", action="store_true")
    i = mv.add_parser("import", help="copy a model folder into Tingxie's models")
    i.add_argument("folder", type=Path)
    i.add_argument("--name", help="the name to show, any text (default: the folder's name)")
    rn = mv.add_parser("rename", help="give an installed model another name (its id stays)")
    rn.add_argument("id", help="the model's id, as `models list` shows it")
    rn.add_argument("name", help="the new name, any text")
    r = mv.add_parser("remove", help="delete an installed model")
    r.add_argument("name")
    return parser


def add_subtitle_arguments(t: argparse.ArgumentParser) -> None:
    """How SRT/VTT cues are shaped; the defaults are SubtitleOptions', the same as the app's."""
    sub = SubtitleOptions
    g = t.add_argument_group("subtitles (SRT, VTT)")
    g.add_argument("--subtitle-style", default=sub.style, choices=SUBTITLE_STYLES,
                   help=f"broadcast: ，and 。 shown as spaces, as on Taiwan TV (default {sub.style})")
    g.add_argument("--max-line-chars", type=int, default=sub.max_line_chars, help=f"default {sub.max_line_chars}")
    g.add_argument("--max-lines", type=int, default=sub.max_lines, help=f"lines per cue (default {sub.max_lines})")
    g.add_argument("--min-duration", type=float, default=sub.min_duration, help=f"seconds (default {sub.min_duration:.3f})")
    g.add_argument("--max-duration", type=float, default=sub.max_duration, help=f"seconds (default {sub.max_duration})")
    g.add_argument("--max-cps", type=float, default=sub.max_cps, help=f"characters per second (default {sub.max_cps})")
    g.add_argument("--min-gap", type=float, default=sub.min_gap, help=f"seconds between cues (default {sub.min_gap})")


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    if args.verb is None:  # `tingxie` with a screen opens the app (gui.launcher); here, the sample
        args = build_parser().parse_args(["transcribe"])
    quiet = native_stderr_silenced() if getattr(args, "quiet", False) else contextlib.nullcontext()
    try:
        with quiet:
            return run_verb(args)
    except (ValueError, OSError, RuntimeError) as err:
        print(f"error: {err}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        print("error: interrupted", file=sys.stderr)
        return 130


def run_verb(args: argparse.Namespace) -> int:
    if args.verb == "transcribe":
        return run_transcribe(args)
    return MODEL_ACTIONS[args.action](args)


def run_transcribe(args: argparse.Namespace) -> int:
    if args.ray:
        from tingxie.core.cluster import run_on_cluster
        return run_on_cluster(args)
    from tingxie.core.audio import AudioError
    from tingxie.core.jobs import JobOutputs, JobRunner
    from tingxie.core.model_store import resolve_model
    from tingxie.core.options import build_subtitle_options, build_transcribe_options
    from tingxie.core.pipeline import Engine
    from tingxie.core.writers import parse_formats

    formats = tuple(parse_formats(args.format)) if args.format else ()
    engine = Engine(build_transcribe_options(resolve_model(args.model), vars(args)))
    runner = JobRunner(JobOutputs(formats, args.output_dir, subtitles=build_subtitle_options(vars(args))))
    files = expand_paths(args.paths or [SAMPLE_WAV])
    if not files:
        raise ValueError("No audio or video files found in the given folders.")
    failures = 0
    for path in files:
        try:
            result = transcribe_with_bar(runner, engine, path, args.quiet)
        except (AudioError, OSError) as err:
            print(f"error: {err}", file=sys.stderr)
            failures += 1
            continue
        except Exception as err:  # noqa: BLE001 - a bug on one file must not stop the others
            print(f"error: {path}: unexpected error ({type(err).__name__}: {err})", file=sys.stderr)
            failures += 1
            continue
        print(f"{path.name}\t{result.transcript.text}" if len(files) > 1 else result.transcript.text)
        for warning in result.warnings:
            print(f"error: {path.name}: {warning}", file=sys.stderr)
        failures += bool(result.warnings)
        if result.written and not args.quiet:
            print("wrote " + ", ".join(str(p) for p in result.written), file=sys.stderr)
    return 1 if failures else 0


def transcribe_with_bar(runner, engine, path: Path, quiet: bool):
    from tqdm import tqdm

    with tqdm(total=100, desc=path.name, unit="%", disable=quiet, file=sys.stderr, leave=False) as bar:
        def progress(fraction: float) -> None:
            bar.n = round(fraction * 100)
            bar.refresh()

        return runner.run_file(engine, path, progress)


def run_list(args: argparse.Namespace) -> int:
    from tingxie.core.catalog import load_catalog
    from tingxie.core.model_store import list_installed, models_dir

    catalog = load_catalog()
    installed = list_installed(catalog)
    recommended = {e.id for e in catalog if e.recommended}
    print(f"Installed (models folder: {models_dir()}):")
    for m in installed:
        mark = " (recommended)" if m.id in recommended else ""
        size = f"{m.size_bytes / 1e6:.0f} MB"
        print(f"  {m.id:32} {'+'.join(m.precisions):10} {size:>8}  {m.label.source.value:9} {m.name}{mark}")
    have = {m.id for m in installed}
    print("Available to download:")
    for e in catalog:
        if e.id not in have:
            how = "tingxie models download " + e.id if e.url else "import its folder or give --url"
            size = f"{e.size / 1e6:.0f} MB" if e.size else "size unknown"
            print(f"  {e.id:32} {size:>8}  {'(recommended) ' if e.recommended else ''}{how}")
    list_speaker_models()
    return 0


def list_speaker_models() -> None:
    from tingxie.core.catalog import load_catalog
    from tingxie.core.speaker_store import SPEAKER_KINDS, installed_speaker_models, speaker_models_dir

    installed = installed_speaker_models()
    print(f"Speaker models for --speakers (folder: {speaker_models_dir()}):")
    for m in installed:
        print(f"  {m.id:32} {m.kind:12} {'bundled' if m.bundled else 'installed'}  {m.path}")
    have = {m.id for m in installed}
    for e in load_catalog(kinds=SPEAKER_KINDS):
        if e.id not in have and e.url:
            print(f"  {e.id:32} {e.kind:12} tingxie models download {e.id}")


def run_download(args: argparse.Namespace) -> int:
    from tqdm import tqdm

    from tingxie.core.catalog import find_entry
    from tingxie.core.model_store import download_model

    entry = find_entry(args.name)
    url = args.url or (entry.url if entry else None)
    if not url:
        raise ValueError(
            f"{args.name!r} has no download address Tingxie knows; pass --url URL or import its folder."
            if entry else f"{args.name!r} is not in the catalog; pass --url URL to download a model archive."
        )
    sha256 = args.sha256 or (entry.sha256 if entry else None)
    size = entry.size if entry and url == entry.url else None  # the catalog's size is for its own URL
    kind = entry.kind if entry else (args.kind or MODEL_KINDS[0])
    cancel = threading.Event()
    with tqdm(unit="B", unit_scale=True, desc=args.name, disable=args.quiet, file=sys.stderr) as bar:
        def progress(p) -> None:
            bar.total = p.total
            bar.n = p.done
            bar.refresh()

        try:
            if kind == MODEL_KINDS[0]:
                target = download_model(url, args.name, sha256, progress, cancel, size)
            else:
                from tingxie.core.speaker_store import download_speaker_model

                target = download_speaker_model(url, args.name, kind, sha256, progress, cancel, size)
        except KeyboardInterrupt:
            cancel.set()
            raise
    print(f"Installed {args.name} in {target}")
    return 0


def run_import(args: argparse.Namespace) -> int:
    from tingxie.core.model_store import import_folder

    print(f"Imported {import_folder(args.folder, args.name)}")
    return 0


def run_rename(args: argparse.Namespace) -> int:
    from tingxie.core.model_store import rename

    print(f"Renamed {args.id} to {rename(args.id, args.name).name}")
    return 0


def run_remove(args: argparse.Namespace) -> int:
    from tingxie.core.model_store import remove

    remove(args.name)
    print(f"Removed {args.name}")
    return 0


MODEL_ACTIONS = {
    "list": run_list, "download": run_download, "import": run_import, "rename": run_rename, "remove": run_remove,
}
