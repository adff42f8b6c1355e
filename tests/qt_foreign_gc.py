"""A pytest plugin that reproduces issue 12's crash class on purpose (not loaded by default):

    python -X faulthandler -m pytest -p no:randomly -p tests.qt_foreign_gc tests/e2e/test_sync_worker.py

Automatic garbage collection is off; after each test the garbage is collected in a non-GUI
thread (as a uvicorn, proxy or sync thread may do at any moment), and at the end the GUI
thread processes events for 75 s, as later tests would. A Qt object left in a reference
cycle with a running timer is then destroyed outside its thread, its timer cannot be
unregistered, and it fires into freed memory: before the fix of decision 0011 this
segfaulted; now it prints "survived".
"""

from __future__ import annotations

import gc
import threading
import time


def pytest_configure(config):
    gc.disable()


def pytest_runtest_logfinish(nodeid, location):
    collector = threading.Thread(target=gc.collect, name="foreign-gc")
    collector.start()
    collector.join()


def pytest_sessionfinish(session):
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance()
    if app is None:
        return
    end = time.monotonic() + 75
    while time.monotonic() < end:
        app.processEvents()
        time.sleep(0.05)
    print("\nsurvived 75 s of event processing after collecting in another thread", flush=True)
