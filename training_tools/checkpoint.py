"""FunASR SenseVoice checkpoint folders: find their files, load them, write them.

A checkpoint folder is what FunASR's AutoModel loads: model.pt, config.yaml, am.mvn and the
SentencePiece model, optionally tied together by configuration.json (``file_path_metas``),
as in the official SenseVoiceSmall release. Finding the files needs no torch, so the app's
Export wizard can say what is missing before it starts a training environment.
"""

from __future__ import annotations

import json
import shutil
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from tingxie.core.messages import QT_TRANSLATE_NOOP, TranslatableError

CONFIG_JSON = "configuration.json"
CONFIG_YAML = "config.yaml"
WEIGHTS = "model.pt"
CMVN = "am.mvn"


class CheckpointError(TranslatableError, ValueError):
    """A checkpoint folder that cannot be exported; the message says what to fix."""


@dataclass
class CheckpointFiles:
    folder: Path
    weights: Path
    config: Path
    cmvn: Path
    bpe_model: Path | None
    missing: list[str] = field(default_factory=list)

    def require_complete(self) -> None:
        if self.missing:
            raise CheckpointError(
                QT_TRANSLATE_NOOP("core", "{folder} is not a complete SenseVoice checkpoint: missing {missing}. "
                                  "A checkpoint folder holds model.pt, config.yaml, am.mvn and the "
                                  "SentencePiece *.bpe.model (as FunASR's SenseVoiceSmall release does)."),
                folder=self.folder, missing=", ".join(self.missing),
            )


def find_checkpoint_files(folder: Path) -> CheckpointFiles:
    """Locate the files of a checkpoint, honouring configuration.json when it names them."""
    folder = Path(folder)
    if not folder.is_dir():
        raise CheckpointError(QT_TRANSLATE_NOOP("core", "{folder} is not a folder."), folder=folder)  # the Export wizard shows it
    metas = _file_path_metas(folder)
    weights = folder / metas.get("init_param", WEIGHTS)
    config = folder / metas.get("config", CONFIG_YAML)
    cmvn = folder / metas.get("frontend_conf", {}).get("cmvn_file", CMVN)
    bpe_name = metas.get("tokenizer_conf", {}).get("bpemodel")
    bpe_model = folder / bpe_name if bpe_name else _guess_bpe_model(folder)
    files = CheckpointFiles(folder, weights, config, cmvn, bpe_model)
    for label, path in (("model.pt", weights), ("config.yaml", config), ("am.mvn", cmvn)):
        if not path.is_file():
            files.missing.append(f"{label} ({path.name})" if path.name != label else label)
    if bpe_model is None or not bpe_model.is_file():
        # file names only, so the list reads the same in any UI language
        files.missing.append(f"{bpe_model.name} (SentencePiece)" if bpe_model else "*.bpe.model (SentencePiece)")
    return files


def _file_path_metas(folder: Path) -> dict[str, Any]:
    path = folder / CONFIG_JSON
    if not path.is_file():
        return {}
    try:
        return json.loads(path.read_text(encoding="utf-8")).get("file_path_metas", {}) or {}
    except (json.JSONDecodeError, AttributeError) as err:
        raise CheckpointError(
            QT_TRANSLATE_NOOP("core", "{path} is not valid JSON ({reason}); fix or remove it."), path=path, reason=err
        ) from err


def _guess_bpe_model(folder: Path) -> Path | None:
    candidates = sorted(folder.glob("*.bpe.model")) or sorted(folder.glob("*.model"))
    return candidates[0] if candidates else None


@dataclass
class LoadedCheckpoint:
    """A SenseVoice model in eval mode with the tokenizer and frontend FunASR built for it."""

    files: CheckpointFiles
    model: Any
    tokenizer: Any
    frontend: Any

    @property
    def vocab_size(self) -> int:
        return int(self.model.vocab_size)

    def token_list(self) -> list[str]:
        sp = self.tokenizer.sp
        return [sp.id_to_piece(i) for i in range(sp.get_piece_size())]


def load_checkpoint(folder: Path) -> LoadedCheckpoint:
    """Build the model through FunASR exactly as AutoModel does for inference."""
    files = find_checkpoint_files(folder)
    files.require_complete()
    from funasr import AutoModel  # heavy; imported only when a checkpoint is really loaded

    model, kwargs = AutoModel.build_model(
        model=str(files.folder), device="cpu", disable_update=True, ncpu=_torch_threads(),
        ignore_init_mismatch=True,  # mismatches are reported by check_weights_match instead
    )
    model.eval()
    check_weights_match(model, files.weights)
    return LoadedCheckpoint(files, model, kwargs["tokenizer"], kwargs["frontend"])


def check_weights_match(model: Any, weights: Path) -> None:
    """FunASR keeps the random initial value of any weight that is missing from model.pt or
    has another shape, and says so only in a log line; an export of that is silently broken."""
    import torch

    saved = torch.load(weights, map_location="cpu", weights_only=False)
    for wrapper in ("state_dict", "model"):
        if isinstance(saved, dict) and isinstance(saved.get(wrapper), dict):
            saved = saved[wrapper]
    saved = {k.removeprefix("module."): v for k, v in saved.items()}
    problems = []
    for key, value in model.state_dict().items():
        if key not in saved:
            problems.append(f"{key} is missing")
        elif tuple(saved[key].shape) != tuple(value.shape):
            problems.append(f"{key} is {tuple(saved[key].shape)} in model.pt, {tuple(value.shape)} in config.yaml + tokenizer")
    if problems:
        raise CheckpointError(
            f"{weights} does not match its config.yaml and tokenizer ({len(problems)} weights): "
            + "; ".join(problems[:3])
            + ". Use the config.yaml and SentencePiece model the checkpoint was trained with."
        )


def _torch_threads() -> int:
    import torch

    return torch.get_num_threads()


def write_checkpoint(
    folder: Path,
    state_dict: dict,
    config: dict[str, Any],
    cmvn_file: Path,
    bpe_model: Path,
) -> CheckpointFiles:
    """Write a self-contained checkpoint in the official layout (configuration.json included)."""
    import torch
    import yaml

    folder = Path(folder)
    folder.mkdir(parents=True, exist_ok=True)
    torch.save(state_dict, folder / WEIGHTS)
    shutil.copyfile(cmvn_file, folder / CMVN)
    shutil.copyfile(bpe_model, folder / bpe_model.name)
    config = {**config}
    config["tokenizer_conf"] = {**config.get("tokenizer_conf", {}), "bpemodel": bpe_model.name}
    config["frontend_conf"] = {**config.get("frontend_conf", {}), "cmvn_file": CMVN}
    (folder / CONFIG_YAML).write_text(
        yaml.safe_dump(config, allow_unicode=True, sort_keys=False), encoding="utf-8"
    )
    metas = {
        "framework": "pytorch",
        "task": "auto-speech-recognition",
        "model": {"type": "funasr"},
        "file_path_metas": {
            "init_param": WEIGHTS,
            "config": CONFIG_YAML,
            "tokenizer_conf": {"bpemodel": bpe_model.name},
            "frontend_conf": {"cmvn_file": CMVN},
        },
    }
    (folder / CONFIG_JSON).write_text(json.dumps(metas, indent=2) + "\n", encoding="utf-8")
    return find_checkpoint_files(folder)
