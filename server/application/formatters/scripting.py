"""A JavaScript engine for payload formatters: V8 through mini-racer, bounded in time and memory.

Upstream (``pkg/scripting/javascript``) runs every call in a fresh goja VM: the program runs its
top level, then the entry point is called with the input, all of it interrupted after the
script timeout (100 ms). Here:

* each program (a formatter script already wrapped by its caller) gets a V8 isolate of its
  own, made on first use and kept in a bounded LRU cache keyed by the program's SHA-256: the
  program is compiled once, into a function that runs its top level and returns its ``main``,
  and each call runs that function afresh (the top level's state does not outlive a call, as
  upstream's fresh VM). One application's script cannot see or change another's globals;
* an isolate runs on a thread of its own (mini-racer's), so the event loop never waits on a
  script: a call is awaited, and after ``timeout`` seconds it is cancelled, which terminates
  the script in V8 (``script_timeout``). Calls of one program run one at a time, each timed
  from its own start;
* each isolate has a hard heap limit; a script that reaches it is terminated
  (``script_interrupt``: upstream's goja has no memory limit, this is its error for a VM
  interrupted for another reason than the timeout);
* an isolate whose script timed out or ran out of memory is retired (closed off the loop) and
  the next call of that program gets a fresh one;
* values cross as JSON made inside the isolate with the intrinsics taken before the script
  ran; what JSON cannot say (NaN, ±Infinity, functions, symbols, BigInts) crosses as markers,
  so that the caller can judge the output as upstream's export does. Typed arrays become arrays.

A script that throws (or does not compile) fails with ``script`` and the exception's text,
followed, when V8 knows it, by the place where it was thrown in upstream's form
(``at decodeUplink (<eval>:4:9)``, lines counted in the wrapped program).
"""

from __future__ import annotations

import asyncio
import hashlib
import json
import logging
import math
from collections import OrderedDict
from typing import Any

import orjson

from ...errors import Namespace

__all__ = [
    "ScriptEngine", "ScriptOutputError", "Marker", "NAN_MARKERS",
    "ERR_SCRIPT_TIMEOUT", "ERR_SCRIPT_INTERRUPT", "ERR_SCRIPT", "ERR_NO_SCRIPT_OUTPUT", "ERR_RUNTIME",
    "DEFAULT_TIMEOUT", "DEFAULT_MAX_MEMORY", "DEFAULT_MAX_ISOLATES",
]

log = logging.getLogger("ttsl.formatters")

_errors = Namespace("pkg/scripting/javascript")
ERR_SCRIPT_TIMEOUT = _errors.deadline_exceeded("script_timeout", "script timeout")
ERR_SCRIPT_INTERRUPT = _errors.aborted("script_interrupt", "script interrupt")
ERR_SCRIPT = _errors.aborted("script", "{message}")
ERR_NO_SCRIPT_OUTPUT = _errors.aborted("no_script_output", "no script output")
ERR_RUNTIME = _errors.aborted("runtime", "{message}")
ERR_ENTRYPOINT_NOT_FOUND = _errors.not_found("entrypoint_not_found", "entrypoint `{entrypoint}` not found")

# Upstream's scripting.DefaultOptions.Timeout.
DEFAULT_TIMEOUT = 0.1
# Heap of one isolate (V8 itself takes about 1 MiB of it); a formatter needs far less.
DEFAULT_MAX_MEMORY = 32 << 20
# Isolates kept (about 3 MiB of memory each when idle).
DEFAULT_MAX_ISOLATES = 64
# Setting up an isolate (compiling the program) is not the script's time, but is bounded too.
_SETUP_TIMEOUT = 2.0


class ScriptOutputError(Exception):
    """The script's value could not be brought out of the isolate (a cyclic object, say):
    upstream's export failure, which its callers report as ``output`` with a ``runtime`` cause."""


class Marker:
    """A value JSON cannot carry, other than NaN and ±Infinity (which come back as floats):
    ``kind`` is ``function``, ``symbol`` or ``bigint`` (``text`` its digits)."""

    __slots__ = ("kind", "text")

    def __init__(self, kind: str, text: str = "") -> None:
        self.kind = kind
        self.text = text

    def __repr__(self) -> str:
        return f"<Marker {self.kind} {self.text}>"


NAN_MARKERS = {"NaN": math.nan, "Infinity": math.inf, "-Infinity": -math.inf}
_MARK = "\u0000ttsl"

# Set up once per isolate, before the program: intrinsics are taken before any user code runs,
# and the entry point cannot be replaced by the script.
_HARNESS = r"""
(function (source) {
  'use strict';
  var stringify = JSON.stringify, parse = JSON.parse, isView = ArrayBuffer.isView;
  var arrayFrom = Array.from, toText = String, defineProperty = Object.defineProperty;
  var exec = RegExp.prototype.exec, call = Function.prototype.call;
  var MARK = '\u0000ttsl';
  var FRAME = /^\s*at (?:(\S+) )?\(?eval at [^\n]*?<anonymous>:(\d+):(\d+)\)?$/m;
  function mark(kind, text) { var m = {}; m[MARK] = [kind, text]; return m; }
  function replacer(key, value) {
    switch (typeof value) {
      case 'number':
        return (value === value && value !== Infinity && value !== -Infinity) ? value : mark('number', toText(value));
      case 'undefined': return null;
      case 'function': return mark('function', '');
      case 'symbol': return mark('symbol', '');
      case 'bigint': return mark('bigint', toText(value));
    }
    if (value !== null && typeof value === 'object' && isView(value) && !(value instanceof DataView)) {
      return arrayFrom(value);
    }
    return value;
  }
  function describe(e) {
    var text;
    try { text = toText(e); } catch (_) { text = 'exception'; }
    try {
      var stack = e !== null && typeof e === 'object' ? e.stack : undefined;
      if (typeof stack === 'string') {
        var m = call.call(exec, FRAME, stack);
        if (m) text += ' at ' + (m[1] || '<anonymous>') + ' (<eval>:' + (m[2] - 2) + ':' + m[3] + ')';
      }
    } catch (_) {}
    return text;
  }
  var factory, failure;
  try { factory = new Function(source); } catch (e) { failure = describe(e); }
  defineProperty(globalThis, '__ttsl_run', {
    value: function (input) {
      if (failure !== undefined) return stringify({t: failure});
      var result;
      try {
        var main = factory();
        if (typeof main !== 'function') return stringify({n: 'main'});
        result = main(parse(input));
      } catch (e) {
        return stringify({t: describe(e)});
      }
      try {
        return stringify({r: result === undefined ? null : result}, replacer);
      } catch (e) {
        return stringify({x: describe(e)});
      }
    },
    writable: false, configurable: false, enumerable: false,
  });
})(%s);
setTimeout = undefined; clearTimeout = undefined;
"""


class _Isolate:
    """One program's V8 isolate. Its lock is held for the whole of each call."""

    def __init__(self, key: str, program: str) -> None:
        self.key = key
        self.program = program
        self.lock = asyncio.Lock()
        self.racer: Any = None
        self._maker: Any = None
        self.ready = False
        self.retired = False

    async def setup(self, max_memory: int) -> None:
        from py_mini_racer import mini_racer

        loop = asyncio.get_running_loop()

        def make() -> None:
            # Off the loop (V8 starts a thread and sets up a context); the racer answers on the
            # loop, which is free meanwhile.
            maker = mini_racer(event_loop=loop)
            racer = maker.__enter__()
            racer.set_hard_memory_limit(max_memory)
            self._maker, self.racer = maker, racer

        await loop.run_in_executor(None, make)
        await asyncio.wait_for(
            self.racer.eval_cancelable(_HARNESS % json.dumps(self.program)), timeout=_SETUP_TIMEOUT
        )
        self.ready = True

    async def call(self, input_json: str, timeout: float) -> Any:
        code = f"__ttsl_run({json.dumps(input_json)})"
        return await asyncio.wait_for(self.racer.eval_cancelable(code), timeout=timeout)

    def close(self) -> None:
        """Free the isolate (blocking: call it off the loop)."""
        maker, self._maker, self.racer = self._maker, None, None
        if maker is not None:
            maker.__exit__(None, None, None)


class ScriptEngine:
    """Runs wrapped formatter programs; see the module documentation."""

    def __init__(
        self, *, timeout: float = DEFAULT_TIMEOUT, max_memory: int = DEFAULT_MAX_MEMORY,
        max_isolates: int = DEFAULT_MAX_ISOLATES,
    ) -> None:
        self.timeout = timeout
        self.max_memory = max_memory
        self.max_isolates = max_isolates
        self._isolates: OrderedDict[str, _Isolate] = OrderedDict()
        self._closing: set[asyncio.Task] = set()
        self._loop: asyncio.AbstractEventLoop | None = None

    @staticmethod
    def key(program: str) -> str:
        return hashlib.sha256(program.encode("utf-8", "surrogatepass")).hexdigest()

    @property
    def isolates(self) -> int:
        """How many isolates are kept now."""
        return len(self._isolates)

    async def run(self, program: str, input: Any) -> Any:
        """Run ``main(input)`` of ``program`` (whose top level defines ``main``); its value,
        JSON-decoded with :class:`Marker` objects where JSON has no word (None for null and
        undefined). Raises the upstream errors named in the module documentation, and
        :class:`ScriptOutputError` when the value cannot be brought out."""
        input_json = orjson.dumps(input).decode()
        self._check_loop()
        key = self.key(program)
        while True:
            isolate = self._isolates.get(key)
            if isolate is None:
                isolate = self._isolates[key] = _Isolate(key, program)
                self._evict()
            else:
                self._isolates.move_to_end(key)
            async with isolate.lock:
                if isolate.retired:
                    continue
                if not isolate.ready:
                    try:
                        await isolate.setup(self.max_memory)
                    except BaseException:
                        self._retire(isolate)
                        raise
                return self._outcome(await self._call(isolate, input_json))

    async def _call(self, isolate: _Isolate, input_json: str) -> str:
        from py_mini_racer import JSEvalException, JSOOMException

        try:
            text = await isolate.call(input_json, self.timeout)
        except asyncio.TimeoutError:
            self._retire(isolate)
            raise ERR_SCRIPT_TIMEOUT() from None
        except JSOOMException:
            self._retire(isolate)
            raise ERR_SCRIPT_INTERRUPT() from None
        except JSEvalException as exc:  # not thrown by the script (caught in the harness)
            self._retire(isolate)
            raise ERR_RUNTIME(message=_first_line(str(exc))) from None
        except asyncio.CancelledError:  # the caller went away: the script was terminated
            self._retire(isolate)
            raise
        if not isinstance(text, str):
            raise ERR_RUNTIME(message="runtime error")
        return text

    @staticmethod
    def _outcome(text: str) -> Any:
        try:
            envelope = orjson.loads(text)
            if "r" in envelope:
                return _restore(envelope["r"])
        except (orjson.JSONDecodeError, RecursionError):  # nested deeper than we read
            raise ScriptOutputError("output nested too deeply") from None
        if "t" in envelope:
            raise ERR_SCRIPT(message=envelope["t"])
        if "n" in envelope:
            raise ERR_ENTRYPOINT_NOT_FOUND(entrypoint=envelope["n"])
        raise ScriptOutputError(_first_line(envelope.get("x", "")))

    # Isolates -----------------------------------------------------------------------------------
    def _check_loop(self) -> None:
        """Isolates answer on the loop that made them: a new loop (tests) starts afresh."""
        loop = asyncio.get_running_loop()
        if self._loop is not loop:
            if self._loop is not None:
                for isolate in list(self._isolates.values()):
                    isolate.retired = True
                    isolate.close()
                self._isolates.clear()
            self._loop = loop

    def _evict(self) -> None:
        while len(self._isolates) > self.max_isolates:
            _, oldest = self._isolates.popitem(last=False)
            self._retire(oldest)

    def _retire(self, isolate: _Isolate) -> None:
        """Take the isolate out of use and close it once its current call (if any) is over."""
        if isolate.retired:
            return
        isolate.retired = True
        if self._isolates.get(isolate.key) is isolate:
            del self._isolates[isolate.key]
        task = asyncio.get_running_loop().create_task(self._close(isolate))
        self._closing.add(task)
        task.add_done_callback(self._closing.discard)

    @staticmethod
    async def _close(isolate: _Isolate) -> None:
        async with isolate.lock:
            try:
                await asyncio.get_running_loop().run_in_executor(None, isolate.close)
            except Exception:  # pragma: no cover - nothing to tell a caller
                log.exception("closing a script isolate failed")

    async def close(self) -> None:
        """Close every isolate (at shutdown)."""
        for isolate in list(self._isolates.values()):
            self._retire(isolate)
        if self._closing:
            await asyncio.gather(*self._closing, return_exceptions=True)


def _first_line(text: str) -> str:
    return text.strip().splitlines()[0] if text.strip() else "runtime error"


def _restore(value: Any) -> Any:
    """Markers (objects with the one key ``\\0ttsl``) back as floats or :class:`Marker`."""
    if isinstance(value, dict):
        if len(value) == 1 and _MARK in value:
            kind, text = value[_MARK]
            if kind == "number":
                return NAN_MARKERS[text]
            return Marker(kind, text)
        return {k: _restore(v) for k, v in value.items()}
    if isinstance(value, list):
        return [_restore(v) for v in value]
    return value
