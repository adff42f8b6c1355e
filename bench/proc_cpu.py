"""CPU time of processes read from Linux /proc: the server-side CPU figures of the sync
benchmarks (`client_sync`, `incremental`, `server_sync`). /proc counts in clock ticks
(10 ms on most kernels), so a figure over a few milliseconds of work is coarse."""

from __future__ import annotations

import os


def _stat(pid: int) -> list[str] | None:
    """The fields of /proc/<pid>/stat after the command name (so field 1 is the parent's
    pid, 11 and 12 user and system ticks), or None for a process that is gone."""
    try:
        with open(f"/proc/{pid}/stat", encoding="ascii", errors="replace") as f:
            return f.read().rsplit(")", 1)[1].split()
    except OSError:
        return None


def cpu_seconds(pids) -> float:
    """User + system CPU seconds so far of the processes `pids` together (a process that
    is gone counts nothing)."""
    ticks = 0
    for pid in pids:
        fields = _stat(pid)
        if fields is not None:
            ticks += int(fields[11]) + int(fields[12])
    return ticks / os.sysconf("SC_CLK_TCK")


def all_pids() -> list[int]:
    """Every process of this machine (none where there is no /proc)."""
    return [int(p) for p in os.listdir("/proc") if p.isdigit()] if os.path.isdir("/proc") else []


def process_tree(root: int) -> list[int]:
    """`root` and every process descended from it (children, their children, ...)."""
    children: dict[int, list[int]] = {}
    for pid in all_pids():
        fields = _stat(pid)
        if fields is not None:
            children.setdefault(int(fields[1]), []).append(pid)
    out, todo = [], [root]
    while todo:
        pid = todo.pop()
        out.append(pid)
        todo += children.get(pid, [])
    return out


def tree_cpu_seconds(root: int) -> float:
    """CPU seconds so far of the process `root` and all its descendants (a server and its
    worker processes); NaN when `root` itself cannot be read (gone, or no /proc)."""
    if _stat(root) is None:
        return float("nan")
    return cpu_seconds(process_tree(root))
