"""The index build's second process: it reads, checks and makes the rows of a large user file
while the building process writes them into SQLite, so the two halves of a build run on two cores.

index.build uses it for user files of index.PIPELINE_MIN_BYTES or more, where os.fork exists and
two CPUs can be used (HEALTHQ_BUILD_PROCESSES=1 turns it off); nothing else imports it. The child
runs index._file_rows, the same generator the building process runs otherwise, and sends each of
its messages through a pipe, so the rows written are the same either way. A problem in the file
is sent as its message and raised in the parent as the DataError it would have been there; any
other end of the child (killed, out of memory, a bug) is ChildFailed, and the parent indexes the
file again itself.

The child is forked (no new interpreter to start: it shares the parent's memory until either
writes). It ignores SIGINT: Ctrl-C at a terminal reaches the whole process group, and the parent,
which handles it, ends the child (SIGKILL) and waits for it before the interrupt goes further. It
keeps no descriptor of the parent's but its end of the pipe: not the build lock (which would stay
held if the parent were killed), not the index file, not stdout or stderr (/dev/null instead). If
the parent is killed, the child's next write fails and it exits. Messages are marshal data (the
same interpreter at both ends), each after its length in 8 bytes.
"""

from __future__ import annotations

import marshal
import os
import signal
import sys

from .errors import DataError

_LENGTH = 8  # bytes before each message: its length
_PIPE_BYTES = 1 << 20  # a larger pipe buffer (Linux): fewer switches between the two processes


class ChildFailed(Exception):
    """The second process ended without finishing its file, for a reason other than the file's problems."""


def usable() -> bool:
    """True when a second process can help: fork exists, two CPUs are usable, no other thread runs."""
    if os.environ.get("HEALTHQ_BUILD_PROCESSES") == "1" or not hasattr(os, "fork"):
        return False
    try:
        cpus = len(os.sched_getaffinity(0))
    except (AttributeError, OSError):
        cpus = os.cpu_count() or 1
    if cpus < 2:
        return False
    threading = sys.modules.get("threading")  # forking while another thread holds a lock is unsafe
    return threading is None or threading.active_count() == 1


def start(produce, args: tuple) -> Child | None:
    """A second process running produce(*args), or None when one cannot be used (build in this one)."""
    if not usable():
        return None
    try:
        return Child(produce, args)
    except OSError:  # no process or pipe to be had: build in this one
        return None


class Child:
    """The second process and the reading end of its pipe; iterate for its messages, then close()."""

    def __init__(self, produce, args: tuple):
        self.pid: int | None = None
        self._pipe = None
        self._ended = False
        read, write = os.pipe()
        try:
            _widen(write)
            mask = signal.pthread_sigmask(signal.SIG_BLOCK, {signal.SIGINT}) if hasattr(signal, "pthread_sigmask") else None
            try:
                pid = os.fork()
                if pid == 0:
                    _child(read, write, produce, args, mask)  # never returns
                self.pid = pid
            finally:
                if mask is not None:  # a Ctrl-C that came meanwhile is raised here, in the parent only
                    signal.pthread_sigmask(signal.SIG_SETMASK, mask)
            os.close(write)
            write = None
            self._pipe = open(read, "rb", buffering=0)
        except BaseException:
            if write is not None:
                os.close(write)
            if self._pipe is None:
                os.close(read)
            self.close()
            raise

    def __iter__(self):
        while True:
            head = self._read(_LENGTH)
            body = self._read(int.from_bytes(head, "little")) if head is not None else None
            if body is None:
                raise ChildFailed(f"the second process ended early ({self._status()})")
            message = marshal.loads(body)
            del body
            if message[0] == "error":  # the file's own problem, as the build in one process raises it
                self._ended = True
                raise DataError(message[1], line=message[2])
            yield message
            if message[0] == "end":
                self._ended = True
                return

    def _read(self, n: int) -> bytearray | None:
        buf = bytearray(n)
        view = memoryview(buf)
        got = 0
        while got < n:
            k = self._pipe.readinto(view[got:])
            if not k:
                return None
            got += k
        return buf

    def _status(self) -> str:
        pid, self.pid = self.pid, None
        try:
            _pid, status = os.waitpid(pid, 0)
        except ChildProcessError:
            return "not found"
        if os.WIFSIGNALED(status):
            return f"signal {os.WTERMSIG(status)}"
        return f"exit status {os.waitstatus_to_exitcode(status)}"

    def close(self) -> None:
        """End the child (unless it has sent its last message) and wait for it: it never outlives the build."""
        if self.pid is not None:
            if not self._ended:
                try:
                    os.kill(self.pid, signal.SIGKILL)
                except OSError:
                    pass
            try:
                os.waitpid(self.pid, 0)
            except ChildProcessError:
                pass
            self.pid = None
        if self._pipe is not None:
            self._pipe.close()
            self._pipe = None


def _widen(fd: int) -> None:
    try:
        import fcntl

        fcntl.fcntl(fd, fcntl.F_SETPIPE_SZ, _PIPE_BYTES)
    except (ImportError, AttributeError, OSError):
        pass


def _child(read: int, write: int, produce, args: tuple, mask) -> None:
    """The second process: send produce(*args)'s messages, then exit without running any of the
    parent's clean-up (os._exit: no atexit, no buffers flushed twice, no finally of the caller)."""
    code = 1
    try:
        signal.signal(signal.SIGINT, signal.SIG_IGN)  # discards a pending Ctrl-C too
        if mask is not None:
            signal.pthread_sigmask(signal.SIG_SETMASK, mask)
        os.close(read)
        null = os.open(os.devnull, os.O_RDWR)
        for fd in (0, 1, 2):
            os.dup2(null, fd)
        try:
            top = os.sysconf("SC_OPEN_MAX")
        except (AttributeError, ValueError, OSError):
            top = 1 << 16
        os.closerange(3, write)
        os.closerange(write + 1, max(top, write + 2))
        try:
            for message in produce(*args):
                _send(write, message)
        except DataError as exc:
            _send(write, ("error", str(exc), exc.line))
        code = 0
    finally:
        os._exit(code)


def _send(fd: int, message) -> None:
    data = marshal.dumps(message)
    view = memoryview(data)
    _write_all(fd, len(data).to_bytes(_LENGTH, "little"))
    _write_all(fd, view)


def _write_all(fd: int, data) -> None:
    view = memoryview(data)
    while view:
        view = view[os.write(fd, view):]
