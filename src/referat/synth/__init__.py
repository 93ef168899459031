"""Synthetic minutes of fictional municipalities, in the layouts the parser reads, at any size.

Used by ``referat demo`` and the benchmarks, and by the tests as a parser oracle: the
generator knows what it printed (``with_truth=True`` gives the :class:`referat.model.Meeting`
a perfect parser would read back). Deterministic for a seed; documents are streamed, so a
million agenda items need no more memory than ten.

    for name, data in iter_minutes(1000, seed=1):
        ...
    generate_corpus(Path("out"), 100_000, formats=("text", "html"))

Cases recur across meetings and bodies under one case number, with their course printed as
real minutes do; the calendar runs month by month (no meetings in July) over a span and a
number of municipalities that grow with the corpus (see :func:`referat.synth.corpus_plan.plan`).
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Literal, overload

from referat.model import Meeting

from .content import MUNICIPALITIES as _MUNICIPALITIES
from .corpus_plan import plan
from .municipalities import FORMATS, fictional_names
from .render import render
from .specs import MeetingSpec
from .truth import meeting_truth
from .world import World

__all__ = ["FORMATS", "MUNICIPALITIES", "fictional_names", "generate_corpus", "iter_meetings", "iter_minutes",
           "plan"]

#: The eight hand-named fictional municipalities: (name, code, town-hall town).
MUNICIPALITIES: tuple[tuple[str, int, str], ...] = tuple((name, code, town)
                                                         for name, code, town, *_ in _MUNICIPALITIES)


def _formats(formats: Iterable[str] | str) -> tuple[str, ...]:
    if isinstance(formats, str):
        formats = [f.strip() for f in formats.split(",") if f.strip()]
    return tuple(formats)


def iter_meetings(items: int, seed: int = 0, formats: Iterable[str] | str = FORMATS) -> Iterator[MeetingSpec]:
    """The meetings of the corpus as specifications, before they are printed."""
    return World(items, seed, _formats(formats)).meetings()


@overload
def iter_minutes(items: int, seed: int = ..., formats: Iterable[str] | str = ...,
                 with_truth: Literal[False] = ...) -> Iterator[tuple[str, bytes]]: ...


@overload
def iter_minutes(items: int, seed: int = ..., formats: Iterable[str] | str = ...,
                 with_truth: Literal[True] = ...) -> Iterator[tuple[str, bytes, Meeting]]: ...


def iter_minutes(items: int, seed: int = 0, formats: Iterable[str] | str = FORMATS,
                 with_truth: bool = False) -> Iterator[tuple[str, bytes]] | Iterator[tuple[str, bytes, Meeting]]:
    """(relative file name, document bytes) of minutes holding ``items`` agenda items in all.

    ``formats`` chooses among ``text``, ``markdown`` and ``html`` (each municipality keeps one);
    with ``with_truth`` each tuple also holds the Meeting the parser should read back.
    """
    if with_truth:
        return ((spec.path, render(spec), meeting_truth(spec)) for spec in iter_meetings(items, seed, formats))
    return ((spec.path, render(spec)) for spec in iter_meetings(items, seed, formats))


def generate_corpus(out_dir: Path | str, items: int, seed: int = 0,
                    formats: Iterable[str] | str = FORMATS) -> list[Path]:
    """Write the corpus under ``out_dir`` (one folder per municipality and body); the files written."""
    root = Path(out_dir)
    written: list[Path] = []
    made: set[Path] = set()
    for name, data in iter_minutes(items, seed, formats):
        path = root / name
        if path.parent not in made:
            path.parent.mkdir(parents=True, exist_ok=True)
            made.add(path.parent)
        path.write_bytes(data)
        written.append(path)
    return written
