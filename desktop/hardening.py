"""Process hardening at start-up, for the whole process (issue 16).

SQLCipher's ``cipher_memory_security`` wipes only SQLite's own allocations; the same
plaintext also lives in Python strings and Qt widgets. Baken protects the whole process
instead, as KeePassXC does at start-up (``Bootstrap::disableCoreDumps``):

- no core dumps: ``RLIMIT_CORE`` 0 (Linux, macOS);
- Linux: ``prctl(PR_SET_DUMPABLE, 0)``: other processes of the same user can neither attach
  (ptrace) nor read ``/proc/<pid>/mem``, and no core dump is written;
- macOS: ``ptrace(PT_DENY_ATTACH)`` in the bundled app only (``sys.frozen``; in a developer
  run it would stop debuggers and the test tools);
- Windows: a process DACL that grants other processes only the rights that cannot read
  memory (no ``PROCESS_VM_READ``, which also keeps crash-dump tools out), and
  ``SetDllDirectoryW("")`` so DLLs are not searched in the current folder.

Every step reports ``"on"``/``"off"``-style text and never raises: a failing step must not
stop Baken from starting. ``apply()`` is idempotent; ``report()`` is what ``baken info``
shows. No QtWidgets here (desktop layer).
"""

from __future__ import annotations

import contextlib
import ctypes
import os
import sys
from typing import Any

_applied: dict[str, Any] | None = None

PR_SET_DUMPABLE = 4
PR_GET_DUMPABLE = 3
PT_DENY_ATTACH = 31


def _platform() -> str:
    return str(sys.platform)  # through a function: mypy would narrow sys.platform


def _libc() -> Any:
    # dlopen(NULL): the C library is already loaded into every process. (Not
    # ctypes.util.find_library, which runs ldconfig/gcc in a subprocess: slow at start-up.)
    return ctypes.CDLL(None, use_errno=True)


# -- POSIX -----------------------------------------------------------------------------------
def disable_core_dumps() -> str:
    """RLIMIT_CORE soft and hard limit 0. Returns "off" (no core dumps) or why not."""
    if os.name != "posix":
        return "n.v.t."
    try:
        import resource

        resource.setrlimit(resource.RLIMIT_CORE, (0, 0))
        soft, hard = resource.getrlimit(resource.RLIMIT_CORE)
    except (ImportError, OSError, ValueError) as exc:
        return f"mislukt: {type(exc).__name__}"
    return "off" if soft == 0 and hard == 0 else f"mislukt: limiet {soft}/{hard}"


def set_not_dumpable() -> bool | None:
    """Linux: PR_SET_DUMPABLE 0. True when in force, False when it failed, None elsewhere."""
    if not _platform().startswith("linux"):
        return None
    try:
        libc = _libc()
        libc.prctl.restype = ctypes.c_int
        if libc.prctl(PR_SET_DUMPABLE, 0, 0, 0, 0) != 0:
            return False
        return int(libc.prctl(PR_GET_DUMPABLE, 0, 0, 0, 0)) == 0
    except (OSError, AttributeError):
        return False


def is_dumpable() -> bool | None:
    """Linux: the current PR_GET_DUMPABLE value (None elsewhere or unknown)."""
    if not _platform().startswith("linux"):
        return None
    try:
        libc = _libc()
        value = int(libc.prctl(PR_GET_DUMPABLE, 0, 0, 0, 0))
    except (OSError, AttributeError):
        return None
    return None if value < 0 else value != 0


def deny_attach(frozen: bool | None = None) -> bool | None:
    """macOS, bundled app only: ptrace(PT_DENY_ATTACH). None when not applicable."""
    frozen = bool(getattr(sys, "frozen", False)) if frozen is None else frozen
    if _platform() != "darwin" or not frozen:
        return None
    try:
        libc = _libc()
        libc.ptrace.argtypes = [ctypes.c_int, ctypes.c_int, ctypes.c_void_p, ctypes.c_int]
        return int(libc.ptrace(PT_DENY_ATTACH, 0, None, 0)) == 0
    except (OSError, AttributeError):
        return False


# -- Windows ---------------------------------------------------------------------------------
# Rights that other processes keep, including the user's own other processes: see that it
# runs, wait for it, end it; never PROCESS_VM_READ/WRITE/OPERATION, PROCESS_CREATE_THREAD or
# PROCESS_DUP_HANDLE. Baken's own pseudo-handle (GetCurrentProcess) keeps full access.
PROCESS_TERMINATE = 0x0001
PROCESS_QUERY_LIMITED_INFORMATION = 0x1000
SYNCHRONIZE = 0x00100000
PROCESS_ALL_ACCESS = 0x001FFFFF
LIMITED = PROCESS_TERMINATE | PROCESS_QUERY_LIMITED_INFORMATION | SYNCHRONIZE
# D:P = protected DACL (nothing inherited). OW (OWNER RIGHTS) replaces the owner's implicit
# READ_CONTROL/WRITE_DAC, so another process of the same user cannot rewrite this DACL
# either (as KeePassXC does); SY = LocalSystem keeps full access; WD = everyone else.
WINDOWS_SDDL = (
    f"D:P(A;;0x{LIMITED:x};;;OW)(A;;0x{PROCESS_ALL_ACCESS:x};;;SY)(A;;0x{LIMITED:x};;;WD)"
)


def restrict_process_dacl() -> bool | None:
    """Windows: replace the process DACL with ``WINDOWS_SDDL`` (no PROCESS_VM_READ for
    other processes, which also stops crash-dump tools). None on other systems."""
    if os.name != "nt":
        return None
    try:
        from ctypes import wintypes

        advapi = ctypes.WinDLL("advapi32", use_last_error=True)  # type: ignore[attr-defined]
        kernel = ctypes.WinDLL("kernel32", use_last_error=True)  # type: ignore[attr-defined]
        sd = ctypes.c_void_p()
        convert = advapi.ConvertStringSecurityDescriptorToSecurityDescriptorW
        convert.argtypes = [
            wintypes.LPCWSTR,
            wintypes.DWORD,
            ctypes.POINTER(ctypes.c_void_p),
            ctypes.c_void_p,
        ]
        convert.restype = wintypes.BOOL
        if not convert(WINDOWS_SDDL, 1, ctypes.byref(sd), None):  # SDDL_REVISION_1
            return False
        try:
            present, defaulted = wintypes.BOOL(), wintypes.BOOL()
            dacl = ctypes.c_void_p()
            get_dacl = advapi.GetSecurityDescriptorDacl
            get_dacl.argtypes = [
                ctypes.c_void_p,
                ctypes.POINTER(wintypes.BOOL),
                ctypes.POINTER(ctypes.c_void_p),
                ctypes.POINTER(wintypes.BOOL),
            ]
            if not get_dacl(sd, ctypes.byref(present), ctypes.byref(dacl), ctypes.byref(defaulted)):
                return False
            kernel.GetCurrentProcess.restype = wintypes.HANDLE
            set_info = advapi.SetSecurityInfo
            set_info.argtypes = [
                wintypes.HANDLE,
                ctypes.c_int,
                wintypes.DWORD,
                ctypes.c_void_p,
                ctypes.c_void_p,
                ctypes.c_void_p,
                ctypes.c_void_p,
            ]
            set_info.restype = wintypes.DWORD
            # SE_KERNEL_OBJECT = 6; DACL_SECURITY_INFORMATION | PROTECTED_DACL_SECURITY_INFORMATION
            flags = 0x00000004 | 0x80000000
            return int(set_info(kernel.GetCurrentProcess(), 6, flags, None, None, dacl, None)) == 0
        finally:
            kernel.LocalFree.argtypes = [ctypes.c_void_p]
            kernel.LocalFree(sd)
    except (OSError, AttributeError, ValueError):
        return False


def safe_dll_search() -> bool | None:
    """Windows: ``SetDllDirectoryW("")`` removes the current folder from the DLL search."""
    if os.name != "nt":
        return None
    try:
        kernel = ctypes.WinDLL("kernel32", use_last_error=True)  # type: ignore[attr-defined]
        kernel.SetDllDirectoryW.argtypes = [ctypes.c_wchar_p]
        return bool(kernel.SetDllDirectoryW(""))
    except (OSError, AttributeError):
        return False


# -- entry points ----------------------------------------------------------------------------
def apply() -> dict[str, Any]:
    """Apply every step that exists on this system (once per process); never raises."""
    global _applied
    if _applied is not None:
        return dict(_applied)
    result: dict[str, Any] = {}
    steps = (
        ("core_dumps", disable_core_dumps),
        ("not_dumpable", set_not_dumpable),
        ("deny_attach", deny_attach),
        ("process_dacl", restrict_process_dacl),
        ("safe_dll_search", safe_dll_search),
    )
    for name, step in steps:
        try:
            value: Any = step()
        except Exception as exc:  # never stop the start
            value = f"mislukt: {type(exc).__name__}"
        if value is not None:
            result[name] = value
    _applied = result
    return dict(result)


def report() -> dict[str, Any]:
    """What is in force now (for ``baken info``): the applied steps plus the live state."""
    out = dict(_applied or {})
    out["applied"] = _applied is not None
    if os.name == "posix":
        with contextlib.suppress(ImportError, OSError, ValueError):
            import resource

            soft, hard = resource.getrlimit(resource.RLIMIT_CORE)
            out["core_dumps"] = "off" if soft == 0 and hard == 0 else "on"
    dumpable = is_dumpable()
    if dumpable is not None:
        out["dumpable"] = dumpable
    return out
