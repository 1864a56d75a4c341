"""Subtitle cues shaped the way zh-TW subtitles are: short lines, readable speed, sensible breaks.

Built from character timing, so a 20 s VAD segment becomes several cues, each cut after
punctuation where it can be and between words (jieba) where it must, never inside a word unless
one word alone is too long. Every limit is an option; the defaults are the usual zh-TW ones.
A cue never spans two segments and keeps the segment it came from (for a speaker prefix).
"""

from __future__ import annotations

from dataclasses import dataclass, field

from tingxie.core.timing import uniform_chars
from tingxie.core.transcript import CharTime, Segment, Transcript
from tingxie.core.vocabulary import PAUSE_PUNCTUATION, SUBTITLE_STYLES
from tingxie.core.word_breaks import tokenizer

BROADCAST_SPACE = "\u3000"  # what ，and 。 become in the broadcast style (a full-width space)
BROADCAST_REPLACED = "，。"


@dataclass(frozen=True)
class SubtitleOptions:
    style: str = SUBTITLE_STYLES[0]
    max_line_chars: int = 16
    max_lines: int = 2
    min_duration: float = 5 / 6  # seconds
    max_duration: float = 7.0
    max_cps: float = 9.0  # characters per second a viewer can read
    min_gap: float = 0.083  # seconds between cues (two frames at 24 fps)

    def __post_init__(self) -> None:
        """Refused at the edge, with what is allowed, so no writer meets an impossible limit."""
        if self.style not in SUBTITLE_STYLES:
            raise ValueError(f"Unknown subtitle style {self.style!r}; choose {' or '.join(SUBTITLE_STYLES)}.")
        for name in ("max_line_chars", "max_lines"):
            value = getattr(self, name)
            if not (isinstance(value, int) and value >= 1):
                raise ValueError(f"Subtitle {name.replace('_', ' ')} must be a whole number of at least 1, not {value!r}.")
        for name in ("min_duration", "max_duration", "max_cps"):
            if not getattr(self, name) > 0:
                raise ValueError(f"Subtitle {name.replace('_', ' ')} must be more than 0, not {getattr(self, name)!r}.")
        if not self.min_gap >= 0:
            raise ValueError(f"Subtitle min gap must be 0 or more seconds, not {self.min_gap!r}.")
        if self.min_duration > self.max_duration:
            raise ValueError(
                f"Subtitle min duration ({self.min_duration} s) is longer than the max duration ({self.max_duration} s)."
            )

    @property
    def max_chars(self) -> int:
        return self.max_line_chars * self.max_lines


DEFAULT_SUBTITLES = SubtitleOptions()


@dataclass
class Cue:
    start: float
    end: float
    lines: list[str]
    segment: Segment  # where its text came from (speaker, tags)
    chars: list[CharTime] = field(default_factory=list)

    @property
    def text(self) -> str:
        return "\n".join(self.lines)


def displayed(chars: list[CharTime], options: SubtitleOptions) -> str:
    """The cue's text as shown: broadcast style turns ，and 。 into spaces; no space at the ends."""
    text = "".join(c.char for c in chars)
    if options.style == "broadcast":
        text = "".join(BROADCAST_SPACE if c in BROADCAST_REPLACED else c for c in text)
    return text.strip()


def reading_length(text: str) -> int:
    """Characters a viewer reads: spaces and line breaks do not count."""
    return sum(1 for c in text if not c.isspace())


def words(text: str) -> list[str]:
    """jieba's words, with punctuation and spaces glued to the word before them."""
    out: list[str] = []
    for word in tokenizer().cut(text, HMM=True):
        if out and all(c in PAUSE_PUNCTUATION or c.isspace() for c in word):
            out[-1] += word
        else:
            out.append(word)
    return out


def wrap(text: str, options: SubtitleOptions) -> list[str] | None:
    """Lines of at most max_line_chars, broken between words, nearest to equal halves; None
    when the text does not fit into max_lines lines."""
    if len(text) <= options.max_line_chars:
        return [text]
    pieces = words(text)
    best: list[str] | None = None
    best_cost = float("inf")
    for lines in _splits(pieces, options.max_lines):
        stripped = [line.strip() for line in lines]
        if all(0 < len(line) <= options.max_line_chars for line in stripped):
            cost = max(map(len, stripped)) - min(map(len, stripped))
            cost -= 4 * sum(1 for line in lines[:-1] if line.rstrip()[-1:] in PAUSE_PUNCTUATION + BROADCAST_SPACE)
            if cost < best_cost:
                best, best_cost = stripped, cost
    if best is None and len(text) <= options.max_chars:  # a word longer than a line: cut it
        n = options.max_line_chars
        best = [text[i : i + n].strip() for i in range(0, len(text), n)]
    return best


def _splits(pieces: list[str], max_lines: int):
    """Every way of cutting a word list into at most max_lines consecutive lines."""
    yield ["".join(pieces)]
    if max_lines > 1:
        for cut in range(1, len(pieces)):
            head = "".join(pieces[:cut])
            for rest in _splits(pieces[cut:], max_lines - 1):
                yield [head, *rest]


def fits(chars: list[CharTime], options: SubtitleOptions) -> bool:
    text = displayed(chars, options)
    if not text:
        return True
    if chars[-1].end - chars[0].start > options.max_duration:
        return False
    if reading_length(text) > options.max_cps * options.max_duration:
        return False
    return wrap(text, options) is not None


def segment_chars(segment: Segment) -> list[CharTime]:
    """The segment's character times, or even ones for transcripts made before they existed."""
    if segment.chars and "".join(c.char for c in segment.chars) == segment.text:
        return segment.chars
    return uniform_chars(segment.text, segment.start, segment.end)


def split_segment(segment: Segment, options: SubtitleOptions) -> list[list[CharTime]]:
    """The segment's characters cut into cue-sized runs, greedily by words; on overflow the
    cut moves back to the last punctuation when that keeps at least half a cue's worth."""
    chars = segment_chars(segment)
    units: list[list[CharTime]] = []
    position = 0
    for word in words(segment.text):
        units.append(chars[position : position + len(word)])
        position += len(word)
    runs: list[list[CharTime]] = []
    current: list[list[CharTime]] = []
    for unit in units:
        if fits([c for u in current for c in u] + unit, options):
            current.append(unit)
            continue
        if current:
            cut = _last_punctuation_cut(current, options)
            runs.append([c for u in current[:cut] for c in u])
            current = current[cut:]
        while current and not fits([c for u in current for c in u] + unit, options):
            runs.append([c for u in current for c in u])
            current = []
        if not current and not fits(unit, options):  # one word longer than a cue: cut it by characters
            runs += _cut_characters(unit, options)
        else:
            current.append(unit)
    if current:
        runs.append([c for u in current for c in u])
    return [r for r in runs if displayed(r, options)]


def _last_punctuation_cut(current: list[list[CharTime]], options: SubtitleOptions) -> int:
    total = sum(len(u) for u in current)
    taken = 0
    best = len(current)
    for k, unit in enumerate(current[:-1], 1):
        taken += len(unit)
        if unit[-1].char in PAUSE_PUNCTUATION and taken * 2 >= min(total, options.max_chars):
            best = k
    return best


def _cut_characters(unit: list[CharTime], options: SubtitleOptions) -> list[list[CharTime]]:
    out: list[list[CharTime]] = [[]]
    for char in unit:
        if out[-1] and not fits(out[-1] + [char], options):
            out.append([])
        out[-1].append(char)
    return out


def build_cues(transcript: Transcript, options: SubtitleOptions = DEFAULT_SUBTITLES) -> list[Cue]:
    """Every cue of the transcript, timed to its characters and then to the limits."""
    cues: list[Cue] = []
    for segment in transcript.segments:
        if not segment.text.strip():
            continue
        for run in split_segment(segment, options):
            spoken = [c for c in run if not c.char.isspace()]
            text = displayed(run, options)
            lines = wrap(text, options) or [text]
            cues.append(Cue(spoken[0].start, spoken[-1].end, lines, segment, run))
    _time(cues, options)
    return cues


def _time(cues: list[Cue], options: SubtitleOptions) -> None:
    """Each cue lasts at least min_duration and long enough to read at max_cps, at most
    max_duration, and ends min_gap before the next; a next cue that would come too soon waits."""
    for i, cue in enumerate(cues):
        need = max(options.min_duration, reading_length(cue.text) / options.max_cps)
        end = min(max(cue.end, cue.start + need), cue.start + options.max_duration)
        if i + 1 < len(cues):
            following = cues[i + 1]
            latest = following.start - options.min_gap
            if latest >= cue.start + need:
                end = min(end, latest)
            else:
                end = cue.start + need
                following.start = end + options.min_gap
                following.end = max(following.end, following.start)
        cue.end = end
