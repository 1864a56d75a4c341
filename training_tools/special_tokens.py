"""SenseVoice's special tokens and the two id spaces they live in.

SenseVoice uses each tag twice: as a *token id* (a row of the vocabulary, what the CTC head
predicts and what training targets hold) and, for language and text-normalisation prompts,
as an index into the model's small ``embed`` table (what the ONNX inputs ``language`` and
``text_norm`` take, and what sherpa-onnx reads from the ``lang_*`` / ``with_itn`` metadata).
FunASR hard-codes the token ids of the official 25,055-piece vocabulary; a model with its own
tokenizer must take them from that tokenizer instead.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping

from tingxie.core.vocabulary import EMOTIONS, EVENTS, tag
from tingxie.core.vocabulary import MODEL_LANGUAGES as LANGUAGES

TEXT_NORMS = ("withitn", "woitn")


SPECIAL_TOKENS: tuple[str, ...] = tuple(
    tag(n) for n in (*LANGUAGES, *EMOTIONS, *EVENTS, *TEXT_NORMS)
)

# Indices into SenseVoiceSmall.embed (the same for every vocabulary).
EMBED_LANGUAGE = {"auto": 0, "zh": 3, "en": 4, "yue": 7, "ja": 11, "ko": 12, "nospeech": 13}
EMBED_TEXT_NORM = {"withitn": 14, "woitn": 15}

# Token ids of the official vocabulary. Languages, emotions and ITN are the ids FunASR's
# SenseVoiceSmall hard-codes; the event ids are not in FunASR's source and are placed in the
# free slots between <|nospeech|> and <|HAPPY|> (nothing downstream depends on them).
UPSTREAM_VOCAB_SIZE = 25055
UPSTREAM_TOKEN_IDS: dict[str, int] = {
    "<|zh|>": 24884, "<|en|>": 24885, "<|yue|>": 24888, "<|ja|>": 24892, "<|ko|>": 24896,
    "<|nospeech|>": 24992,
    **{tag(e): 24993 + i for i, e in enumerate(EVENTS[:8])},
    "<|Event_UNK|>": 25008,
    "<|HAPPY|>": 25001, "<|SAD|>": 25002, "<|ANGRY|>": 25003, "<|NEUTRAL|>": 25004,
    "<|FEARFUL|>": 25005, "<|DISGUSTED|>": 25006, "<|SURPRISED|>": 25007,
    "<|EMO_UNKNOWN|>": 25009,
    "<|withitn|>": 25016, "<|woitn|>": 25017,
}


def prompt_maps(piece_to_id: Callable[[str], int]) -> tuple[dict[int, int], dict[int, int]]:
    """Token id -> embed index maps (FunASR's lid_int_dict / textnorm_int_dict) for a tokenizer."""
    lid = {_must_id(piece_to_id, tag(lang)): EMBED_LANGUAGE[lang] for lang in LANGUAGES}
    norm = {_must_id(piece_to_id, tag(n)): EMBED_TEXT_NORM[n] for n in TEXT_NORMS}
    return lid, norm


def missing_special_tokens(vocab: Mapping[str, int]) -> list[str]:
    return [t for t in SPECIAL_TOKENS if t not in vocab]


def _must_id(piece_to_id: Callable[[str], int], piece: str) -> int:
    token_id = piece_to_id(piece)
    if token_id is None or token_id <= 0:
        raise ValueError(
            f"The tokenizer has no piece {piece!r}; a SenseVoice tokenizer needs all 25 special "
            "tokens as user-defined symbols."
        )
    return int(token_id)
