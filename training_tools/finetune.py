"""`finetune --preset v1|v2`: FunASR's own trainer with the seed project's recipes.

The trainer runs in a child process (torchrun with --gpus N > 1); its log is parsed into a
progress bar. Re-running the same command resumes from the last checkpoint (FunASR's
train_conf.resume). The result is assembled into a self-contained, export-ready checkpoint
folder: weights only, the source's config.yaml, am.mvn and tokenizer, and a relative
configuration.json, so nothing points back at the starting model.
"""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from tingxie.training_tools.checkpoint import CONFIG_JSON, find_checkpoint_files

Log = Callable[[str], None]
EXPORT_READY = "export-ready"

# Batches of at most 2 utterances. FunASR's "example" batch type cannot express that for
# SenseVoice: its dataset drops every sample longer than batch_size frames, i.e. all of them.
# Token batches of up to 60 s, capped at 2 samples by the buffer sampler's batch_size_sample_max
# (funasr 1.4.16 counts it so that 2 gives one first batch of 1, then batches of 2).
BATCH_OF_TWO = {
    "dataset_conf.batch_type": "token",
    "dataset_conf.batch_size": "6000",
    "dataset_conf.sort_size": "1024",
    "dataset_conf.batch_size_sample_max": "2",
}
# The seed project's recipes: AdamW, FunASR's warmup schedule, batch size 2.
PRESETS: dict[str, dict[str, str]] = {
    "v1": {"optim": "adamw", "optim_conf.lr": "5e-5", "train_conf.max_epoch": "10",
           "scheduler": "warmuplr", **BATCH_OF_TWO},
    "v2": {"optim": "adamw", "optim_conf.lr": "1e-5", "optim_conf.weight_decay": "0.05",
           "train_conf.grad_clip": "3.0", "train_conf.max_epoch": "15", "scheduler": "warmuplr",
           **BATCH_OF_TWO},
}
# What every run needs (facts found with funasr 1.4.16, see README "Advanced").
BASE = {
    "dataset": "SenseVoiceCTCDataset",
    "dataset_conf.index_ds": "IndexDSJsonl",
    "dataset_conf.batch_sampler": "BatchSampler",  # FunASR's name for its distributed samplers
    "dataset_conf.data_split_num": "1",
    "dataset_conf.num_workers": "0",
    "train_conf.resume": "true",
    "train_conf.log_interval": "1",
    "train_conf.keep_nbest_models": "5",
    "train_conf.avg_nbest_model": "3",
    "train_conf.avg_keep_nbest_models_type": "loss",  # SenseVoice reports no acc
    "train_conf.use_deepspeed": "false",
    "disable_update": "true",  # else FunASR checks PyPI for a newer version, with no timeout
}

STEP = re.compile(
    r"train, rank: \d+, epoch: (\d+)/(\d+).*?step_in_slice: \d+/(\d+).*?total step: (\d+)"
    r".*?\(loss_avg_slice: ([\d.]+|nan|inf)\)"
)


@dataclass(frozen=True)
class FinetuneRequest:
    checkpoint: Path
    data_dir: Path
    output_dir: Path
    preset: str = "v1"
    gpus: int = 0
    threads: int = 2
    freeze_encoder: bool = False
    overrides: tuple[str, ...] = ()  # KEY=VALUE, any FunASR option


def trainer_arguments(request: FinetuneRequest) -> list[str]:
    files = find_checkpoint_files(request.checkpoint)
    files.require_complete()
    for name in ("train.jsonl", "val.jsonl"):
        if not (request.data_dir / name).is_file():
            raise FileNotFoundError(f"{request.data_dir / name} not found: run `prepare` first.")
    if request.preset not in PRESETS:
        raise ValueError(f"Unknown preset {request.preset!r}; choose {', '.join(PRESETS)}.")
    values = {
        **BASE,
        **PRESETS[request.preset],
        "model": str(files.folder.resolve()),
        "train_data_set_list": str((request.data_dir / "train.jsonl").resolve()),
        "valid_data_set_list": str((request.data_dir / "val.jsonl").resolve()),
        "output_dir": str((request.output_dir / "trainer").resolve()),
        "device": "cuda" if request.gpus else "cpu",
        "ncpu": str(request.threads),
    }
    if request.freeze_encoder:
        values["freeze_param"] = "encoder"
    for item in request.overrides:
        key, sep, value = item.partition("=")
        if not sep or not key:
            raise ValueError(f"--set takes KEY=VALUE, got {item!r}.")
        values[key.lstrip("+")] = value
    return [f"++{key}={value}" for key, value in values.items()]


def trainer_command(request: FinetuneRequest) -> list[str]:
    launcher = ["-m", "tingxie.training_tools.finetune_launcher", *trainer_arguments(request)]
    if request.gpus > 1:
        return [sys.executable, "-m", "torch.distributed.run", f"--nproc_per_node={request.gpus}", *launcher]
    return [sys.executable, *launcher]


def run_finetune(request: FinetuneRequest, log: Log = print, quiet: bool = False) -> Path:
    """Train, then assemble the export-ready checkpoint; returns its folder."""
    from tqdm import tqdm

    command = trainer_command(request)
    request.output_dir.mkdir(parents=True, exist_ok=True)
    log("FunASR trainer: " + " ".join(command[1:]))
    trainer_log = request.output_dir / "train.log"
    epochs = int(dict(a[2:].split("=", 1) for a in command if a.startswith("++"))["train_conf.max_epoch"])
    with open(trainer_log, "a", encoding="utf-8") as logfile, tqdm(
        unit="step", desc="finetune", disable=quiet, file=sys.stderr
    ) as bar:
        process = subprocess.Popen(  # in the output folder: hydra writes its outputs/ logs there
            command, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True, bufsize=1,
            cwd=request.output_dir,
        )
        assert process.stdout is not None  # stdout=PIPE
        for line in process.stdout:
            logfile.write(line)
            if m := STEP.search(line):
                bar.total = bar.total or int(m.group(3)) * epochs  # steps per epoch x epochs: gives the ETA
                bar.n = int(m.group(4))
                bar.set_postfix(epoch=f"{int(m.group(1)) + 1}/{m.group(2)}", loss=m.group(5), refresh=False)
                bar.refresh()
        code = process.wait()
    if code != 0:
        tail = "".join(trainer_log.read_text(encoding="utf-8").splitlines(keepends=True)[-15:])
        raise RuntimeError(f"FunASR's trainer stopped with exit code {code}; its log is {trainer_log}:\n{tail}")
    return assemble_export_ready(request.checkpoint, request.output_dir / "trainer", request.output_dir / EXPORT_READY)


def best_weights(trainer_dir: Path) -> Path:
    """The averaged model if FunASR wrote one, else the best epoch, else the last state."""
    for pattern in ("model.pt.avg*", "model.pt.best", "model.pt"):
        found = sorted(trainer_dir.glob(pattern))
        if found:
            return found[-1]
    raise FileNotFoundError(f"No model.pt in {trainer_dir}: the trainer saved nothing.")


def assemble_export_ready(source: Path, trainer_dir: Path, target: Path) -> Path:
    import torch

    files = find_checkpoint_files(source)
    weights = best_weights(trainer_dir)
    state = torch.load(weights, map_location="cpu", weights_only=False)
    state = state.get("state_dict", state) if isinstance(state, dict) else state
    target.mkdir(parents=True, exist_ok=True)
    torch.save({k.removeprefix("module."): v for k, v in state.items()}, target / "model.pt")
    for path in (files.config, files.cmvn, files.bpe_model):
        if path is not None:  # find_checkpoint_files names what is missing; assembling copies what is there
            shutil.copy2(path, target / path.name)
    if (files.folder / CONFIG_JSON).is_file():
        shutil.copy2(files.folder / CONFIG_JSON, target / CONFIG_JSON)  # relative names only
    (target / "SOURCE.txt").write_text(
        f"Finetuned from {files.folder.resolve()}\nweights: {weights.resolve()}\n", encoding="utf-8"
    )
    return target
