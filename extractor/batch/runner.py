"""Run extraction over many articles: in-process, on worker processes, or on a Dask cluster.

Tasks are grouped into chunks; at most `window` chunks are in flight at once and results are
written in input order, so memory stays flat and the output is deterministic whatever the
executor. Each worker loads its pipelines once (the cache in `extractor.pipeline.get_nlp`).
"""

from __future__ import annotations

import json
import sys
from collections import deque
from collections.abc import Callable, Iterator, Sequence
from concurrent.futures import Future, ProcessPoolExecutor
from dataclasses import dataclass, field
from itertools import islice
from pathlib import Path
from typing import Any

from ..errors import ExtractorError, UsageError
from ..record import ErrorRecord
from .output import JsonlWriter, completed_ids, repair_tail
from .tasks import Task, count_tasks, iter_tasks

__all__ = ["BatchOptions", "BatchSummary", "process_chunk", "run_batch"]

_PEEK = 120


@dataclass(frozen=True, slots=True)
class BatchOptions:
    lang: str | None = None
    published: str | None = None
    model: str | None = None
    batch_size: int = 16


@dataclass(slots=True)
class BatchSummary:
    total: int = 0
    ok: int = 0
    failed: int = 0
    skipped: int = 0
    failures: list[tuple[str, str]] = field(default_factory=list)  # first few (id, reason)

    def line(self) -> str:
        return f"{self.total} articles: {self.ok} extracted, {self.failed} failed" + (
            f", {self.skipped} skipped (already done)" if self.skipped else ""
        )


def _article(task: Task, options: BatchOptions) -> Any:
    from ..ingest import article_from_mapping, load_article

    if task.row is not None:
        article = article_from_mapping(
            task.row, lang=options.lang, published=options.published, what=task.id
        )
        article.id = task.id
        return article
    assert task.path is not None
    article = load_article(task.path, lang=options.lang, published=options.published)
    article.id = task.id
    return article


def process_chunk(tasks: Sequence[Task], options: BatchOptions) -> list[str]:
    """JSON lines for a chunk of tasks, in order; runs wherever the chunk is sent."""
    from ..api import extract_articles

    lines: list[str | None] = [None] * len(tasks)
    articles = []
    positions = []
    for i, task in enumerate(tasks):
        if task.error is not None:
            lines[i] = ErrorRecord(id=task.id, error=task.error).model_dump_json()
            continue
        try:
            articles.append(_article(task, options))
            positions.append(i)
        except ExtractorError as exc:
            lines[i] = ErrorRecord(id=task.id, path=task.path, error=str(exc)).model_dump_json()
        except Exception as exc:  # noqa: BLE001 - a bad article must not stop the run
            reason = f"{type(exc).__name__}: {exc}"
            lines[i] = ErrorRecord(id=task.id, path=task.path, error=reason).model_dump_json()
    results = extract_articles(articles, model=options.model, batch_size=options.batch_size)
    for i, result in zip(positions, results, strict=True):
        lines[i] = result.model_dump_json()
    return [line for line in lines if line is not None]


def _chunks(tasks: Iterator[Task], size: int) -> Iterator[list[Task]]:
    while chunk := list(islice(tasks, size)):
        yield chunk


Submit = Callable[[list[Task]], "Future[list[str]] | Any"]


def _ordered(chunks: Iterator[list[Task]], submit: Submit, window: int) -> Iterator[list[str]]:
    """Keep at most `window` chunks in flight; yield their results in submission order."""
    pending: deque[Any] = deque()
    for chunk in chunks:
        pending.append(submit(chunk))
        if len(pending) >= window:
            yield pending.popleft().result()
    while pending:
        yield pending.popleft().result()


class _Done:
    """Resolved immediately: the in-process executor's stand-in for a future."""

    def __init__(self, value: list[str]) -> None:
        self._value = value

    def result(self) -> list[str]:
        return self._value


def _warm(options: BatchOptions) -> None:
    # Load pipelines before the first chunk so workers start together.
    from ..lang import supported_languages
    from ..pipeline import get_nlp

    for lang in (options.lang,) if options.lang else supported_languages():
        get_nlp(lang, options.model)


def run_batch(
    inputs: Sequence[str],
    output: Path | None,
    *,
    options: BatchOptions | None = None,
    workers: int = 1,
    dask: str | None = None,
    resume: bool = False,
    chunk_size: int = 16,
    progress: bool | None = None,
    on_record: Callable[[dict[str, Any]], None] | None = None,
) -> BatchSummary:
    """Extract every article of `inputs` into JSON Lines at `output` (stdout when None).

    progress None shows a bar only when stderr is a terminal. on_record receives every record
    (as a dict) in output order, e.g. to build the corpus entity registry.
    """
    options = options or BatchOptions()
    if workers < 1:
        raise UsageError("--workers must be at least 1")
    if resume and output is None:
        raise UsageError("--resume needs an output file (-o)")
    summary = BatchSummary()
    done: set[str] = set()
    if resume and output is not None:
        repair_tail(output)
        done = completed_ids(output)

    show = sys.stderr.isatty() if progress is None else progress
    bar = None
    if show:
        from tqdm import tqdm

        bar = tqdm(total=count_tasks(inputs), unit="article", file=sys.stderr, smoothing=0.05)

    def todo() -> Iterator[Task]:
        for task in iter_tasks(inputs):
            if task.id in done:
                summary.skipped += 1
                if bar is not None:
                    bar.update(1)
                continue
            yield task

    writer = JsonlWriter(output, append=resume)
    executor: Any = None
    client: Any = None
    cluster: Any = None
    try:
        if dask is not None:
            from distributed import Client, LocalCluster

            if dask == "local":
                cluster = LocalCluster(
                    n_workers=workers, threads_per_worker=1, processes=True, dashboard_address=None
                )
                client = Client(cluster)
            else:
                try:
                    client = Client(dask)
                except OSError as exc:  # distributed's connection timeout is an OSError
                    raise UsageError(f"--dask {dask}: cannot connect ({exc})") from None
            client.run(_warm, options)

            def submit(chunk: list[Task]) -> Any:
                return client.submit(process_chunk, chunk, options, pure=False)

            window = 2 * max(len(client.scheduler_info()["workers"]), 1)
        elif workers > 1:
            executor = ProcessPoolExecutor(
                max_workers=workers, initializer=_warm, initargs=(options,)
            )

            def submit(chunk: list[Task]) -> Any:
                return executor.submit(process_chunk, chunk, options)

            window = 2 * workers
        else:

            def submit(chunk: list[Task]) -> Any:
                return _Done(process_chunk(chunk, options))

            window = 1

        for lines in _ordered(_chunks(todo(), chunk_size), submit, window):
            writer.write_lines(lines)
            for line in lines:
                summary.total += 1
                # Records name their source right after the two version fields; error records
                # have none. Peeking avoids parsing every (large) record a second time.
                if '"source":' not in line[:_PEEK]:
                    data = json.loads(line)
                    summary.failed += 1
                    if len(summary.failures) < 20:
                        summary.failures.append((data["id"], data["error"]))
                    continue
                summary.ok += 1
                if on_record is not None:
                    on_record(json.loads(line))
            if bar is not None:
                bar.update(len(lines))
    finally:
        writer.close()
        if bar is not None:
            bar.close()
        if executor is not None:
            executor.shutdown(cancel_futures=True)
        if client is not None:
            client.close()
        if cluster is not None:
            cluster.close()
    summary.total += summary.skipped
    return summary
