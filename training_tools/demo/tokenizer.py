"""SentencePiece tokenizers for SenseVoice: one learned from the zh-TW corpus, and one laid
out like the official 25,055-piece vocabulary for export tests and benchmarks."""

from __future__ import annotations

import tempfile
from pathlib import Path
from typing import Any

from tingxie.training_tools.special_tokens import SPECIAL_TOKENS, UPSTREAM_TOKEN_IDS, UPSTREAM_VOCAB_SIZE


def train_tokenizer(sentences: list[str], model_path: Path, vocab_size: int) -> Path:
    """Train a unigram model whose specials are single pieces; ``model_path`` ends in .model.

    No dummy prefix and identity normalisation: Chinese has no spaces to mark, and NFKC
    would turn the full-width punctuation a zh-TW transcript needs into ASCII.
    """
    import sentencepiece as spm

    model_path = Path(model_path)
    model_path.parent.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as tmp:
        text = Path(tmp) / "corpus.txt"
        text.write_text("\n".join(sentences) + "\n", encoding="utf-8")
        prefix = Path(tmp) / "sp"
        spm.SentencePieceTrainer.train(
            input=str(text),
            model_prefix=str(prefix),
            vocab_size=vocab_size,
            model_type="unigram",
            character_coverage=1.0,
            user_defined_symbols=list(SPECIAL_TOKENS),
            normalization_rule_name="identity",
            add_dummy_prefix=False,
            remove_extra_whitespaces=True,
            num_threads=1,
            minloglevel=2,
        )
        model_path.write_bytes(prefix.with_suffix(".model").read_bytes())
    return model_path


def upstream_layout_tokenizer(base_model: Path, model_path: Path) -> Path:
    """Re-lay a trained model into 25,055 pieces with the specials at the official ids.

    The real chn_jpn_yue_eng_ko_spectok.bpe.model cannot be had here; this keeps what matters
    to FunASR and sherpa-onnx (size, special-token ids) so exports are tested on that layout.
    """
    import importlib

    pb: Any = importlib.import_module("sentencepiece.sentencepiece_model_pb2")  # generated protobuf: no static types

    base = pb.ModelProto()
    base.ParseFromString(Path(base_model).read_bytes())
    kind = pb.ModelProto.SentencePiece.Type
    control = [p for p in base.pieces if p.type in (kind.UNKNOWN, kind.CONTROL)]
    normal = [p for p in base.pieces if p.type == kind.NORMAL]
    by_id: dict[int, tuple[str, float, int]] = {
        i: (p.piece, p.score, p.type) for i, p in enumerate(control)
    }
    by_id.update({i: (piece, 0.0, kind.USER_DEFINED) for piece, i in UPSTREAM_TOKEN_IDS.items()})
    learned = iter(normal)
    out = pb.ModelProto()
    out.CopyFrom(base)
    del out.pieces[:]
    for i in range(UPSTREAM_VOCAB_SIZE):
        if i in by_id:
            piece, score, ptype = by_id[i]
        elif (p := next(learned, None)) is not None:
            piece, score, ptype = p.piece, p.score, p.type
        else:  # never produced by encoding, only there to keep the official size
            piece, score, ptype = f"<|unused_{i}|>", 0.0, kind.USER_DEFINED
        new = out.pieces.add()
        new.piece, new.score, new.type = piece, score, ptype
    model_path = Path(model_path)
    model_path.parent.mkdir(parents=True, exist_ok=True)
    model_path.write_bytes(out.SerializeToString())
    return model_path
