"""The one gate before anything loads a model: validate(folder).

sherpa-onnx ends the whole process (exit 255, or a segfault) on a model it misreads, which
would close the app's window with the model. So every condition its C++ uses to pick a model
type, or checks when it loads and decodes one, is checked here first, with a message that
names the file and says what to do. What each check mirrors (sherpa-onnx's sherpa-onnx/csrc):

- offline-sense-voice-model.cc, Init: a `comment` that contains "Nano" switches to the
  FunASR-Nano path, which base64-decodes tokens.txt and exits on its first ordinary token;
  every integer key is read with SHERPA_ONNX_READ_META_DATA (macros.h): missing or empty
  exits, and so does atoi(value) < 0; `blank_id` is optional (default 0); `neg_mean` and
  `inv_stddev` are comma-separated floats.
- lfr.cc, ApplyLfr: lfr_window_size and lfr_window_shift must be positive (exit at the first
  decode otherwise).
- offline-recognizer-sense-voice-impl.h: ApplyCMVN trusts neg_mean/inv_stddev to hold
  80 * lfr_window_size values; every token id the graph's arg-max can produce is looked up in
  tokens.txt (`_Map_base::at` when the output is wider than it); the language and ITN ids
  index the prompt embedding (an empty result when out of range); feeds four inputs
  (float features, int32 lengths, language, text_norm) and reads the first output.
- symbol-table.cc, ReadTokens: a tokens line with more than two fields exits.
- speaker-embedding-extractor-impl.cc / -model.cc / -nemo-model.cc and
  offline-speaker-segmentation-pyannote-model.cc, offline-speaker-diarization-pyannote-impl.h:
  see validate_speaker_model() and validate_segmentation_model().
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass, replace
from pathlib import Path

from tingxie.core.int8_weights import METADATA_KEY as INT8_WEIGHTS_KEY
from tingxie.core.int8_weights import Int8Weights, runs_right_here
from tingxie.core.messages import QT_TRANSLATE_NOOP, Message, TranslatableError, message
from tingxie.core.model_files import ModelFile, find_model_files
from tingxie.core.onnx_metadata import (
    FLOAT,
    NotOnnxError,
    OnnxSummary,
    TensorInfo,
    TruncatedOnnxError,
    read_metadata,
    read_summary,
)

FBANK_BINS = 80  # sherpa-onnx's feature_dim for SenseVoice (from_sense_voice's default)
INT32 = 6  # TensorProto.DataType.INT32
INT32_MAX = 2**31 - 1
LANGUAGE_KEYS = ("lang_auto", "lang_zh", "lang_en", "lang_yue", "lang_ja", "lang_ko")
ITN_KEYS = ("with_itn", "without_itn")
# key -> (smallest, largest) value sherpa-onnx can use; None: no bound known from the file alone
SENSE_VOICE_INT_KEYS: dict[str, tuple[int, int | None]] = {
    "vocab_size": (1, None),
    "lfr_window_size": (1, None),
    "lfr_window_shift": (1, None),
    "normalize_samples": (0, 1),
    **{key: (0, None) for key in ITN_KEYS + LANGUAGE_KEYS},
}
REQUIRED_INT_KEYS = tuple(SENSE_VOICE_INT_KEYS)
REQUIRED_VECTOR_KEYS = ("neg_mean", "inv_stddev")
SENSE_VOICE_INPUTS = "x[N, T, 80 * lfr_window_size], x_length[N], language[N], text_norm[N]"
# Substrings of the `comment` metadata that make sherpa-onnx choose another model type.
COMMENT_TRIGGERS = ("Nano",)
_C_SPACE = " \t\n\r\f\v"
_INT = re.compile(r"[+-]?[0-9]+")
_FLOAT = re.compile(r"[+-]?(?:[0-9]+\.?[0-9]*|\.[0-9]+)(?:[eE][+-]?[0-9]+)?")
_REEXPORT = message(QT_TRANSLATE_NOOP("core", "re-export it with `python -m tingxie.training_tools export`"))
_ADD_METADATA = message(
    QT_TRANSLATE_NOOP("core", "add it with the metadata script sherpa-onnx has for this kind of model, or pick another model")
)


class ModelFolderError(TranslatableError, ValueError):
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
        raise ModelFolderError(
            QT_TRANSLATE_NOOP("core", "{path} is not one of the models in {folder}."), path=onnx, folder=self.folder
        )

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
        raise ModelFolderError(QT_TRANSLATE_NOOP("core", "{folder} is not a folder."), folder=folder)
    files = find_model_files(folder)
    if not files:
        raise ModelFolderError(
            QT_TRANSLATE_NOOP("core", "{folder} has no SenseVoice model: it needs model.onnx or model.int8.onnx with "
                              "tokens.txt (or NAME.onnx / NAME.int8.onnx with NAME-tokens.txt)."),
            folder=folder,
        )
    vocab_sizes = {validate_file(f) for f in files}
    usable = [f for f in files if _runs_right_here(f)]
    if not usable:
        raise ModelFolderError(
            QT_TRANSLATE_NOOP("core", "{name} has full-range QInt8 weights, which onnxruntime computes wrongly on a "
                              "CPU without VNNI instructions, such as this one. Use its FP32 model.onnx, or re-export "
                              "it with `--int8-type qint8-7bit`, which is as fast and right on every CPU."),
            name=files[0].onnx.name,
        )
    files = usable
    if len(vocab_sizes) > 1:
        raise ModelFolderError(
            QT_TRANSLATE_NOOP("core", "The models in {folder} disagree on the vocabulary size: {sizes}."),
            folder=folder, sizes=sorted(vocab_sizes),
        )
    return ValidModel(folder, tuple(files), vocab_sizes.pop())


def _runs_right_here(model: ModelFile) -> bool:
    """False only for an INT8 file whose weights this CPU is known to compute wrongly."""
    if model.precision != "int8":
        return True
    value = read_metadata(model.onnx).get(INT8_WEIGHTS_KEY)  # already read whole by validate_file
    return value not in {w.value for w in Int8Weights} or runs_right_here(Int8Weights(value))


def validate_file(model: ModelFile) -> int:
    """Check one model file and its tokens the way sherpa-onnx will read them; return the
    vocabulary size."""
    name = model.onnx.name
    if not model.tokens.is_file():
        raise ModelFolderError(
            QT_TRANSLATE_NOOP("core", "{name} has no tokens file: {tokens} is missing."), name=name, tokens=model.tokens.name
        )
    summary = read_onnx(model.onnx)
    x, language, text_norm = _sense_voice_signature(summary, name)
    meta = summary.metadata
    trigger = comment_trigger(meta.get("comment", ""))
    if trigger is not None:
        raise ModelFolderError(
            QT_TRANSLATE_NOOP("core", "{name}: its metadata comment {comment!r} contains {trigger!r}, which makes "
                              "sherpa-onnx load it as a FunASR-{trigger} model and stop the program. Tingxie runs "
                              "SenseVoice models: remove {trigger!r} from the comment, or {fix} (it never writes it)."),
            name=name, comment=meta["comment"], trigger=trigger, fix=_REEXPORT,
        )
    ints = {key: _int_key(meta, key, name, *bounds) for key, bounds in SENSE_VOICE_INT_KEYS.items()}
    feature_dim = FBANK_BINS * ints["lfr_window_size"]
    for key in REQUIRED_VECTOR_KEYS:
        values = _vector_key(meta, key, name)
        if len(values) != feature_dim:
            raise ModelFolderError(
                QT_TRANSLATE_NOOP("core", "{name}: metadata {key} has {count} values; "
                                  "lfr_window_size {window} needs {needed}; {fix}."),
                name=name, key=key, count=len(values), window=ints["lfr_window_size"], needed=feature_dim, fix=_REEXPORT,
            )
    x_width = _last_dim(x)
    if isinstance(x_width, int) and x_width != feature_dim:
        raise ModelFolderError(
            QT_TRANSLATE_NOOP("core", "{name}: its graph takes {width} features per frame but its metadata "
                              "(lfr_window_size {window}) makes sherpa-onnx feed {needed}; {fix}."),
            name=name, width=x_width, window=ints["lfr_window_size"], needed=feature_dim, fix=_REEXPORT,
        )
    _check_prompt_ids(summary, ints, language, LANGUAGE_KEYS, name)
    _check_prompt_ids(summary, ints, text_norm, ITN_KEYS, name)
    vocab_size = ints["vocab_size"]
    token_count = count_tokens(model.tokens)
    if token_count != vocab_size:
        raise ModelFolderError(
            QT_TRANSLATE_NOOP("core", "{tokens} has {count} tokens but {name} expects {expected}; "
                              "the tokens file belongs to another model."),
            tokens=model.tokens.name, count=token_count, name=name, expected=vocab_size,
        )
    width = _last_dim(summary.outputs[0])
    if not isinstance(width, int):
        raise ModelFolderError(
            QT_TRANSLATE_NOOP("core", "{name}: its graph's output {output} does not fix how many "
                              "tokens it scores, so it cannot be checked against {tokens}; {fix}."),
            name=name, output=summary.outputs[0].describe(), tokens=model.tokens.name, fix=_REEXPORT,
        )
    if width != token_count:
        raise ModelFolderError(
            QT_TRANSLATE_NOOP("core", "{name}'s graph scores {width} tokens per frame but {tokens} has {count} "
                              "(and its metadata vocab_size says {vocab_size}): sherpa-onnx would fail on the first token "
                              "it cannot name. The graph and the tokens file belong to different models; {fix}."),
            name=name, width=width, tokens=model.tokens.name, count=token_count, vocab_size=vocab_size, fix=_REEXPORT,
        )
    if "blank_id" in meta and meta["blank_id"]:
        _int_key(meta, "blank_id", name, 0, vocab_size - 1)
    return vocab_size


def comment_trigger(comment: str) -> str | None:
    """The word in a `comment` that would make sherpa-onnx take another model type, if any."""
    return next((word for word in COMMENT_TRIGGERS if word in comment), None)


def safe_comment(comment: str) -> str:
    """A comment sherpa-onnx cannot mistake for another model type: each trigger word, in any
    case, gets a hyphen after its first letter ("SenseVoiceNano-ft" -> "SenseVoiceN-ano-ft")."""
    for word in COMMENT_TRIGGERS:
        comment = re.sub(re.escape(word), lambda m: f"{m.group(0)[0]}-{m.group(0)[1:]}", comment, flags=re.I)
    return comment


def read_onnx(path: Path) -> OnnxSummary:
    """An ONNX file's metadata and signature, or a ModelFolderError that says what is wrong
    with the file itself (missing, empty, cut short, not ONNX, no graph)."""
    path = Path(path)
    if not path.is_file():
        raise ModelFolderError(QT_TRANSLATE_NOOP("core", "{path} does not exist."), path=path)
    if path.stat().st_size == 0:
        raise ModelFolderError(
            QT_TRANSLATE_NOOP("core", "{path} is empty (0 bytes): the download, copy or export that wrote it did not finish. "
                              "Download or export it again."),
            path=path,
        )
    try:
        summary = read_summary(path)
    except TruncatedOnnxError as err:
        raise ModelFolderError(
            QT_TRANSLATE_NOOP("core", "{path} cannot be read as an ONNX model: it is truncated ({reason}). The download "
                              "or copy did not finish; download or copy it again."),
            path=path, reason=err.detail,
        ) from err
    except NotOnnxError as err:
        raise ModelFolderError(
            QT_TRANSLATE_NOOP("core", "{path} cannot be read as an ONNX model ({reason})."), path=path, reason=err.detail
        ) from err
    except OSError as err:
        raise ModelFolderError(
            QT_TRANSLATE_NOOP("core", "{path} cannot be read as an ONNX model: {reason}"), path=path, reason=err
        ) from err
    if not summary.has_graph:
        raise ModelFolderError(
            QT_TRANSLATE_NOOP("core", "{path} cannot be read as an ONNX model: it has no graph "
                              "(a file cut short, or not a model). "
                              "Download or copy it again."),
            path=path,
        )
    return summary


def count_tokens(tokens: Path) -> int:
    """Lines of tokens.txt as sherpa-onnx's ReadTokens reads them ("piece id", or a lone id for a
    whitespace piece); the ids must be exactly 0 .. count - 1."""
    try:
        lines = tokens.read_text(encoding="utf-8").splitlines()
    except UnicodeDecodeError as err:
        raise ModelFolderError(
            QT_TRANSLATE_NOOP("core", "{path} is not a UTF-8 tokens file ({reason})."), path=tokens, reason=err
        ) from err
    seen: set[int] = set()
    for number, line in enumerate(lines, 1):
        fields = line.strip(_C_SPACE).split()
        if not 1 <= len(fields) <= 2 or not fields[-1].isascii() or not fields[-1].isdigit():
            raise ModelFolderError(
                QT_TRANSLATE_NOOP("core", "{name} line {number} is not \"piece id\": {line!r}."),
                name=tokens.name, number=number, line=line[:40],
            )
        token_id = int(fields[-1])
        if token_id >= len(lines) or token_id in seen:
            problem = message(QT_TRANSLATE_NOOP("core", "repeated")) if token_id in seen else message(
                QT_TRANSLATE_NOOP("core", "beyond the {count} lines"), count=len(lines)
            )
            raise ModelFolderError(
                QT_TRANSLATE_NOOP("core", "{name} line {number}: id {id} is {problem}; "
                                  "the ids must run from 0 to {last}, each once."),
                name=tokens.name, number=number, id=token_id, problem=problem, last=len(lines) - 1,
            )
        seen.add(token_id)
    return len(lines)


def _sense_voice_signature(summary: OnnxSummary, name: str) -> tuple[TensorInfo, TensorInfo, TensorInfo]:
    """(x, language, text_norm) when the graph is shaped like SenseVoice as sherpa-onnx feeds it."""
    inputs, outputs = summary.inputs, summary.outputs
    ok = (
        len(inputs) == 4
        and _is_tensor(inputs[0], FLOAT, 3)
        and all(_is_tensor(t, INT32, 1) for t in inputs[1:])
        and len(outputs) >= 1
        and _is_tensor(outputs[0], FLOAT, 3)
    )
    if ok:
        return inputs[0], inputs[2], inputs[3]
    kind = _looks_like(summary.metadata)
    nothing = message(QT_TRANSLATE_NOOP("core", "nothing"))
    raise ModelFolderError(
        QT_TRANSLATE_NOOP("core", "{name} is not a SenseVoice model{kind}: its graph takes {inputs} and gives {outputs}; "
                          "a SenseVoice model takes {expected} (float, then int32) and gives logits[N, T, vocab_size]. "
                          "Choose a SenseVoice model folder, or export one with `python -m tingxie.training_tools export`."),
        name=name, kind=kind, expected=SENSE_VOICE_INPUTS,
        inputs=", ".join(t.describe() for t in inputs) or nothing, outputs=", ".join(t.describe() for t in outputs) or nothing,
    )


def _last_dim(t: TensorInfo) -> int | str | None:
    return t.shape[-1] if t.shape else None


def _is_tensor(t: TensorInfo, elem_type: int, rank: int) -> bool:
    return t.elem_type == elem_type and t.shape is not None and len(t.shape) == rank


def _looks_like(meta: dict[str, str]) -> Message | str:
    if meta.get("framework"):
        return message(
            QT_TRANSLATE_NOOP("core", " (it looks like a {framework} speaker-embedding model)"), framework=meta["framework"]
        )
    if "num_speakers" in meta:
        return message(QT_TRANSLATE_NOOP("core", " (it looks like a speaker-segmentation model)"))
    if meta.get("model_type") and not meta["model_type"].startswith("sense_voice"):
        return message(QT_TRANSLATE_NOOP("core", " (its metadata says model_type {model_type!r})"), model_type=meta["model_type"])
    return ""


def _check_prompt_ids(
    summary: OnnxSummary, ints: dict[str, int], prompt: TensorInfo, keys: tuple[str, ...], name: str
) -> None:
    """The language and ITN ids index the graph's prompt embedding, when the graph shows it."""
    rows = summary.gathered_rows(prompt.name)
    if rows is None:
        return
    for key in keys:
        if ints[key] >= rows:
            raise ModelFolderError(
                QT_TRANSLATE_NOOP("core", "{name}: metadata {key} is {value}, but the graph's prompt embedding (fed by its "
                                  "{input!r} input) has {rows} rows, 0 to {last}: sherpa-onnx would return no "
                                  "text. The metadata belongs to another model; {fix}."),
                name=name, key=key, value=ints[key], input=prompt.name, rows=rows, last=rows - 1, fix=_REEXPORT,
            )


def _int_key(
    meta: dict[str, str], key: str, label: str, lowest: int = 0, highest: int | None = None, fix: Message = _REEXPORT
) -> int:
    """An integer as SHERPA_ONNX_READ_META_DATA reads it (empty counts as missing, < 0 exits),
    held to the range sherpa-onnx can use."""
    value = meta.get(key, "")
    if not value:
        raise ModelFolderError(
            QT_TRANSLATE_NOOP("core", "{label} lacks the metadata key {key!r} that sherpa-onnx needs; {fix}."),
            label=label, key=key, fix=fix,
        )
    text = value.strip(_C_SPACE)
    if not _INT.fullmatch(text):
        raise ModelFolderError(
            QT_TRANSLATE_NOOP("core", "{label}: metadata {key} is {value!r}, not a whole number; {fix}."),
            label=label, key=key, value=value, fix=fix,
        )
    number = int(text)
    top = INT32_MAX if highest is None else highest
    if not lowest <= number <= top:
        allowed = message(QT_TRANSLATE_NOOP("core", "from {lowest} to {highest}"), lowest=lowest, highest=top) if (
            highest is not None or number > top
        ) else message(QT_TRANSLATE_NOOP("core", "at least {lowest}"), lowest=lowest)
        raise ModelFolderError(
            QT_TRANSLATE_NOOP("core", "{label}: metadata {key} is {value}, which sherpa-onnx cannot run with (it needs "
                              "{allowed}; otherwise it stops the program or decodes garbage). Fix the metadata, or {fix}."),
            label=label, key=key, value=number, allowed=allowed, fix=fix,
        )
    return number


def _vector_key(meta: dict[str, str], key: str, label: str) -> list[float]:
    """Comma-separated floats (empty items skipped, as SplitStringToFloats does); all finite."""
    if not meta.get(key):
        raise ModelFolderError(
            QT_TRANSLATE_NOOP("core", "{label} lacks the metadata key {key!r} (CMVN) that sherpa-onnx needs; {fix}."),
            label=label, key=key, fix=_REEXPORT,
        )
    items = [item.strip(_C_SPACE) for item in meta[key].split(",")]
    items = [item for item in items if item]
    if not all(_FLOAT.fullmatch(item) for item in items):
        raise ModelFolderError(
            QT_TRANSLATE_NOOP("core", "{label}: metadata {key} is not a comma-separated list of finite numbers; {fix}."),
            label=label, key=key, fix=_REEXPORT,
        )
    values = [float(item) for item in items]
    if not all(math.isfinite(v) for v in values):
        raise ModelFolderError(
            QT_TRANSLATE_NOOP("core", "{label}: metadata {key} holds a value too large for a float; {fix}."),
            label=label, key=key, fix=_REEXPORT,
        )
    return values


# --- speaker models (for later use: diarization). Not SenseVoice; same rule: nothing sherpa-onnx
# would die on gets past these.

SPEAKER_FRAMEWORKS = ("wespeaker", "3d-speaker", "nemo")
# feature_normalize_type values each implementation supports; anything else exits at the first
# embedding (speaker-embedding-extractor-general-impl.h / -nemo-impl.h).
SPEAKER_FEATURE_NORMALIZE = {"wespeaker": ("", "global-mean"), "3d-speaker": ("", "global-mean"), "nemo": ("", "per_feature")}
# kaldi-native-fbank's window types (an unknown one aborts when the features are set up).
WINDOW_TYPES = ("povey", "hamming", "hanning", "rectangular", "sine", "blackman")
POWERSET_MAX_CLASSES = (1, 2)  # offline-speaker-diarization-pyannote-impl.h exits on any other


@dataclass(frozen=True)
class SpeakerModel:
    path: Path
    framework: str
    output_dim: int
    sample_rate: int


@dataclass(frozen=True)
class SegmentationModel:
    path: Path
    sample_rate: int
    window_size: int  # samples
    num_speakers: int
    num_classes: int


def validate_speaker_model(path: Path) -> SpeakerModel:
    """A speaker-embedding model as sherpa-onnx's SpeakerEmbeddingExtractor reads it: without
    `framework` it prints "Unknown model type" and then crashes on the missing extractor."""
    path = Path(path)
    meta = read_onnx(path).metadata
    name = path.name
    framework = meta.get("framework", "")
    if framework not in SPEAKER_FRAMEWORKS:
        found = (
            message(QT_TRANSLATE_NOOP("core", "its framework is {framework!r}"), framework=framework)
            if framework else message(QT_TRANSLATE_NOOP("core", "it has no 'framework' metadata"))
        )
        raise ModelFolderError(
            QT_TRANSLATE_NOOP("core", "{name} is not a speaker-embedding model sherpa-onnx can load: {found}, and sherpa-onnx "
                              "knows {known}. Add the metadata with sherpa-onnx's "
                              "scripts/wespeaker/add_meta_data.py (or the 3D-Speaker / NeMo one), or pick another model."),
            name=name, found=found, known=", ".join(SPEAKER_FRAMEWORKS),
        )
    output_dim = _int_key(meta, "output_dim", name, 1, fix=_ADD_METADATA)
    sample_rate = _int_key(meta, "sample_rate", name, 1, fix=_ADD_METADATA)
    if framework == "nemo":
        for key in ("feat_dim", "window_size_ms", "window_stride_ms"):
            _int_key(meta, key, name, 1, fix=_ADD_METADATA)
        window_type = meta.get("window_type") or "povey"
        if window_type not in WINDOW_TYPES:
            raise ModelFolderError(
                QT_TRANSLATE_NOOP("core", "{name}: metadata window_type is {value!r}; sherpa-onnx knows {known}."),
                name=name, value=window_type, known=", ".join(WINDOW_TYPES),
            )
    else:
        _int_key(meta, "normalize_samples", name, 0, 1, fix=_ADD_METADATA)
    if not meta.get("language"):
        raise ModelFolderError(
            QT_TRANSLATE_NOOP("core", "{name} lacks the metadata key 'language' that sherpa-onnx needs; {fix}."),
            name=name, fix=_ADD_METADATA,
        )
    normalize = meta.get("feature_normalize_type", "")
    if normalize not in SPEAKER_FEATURE_NORMALIZE[framework]:
        raise ModelFolderError(
            QT_TRANSLATE_NOOP("core", "{name}: metadata feature_normalize_type is {value!r}; sherpa-onnx's {framework} "
                              "extractor supports {supported} and stops the program on anything else."),
            name=name, value=normalize, framework=framework,
            supported=" or ".join(repr(v) for v in SPEAKER_FEATURE_NORMALIZE[framework] if v),
        )
    return SpeakerModel(path, framework, output_dim, sample_rate)


def validate_segmentation_model(path: Path) -> SegmentationModel:
    """A pyannote segmentation model as offline-speaker-segmentation-pyannote-model.cc reads it,
    and the powerset table offline-speaker-diarization-pyannote-impl.h builds from it."""
    path = Path(path)
    meta = read_onnx(path).metadata
    name = path.name
    values = {
        key: _int_key(meta, key, name, 1, fix=_ADD_METADATA)
        for key in ("sample_rate", "window_size", "receptive_field_size", "receptive_field_shift", "num_speakers")
    }
    speakers = values["num_speakers"]
    max_classes = _int_key(
        meta, "powerset_max_classes", name, min(POWERSET_MAX_CLASSES), max(POWERSET_MAX_CLASSES), fix=_ADD_METADATA
    )
    num_classes = _int_key(meta, "num_classes", name, 1, fix=_ADD_METADATA)
    # the empty set, every single speaker, and every pair when powerset_max_classes is 2
    needed = 1 + speakers + (speakers * (speakers - 1) // 2 if max_classes == 2 else 0)
    if num_classes != needed:
        raise ModelFolderError(
            QT_TRANSLATE_NOOP("core", "{name}: metadata num_classes is {value}, but {speakers} speakers with "
                              "powerset_max_classes {max_classes} make {needed} classes; sherpa-onnx would write past "
                              "its table. The metadata belongs to another model."),
            name=name, value=num_classes, speakers=speakers, max_classes=max_classes, needed=needed,
        )
    return SegmentationModel(path, values["sample_rate"], values["window_size"], speakers, num_classes)
