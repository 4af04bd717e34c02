"""Batch extraction: streaming, parallel, resumable, and distributed on Dask."""

from .runner import BatchOptions, BatchSummary, process_chunk, run_batch
from .tasks import Task, count_tasks, iter_tasks

__all__ = [
    "BatchOptions",
    "BatchSummary",
    "Task",
    "count_tasks",
    "iter_tasks",
    "process_chunk",
    "run_batch",
]
