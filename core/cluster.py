"""`tingxie transcribe --ray ADDRESS`: the one-machine job, mapped over the nodes of a Ray cluster.

Why it is shaped this way:
- One actor per worker slot holds one loaded Engine (the model is read once per actor, from its
  path when the node sees it, else from bytes shipped once through Ray's object store). Actors
  only transcribe; the driver writes every output through the same JobRunner.finish as a
  one-machine run, so the files are byte-identical and only the driver needs the output folder.
- Files go longest first, one at a time per actor, so the run does not end waiting on a long one.
- core/manifest.py makes it resumable: a re-run skips finished files and redoes failed ones; a
  file whose actor was lost (a node died) goes back to the queue.
Ray is imported inside functions only: tingxie starts, and this module imports, without it.
"""

from __future__ import annotations

import argparse
import glob
import ipaddress
import json
import logging
import os
import socket
import sys
import tempfile
import time
from collections import Counter, deque
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

from tingxie.core.audio import AudioInfo, probe
from tingxie.core.files import expand_paths
from tingxie.core.manifest import Entry, FileState, Manifest, SourceStamp, options_key, sha256_of
from tingxie.core.models import ModelFolderError, validate, validate_file
from tingxie.core.paths import SAMPLE_WAV
from tingxie.core.pipeline import Engine, TranscribeOptions
from tingxie.core.transcript import Transcript

RAY_MISSING = 'Ray is not installed; --ray needs it: pip install "tingxie[cluster]"'
MAX_LOSSES = 2  # a file whose worker died under it this often more is failed: it may be what kills it
STARTUP_TIMEOUT_S = 180.0  # actors that have no CPU by then are given up (the others start work)
CONNECT_TIMEOUT_S = 10.0
SHIPPED_MODELS = Path(tempfile.gettempdir()) / "tingxie-shipped-models"


@dataclass(frozen=True)
class Job:
    source: str  # the path as the user gave it: the transcript's "source", as on one machine
    path: str  # absolute, as a worker opens it
    info: AudioInfo  # probed once, by the driver


@dataclass
class FileReport:
    source: str
    state: str
    duration: float
    node: str = ""
    node_id: str = ""
    worker: int = -1
    started_s: float = 0.0  # since the run started
    seconds: float = 0.0  # the worker's time on the file
    roundtrip_s: float = 0.0  # the driver's, from hand-over to the result
    reason: str = ""


@dataclass
class RunStats:
    started: float = field(default_factory=time.perf_counter)
    startup_s: float = 0.0
    done: int = 0
    skipped: int = 0
    failed: int = 0
    lost: int = 0  # files handed back because their worker died
    audio_s: float = 0.0
    files: list[FileReport] = field(default_factory=list)
    workers: list[dict[str, Any]] = field(default_factory=list)  # node, node_id, worker, shipped


def _import_ray():
    try:
        import ray
    except ImportError:
        raise RuntimeError(RAY_MISSING) from None
    return ray


class TranscribeWorker:
    """One Ray actor: one loaded Engine on one node; returns Transcripts, writes nothing."""

    def __init__(self, options: TranscribeOptions, cwd: str) -> None:
        self.options = options
        self.engine: Engine | None = None
        if os.path.isdir(cwd):  # relative paths (a --rules file) mean what they meant to the user
            os.chdir(cwd)

    def load(self, bundle: dict[str, Any] | None = None) -> dict[str, Any]:
        """Load the model from its path, or from `bundle` (files shipped by the driver)."""
        import ray

        where = {"node": ray.util.get_node_ip_address(), "node_id": ray.get_runtime_context().get_node_id()}
        options = self.options
        try:
            if bundle is None:
                validate_file(options.model.file_for(options.recognizer.precision))
            else:
                options = replace(options, model=validate(_unpack_model(bundle)))
            self.engine = Engine(options)
        except ModelFolderError as err:
            return {**where, "ok": False, "missing": bundle is None, "reason": str(err)}
        except (ValueError, OSError) as err:
            return {**where, "ok": False, "missing": False, "reason": str(err)}
        return {**where, "ok": True, "shipped": bundle is not None}

    def transcribe(self, job: Job) -> dict[str, Any]:
        """The transcript, or the reason it failed; a failure never ends the actor."""
        assert self.engine is not None
        started = time.perf_counter()
        try:
            stamp = SourceStamp.of(Path(job.path), sha256_of(Path(job.path)))
            transcript = self.engine.transcribe_file(Path(job.path), info=job.info)
            transcript.source = job.source
        except Exception as err:  # noqa: BLE001 - recorded with its reason; the run goes on
            return {"error": f"{Path(job.source).name}: {err}", "seconds": time.perf_counter() - started}
        return {"transcript": transcript, "stamp": stamp, "error": "", "seconds": time.perf_counter() - started}


def model_bundle(options: TranscribeOptions) -> dict[str, Any]:
    """The one model file (and its tokens) this run uses, as bytes for ray.put."""
    mf = options.model.file_for(options.recognizer.precision)
    files = {p.name: p.read_bytes() for p in (mf.onnx, mf.tokens)}
    return {"folder": options.model.folder.name, "files": files,
            "sha256": options_key({n: sha256_of(p) for n, p in ((mf.onnx.name, mf.onnx), (mf.tokens.name, mf.tokens))})}


def _unpack_model(bundle: dict[str, Any]) -> Path:
    """Write shipped model files once per node (same folder name: transcripts store it)."""
    target = SHIPPED_MODELS / bundle["sha256"] / bundle["folder"]
    if target.is_dir():
        return target
    target.parent.mkdir(parents=True, exist_ok=True)
    staging = Path(tempfile.mkdtemp(prefix=".staging-", dir=target.parent))
    for name, data in bundle["files"].items():
        (staging / name).write_bytes(data)
    try:
        os.rename(staging, target)
    except OSError:  # another actor on this node was first
        for p in staging.iterdir():
            p.unlink()
        staging.rmdir()
    return target


def run_description(options: TranscribeOptions, formats: tuple[str, ...]) -> dict[str, Any]:
    """Everything that shapes the output files, for the manifest's options key."""
    mf = options.model.file_for(options.recognizer.precision)
    rules = options.text.rules_file
    return {
        "options": {**options.describe(), "model_file": mf.onnx.name}, "model": options.model.folder.name,
        "model_sha256": sha256_of(mf.onnx), "tokens_sha256": sha256_of(mf.tokens), "formats": list(formats),
        "rules_sha256": sha256_of(rules) if rules and Path(rules).is_file() else None,
    }


def output_paths(source: Path, formats: tuple[str, ...], out: Path) -> list[Path]:
    """The files a one-machine run writes for `source` (JobRunner.finish's naming)."""
    return [out / f"{source.stem}.{fmt}" for fmt in formats]


def check_unique_stems(files: list[Path]) -> None:
    seen: dict[str, Path] = {}
    for f in files:
        if f.stem in seen:
            raise ValueError(f"{seen[f.stem]} and {f} would write the same files in --output-dir; "
                             "transcribe them into different output folders.")
        seen[f.stem] = f


def run_on_cluster(args: argparse.Namespace) -> int:
    """The CLI's --ray path; returns the exit status (1 if any file failed or was left undone)."""
    from tingxie.core.jobs import JobOutputs, JobRunner
    from tingxie.core.model_store import resolve_model
    from tingxie.core.options import build_subtitle_options, build_transcribe_options
    from tingxie.core.writers import parse_formats

    ray = _import_ray()
    if not args.output_dir or not args.format:
        raise ValueError("--ray needs --output-dir and --format: the files it writes are the transcripts.")
    formats = tuple(parse_formats(args.format))
    if args.ray_actors_per_node is not None and args.ray_actors_per_node < 1:
        raise ValueError(f"--ray-actors-per-node must be 1 or more, not {args.ray_actors_per_node}.")
    threads = args.ray_threads or args.threads
    options = build_transcribe_options(resolve_model(args.model), {**vars(args), "threads": threads})
    files = expand_paths(args.paths or [SAMPLE_WAV])
    if not files:
        raise ValueError("No audio or video files found in the given folders.")
    check_unique_stems(files)
    out = Path(args.output_dir)
    key = options_key(run_description(options, formats))
    manifest = Manifest(out)
    stats = RunStats()
    jobs = plan(files, formats, out, manifest, key, stats)
    remove_stale_temporaries(files, formats, out)
    if jobs:
        _connect(ray, args.ray)  # before anything is written: a cluster that is not there changes nothing
    try:
        manifest.open()
        for report in stats.files:  # files that could not even be probed
            manifest.record(Entry(report.source, FileState.FAILED, key, reason=report.reason))
        if jobs:
            runner = JobRunner(JobOutputs(formats, out, subtitles=build_subtitle_options(vars(args))))
            _run_jobs(ray, args, options, jobs, runner, manifest, key, stats)
    except ray.exceptions.RayError as err:  # the head, or the driver's link to it, is gone
        raise RuntimeError(f"The Ray cluster failed: {str(err).splitlines()[0]}; run the command again "
                           "to finish the files not done.") from err
    finally:
        manifest.close()
        if jobs:
            ray.shutdown()
    left = len(files) - stats.done - stats.skipped - stats.failed
    _summarize(args, stats, len(files), left, manifest)
    if args.report:
        write_report(Path(args.report), args, stats, threads)
    return 1 if stats.failed or left else 0


def plan(files: list[Path], formats: tuple[str, ...], out: Path, manifest: Manifest, key: str, stats: RunStats) -> list[Job]:
    """The files still to do, longest first; done ones are counted as skipped."""
    jobs = []
    for path in files:
        source = str(path)
        if manifest.is_done(source, path, key, output_paths(path, formats, out)):
            stats.skipped += 1
            continue
        try:
            info = probe(path)
        except (ValueError, OSError) as err:
            print(f"error: {err}", file=sys.stderr)
            stats.failed += 1
            stats.files.append(FileReport(source, FileState.FAILED.value, 0.0, reason=str(err)))
            continue
        jobs.append(Job(source, os.path.abspath(path), info))
    return sorted(jobs, key=lambda j: -j.info.duration)


def remove_stale_temporaries(files: list[Path], formats: tuple[str, ...], out: Path) -> None:
    """A run killed inside write_atomically leaves its `.NAME.xxxx` temporary: remove those."""
    for path in files:
        for output in output_paths(path, formats, out):
            for stale in out.glob(glob.escape(f".{output.name}.") + "*"):
                stale.unlink(missing_ok=True)


def _connect(ray, address: str) -> None:
    """`local` starts a one-machine Ray; a loopback HOST:PORT keeps the driver on that address."""
    kwargs: dict[str, Any] = {"logging_level": logging.ERROR, "log_to_driver": False}
    if address == "local":
        ray.init(include_dashboard=False, **kwargs)
        return
    host, _, port = address.rpartition(":")
    if port.isdigit():  # Ray would retry an unreachable head for minutes: say so at once
        try:
            socket.create_connection((host, int(port)), timeout=CONNECT_TIMEOUT_S).close()
        except OSError as err:
            raise ConnectionError(f"Cannot reach the Ray head at {address} ({err}); is `ray start --head` running?") from None
    try:
        if ipaddress.ip_address(host).is_loopback:
            kwargs["_node_ip_address"] = host
    except ValueError:  # a host name, or "auto"
        pass
    ray.init(address=address, **kwargs)


def _start_workers(ray, args: argparse.Namespace, options: TranscribeOptions, stats: RunStats) -> dict[Any, dict]:
    """Actors on every node with CPUs, each with its model loaded; returns actor -> where it runs."""
    from ray.util.scheduling_strategies import NodeAffinitySchedulingStrategy

    remote = ray.remote(TranscribeWorker)
    threads = options.recognizer.threads
    actors = []
    for node in ray.nodes():
        cpus = node["Resources"].get("CPU", 0.0) if node["Alive"] else 0.0
        if cpus <= 0:
            continue
        per_node = args.ray_actors_per_node or max(1, int(cpus // threads))
        strategy = NodeAffinitySchedulingStrategy(node["NodeID"], soft=False)
        actors += [remote.options(num_cpus=min(float(threads), cpus / per_node), scheduling_strategy=strategy,
                                  max_restarts=0).remote(options, os.getcwd()) for _ in range(per_node)]
    if not actors:
        raise RuntimeError("The Ray cluster has no node with CPUs.")
    shipped = ray.put(model_bundle(options)) if args.ray_ship_model else None
    pending = {a.load.remote(shipped): a for a in actors}
    ready: dict[Any, dict] = {}
    reasons = []
    deadline = time.perf_counter() + STARTUP_TIMEOUT_S
    while pending and time.perf_counter() < deadline:
        done, _ = ray.wait(list(pending), num_returns=1, timeout=max(0.0, deadline - time.perf_counter()))
        for ref in done:
            actor = pending.pop(ref)
            try:
                where = ray.get(ref)
            except ray.exceptions.RayError as err:
                reasons.append(str(err).splitlines()[0])
                continue
            if where["ok"]:
                ready[actor] = {**where, "worker": len(ready)}
            elif where["missing"]:  # this node does not see the model's path: send the files once
                shipped = shipped or ray.put(model_bundle(options))
                pending[actor.load.remote(shipped)] = actor
            else:
                reasons.append(f"{where['node']}: {where['reason']}")
    for actor in pending.values():
        ray.kill(actor)
    if not ready:
        raise RuntimeError("No Ray worker could load the model: " + ("; ".join(dict.fromkeys(reasons))
                           or f"none got a CPU within {STARTUP_TIMEOUT_S:.0f} s"))
    stats.startup_s = time.perf_counter() - stats.started
    stats.workers = [{k: v for k, v in w.items() if k != "ok"} for w in ready.values()]
    return ready


def _run_jobs(ray, args, options, jobs: list[Job], runner, manifest: Manifest, key: str, stats: RunStats) -> None:
    from tqdm import tqdm

    workers = _start_workers(ray, args, options, stats)
    queue = deque(jobs)
    idle = list(workers)
    inflight: dict[Any, tuple[Any, Job, float]] = {}
    losses: Counter[str] = Counter()
    total_audio = sum(j.info.duration for j in jobs)
    bar_format = "{desc}: {percentage:3.0f}%|{bar}| {n:.0f}/{total:.0f} s of audio [{elapsed}<{remaining}{postfix}]"
    with tqdm(total=total_audio, desc="audio", bar_format=bar_format, disable=args.quiet, file=sys.stderr) as bar:
        while queue or inflight:
            while idle and queue:
                actor, job = idle.pop(), queue.popleft()
                manifest.record(Entry(job.source, FileState.RUNNING, key, node=workers[actor]["node"]))
                inflight[actor.transcribe.remote(job)] = (actor, job, time.perf_counter())
            if not inflight:
                print(f"error: every Ray worker was lost; {len(queue)} files are not done: run the command again "
                      "to finish them.", file=sys.stderr)
                return
            ready, _ = ray.wait(list(inflight), num_returns=1, timeout=1.0)
            for ref in ready:
                actor, job, sent = inflight.pop(ref)
                where = workers[actor]
                report = FileReport(job.source, "", job.info.duration, where["node"], where["node_id"], where["worker"],
                                    round(sent - stats.started, 3), roundtrip_s=round(time.perf_counter() - sent, 4))
                try:
                    result = ray.get(ref)
                except ray.exceptions.RayActorError:
                    losses[job.source] += 1
                    stats.lost += 1
                    if losses[job.source] <= MAX_LOSSES:
                        queue.appendleft(job)  # it was the longest waiting: it goes first again
                        continue
                    result = {"error": f"{Path(job.source).name}: its Ray worker died {losses[job.source]} times",
                              "seconds": 0.0}
                except ray.exceptions.RayError as err:
                    result = {"error": f"{Path(job.source).name}: {str(err).splitlines()[0]}", "seconds": 0.0}
                    idle.append(actor)
                else:
                    idle.append(actor)
                report.seconds = round(result["seconds"], 4)
                _finish(result, job, report, runner, manifest, key, stats, bar)
                hours_per_hour = stats.audio_s / max(1e-9, time.perf_counter() - stats.started)
                bar.set_postfix_str(f"{stats.done + stats.failed}/{len(jobs)} files, {hours_per_hour:.1f} h/h", refresh=False)
                bar.update(job.info.duration)


def _finish(result: dict, job: Job, report: FileReport, runner, manifest: Manifest, key: str, stats: RunStats, bar) -> None:
    """Write the outputs (as one machine does), then record the file: outputs first, so a kill in
    between only means the file is done again."""
    reason = result["error"]
    transcript: Transcript | None = result.get("transcript")
    written: list[Path] = []
    if transcript is not None:
        finished = runner.finish(transcript, "file")
        written = finished.written
        reason = "; ".join(f"{Path(job.source).name}: {w}" for w in finished.warnings)
        bar.write(f"{Path(job.source).name}\t{transcript.text}", file=sys.stdout)
    state = FileState.FAILED if reason else FileState.DONE
    manifest.record(Entry(job.source, state, key, result.get("stamp"), tuple(p.name for p in written), reason,
                          report.node, report.seconds))
    report.state, report.reason = state.value, reason
    stats.files.append(report)
    if reason:
        stats.failed += 1
        print(f"error: {reason}", file=sys.stderr)
    else:
        stats.done += 1
        stats.audio_s += job.info.duration


def _summarize(args: argparse.Namespace, stats: RunStats, total: int, left: int, manifest: Manifest) -> None:
    wall = time.perf_counter() - stats.started
    nodes = {f.node for f in stats.files if f.node}
    if stats.failed or left:
        print(f"error: {stats.failed} of {total} files failed, {left} not done (see {manifest.path})", file=sys.stderr)
    if not args.quiet:
        print(f"{stats.done} done, {stats.skipped} already done, {stats.failed} failed of {total} files; "
              f"{stats.audio_s / 3600:.2f} h of audio in {wall:.1f} s ({stats.audio_s / max(wall, 1e-9):.1f} h/h) "
              f"on {len(nodes)} nodes; manifest {manifest.path}", file=sys.stderr)


def write_report(path: Path, args: argparse.Namespace, stats: RunStats, threads: int) -> None:
    """--report FILE.json: the run's figures and one row per file (timings, node, worker)."""
    from tingxie.core.writers import write_atomically

    wall = time.perf_counter() - stats.started
    nodes: dict[str, dict[str, float]] = {}
    for f in stats.files:
        if f.node and f.state == FileState.DONE.value:
            n = nodes.setdefault(f.node, {"files": 0, "audio_s": 0.0, "busy_s": 0.0})
            n["files"] += 1
            n["audio_s"] += f.duration
            n["busy_s"] += f.seconds
    report = {
        "address": args.ray, "threads_per_worker": threads, "wall_s": round(wall, 3), "startup_s": round(stats.startup_s, 3),
        "audio_s": round(stats.audio_s, 3), "hours_per_hour": round(stats.audio_s / max(wall, 1e-9), 2),
        "done": stats.done, "skipped": stats.skipped, "failed": stats.failed, "lost_in_flight": stats.lost,
        "nodes": nodes, "workers": stats.workers, "files": [vars(f) for f in stats.files],
    }
    path.parent.mkdir(parents=True, exist_ok=True)
    write_atomically(path, json.dumps(report, ensure_ascii=False, indent=2) + "\n")
