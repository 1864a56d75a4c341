"""The one gate before anything loads a model: validate(folder).

sherpa-onnx may abort the whole process on a model it cannot use, so every problem it would
hit is looked for here first, with a message that says which file or key is wrong.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from pathlib import Path

from tingxie.core.model_files import ModelFile, find_model_files
from tingxie.core.onnx_metadata import NotOnnxError, read_metadata

REQUIRED_INT_KEYS = (
    "vocab_size", "lfr_window_size", "lfr_window_shift", "normalize_samples",
    "with_itn", "without_itn",
    "lang_auto", "lang_zh", "lang_en", "lang_yue", "lang_ja", "lang_ko",
)
REQUIRED_VECTOR_KEYS = ("neg_mean", "inv_stddev")
FBANK_BINS = 80


class ModelFolderError(ValueError):
    """A model folder that must not be handed to sherpa-onnx; the message says why."""


@dataclass(frozen=True)
class ValidModel:
    folder: Path
    files: tuple[ModelFile, ...]  # FP32 before INT8
    vocab_size: int

    def file_for(self, precision: str) -> ModelFile:
        """The requested precision, or the one the folder has."""
        return next((f for f in self.files if f.precision == precision), self.files[0])

    def file_named(self, onnx: Path) -> ModelFile:
        for f in self.files:
            if f.onnx.resolve() == Path(onnx).resolve():
                return f
        raise ModelFolderError(f"{onnx} is not one of the models in {self.folder}.")

    def only(self, onnx: Path) -> ValidModel:
        """The same model restricted to one of its files (a user who named the .onnx file)."""
        return replace(self, files=(self.file_named(onnx),))


def validate_path(path: Path) -> ValidModel:
    """A model folder, or one .onnx file inside one (then only that file is used)."""
    path = Path(path)
    if path.suffix == ".onnx" and path.is_file():
        return validate(path.parent).only(path)
    return validate(path)


def validate(folder: Path) -> ValidModel:
    folder = Path(folder)
    if not folder.is_dir():
        raise ModelFolderError(f"{folder} is not a folder.")
    files = find_model_files(folder)
    if not files:
        raise ModelFolderError(
            f"{folder} has no SenseVoice model: it needs model.onnx or model.int8.onnx with "
            "tokens.txt (or NAME.onnx / NAME.int8.onnx with NAME-tokens.txt)."
        )
    vocab_sizes = {validate_file(f) for f in files}
    if len(vocab_sizes) > 1:
        raise ModelFolderError(f"The models in {folder} disagree on the vocabulary size: {sorted(vocab_sizes)}.")
    return ValidModel(folder, tuple(files), vocab_sizes.pop())


def validate_file(model: ModelFile) -> int:
    """Check one model file and its tokens; return the vocabulary size."""
    if not model.tokens.is_file():
        raise ModelFolderError(f"{model.onnx.name} has no tokens file: {model.tokens.name} is missing.")
    try:
        meta = read_metadata(model.onnx)
    except (NotOnnxError, OSError) as err:
        raise ModelFolderError(f"{model.onnx} cannot be read as an ONNX model: {err}") from err
    ints = {key: _int_key(meta, key, model.onnx.name) for key in REQUIRED_INT_KEYS}
    expected_dim = FBANK_BINS * ints["lfr_window_size"]
    for key in REQUIRED_VECTOR_KEYS:
        values = _vector_key(meta, key, model.onnx.name)
        if len(values) != expected_dim:
            raise ModelFolderError(
                f"{model.onnx.name}: metadata {key} has {len(values)} values; "
                f"lfr_window_size {ints['lfr_window_size']} needs {expected_dim}."
            )
    token_count = count_tokens(model.tokens)
    if token_count != ints["vocab_size"]:
        raise ModelFolderError(
            f"{model.tokens.name} has {token_count} tokens but {model.onnx.name} expects "
            f"{ints['vocab_size']}; the tokens file belongs to another model."
        )
    return ints["vocab_size"]


def count_tokens(tokens: Path) -> int:
    try:
        lines = tokens.read_text(encoding="utf-8").splitlines()
    except UnicodeDecodeError as err:
        raise ModelFolderError(f"{tokens} is not a UTF-8 tokens file ({err}).") from err
    bad = next((i for i, line in enumerate(lines, 1) if not _is_token_line(line)), None)
    if bad is not None:
        raise ModelFolderError(f"{tokens.name} line {bad} is not \"piece id\".")
    return len(lines)


def _int_key(meta: dict[str, str], key: str, label: str) -> int:
    if key not in meta:
        raise ModelFolderError(
            f"{label} lacks the metadata key {key!r} that sherpa-onnx needs; re-export it with "
            "`python -m tingxie.training_tools export`."
        )
    try:
        return int(meta[key])
    except ValueError:
        raise ModelFolderError(f"{label}: metadata {key} is {meta[key]!r}, not a whole number.") from None


def _vector_key(meta: dict[str, str], key: str, label: str) -> list[float]:
    if key not in meta:
        raise ModelFolderError(f"{label} lacks the metadata key {key!r} (CMVN) that sherpa-onnx needs.")
    try:
        return [float(v) for v in meta[key].split(",")]
    except ValueError:
        raise ModelFolderError(f"{label}: metadata {key} is not a comma-separated list of numbers.") from None


def _is_token_line(line: str) -> bool:
    """tokens.txt's `piece id` (the piece itself may contain spaces)."""
    parts = line.rsplit(" ", 1)
    return len(parts) == 2 and parts[1].isdigit()
