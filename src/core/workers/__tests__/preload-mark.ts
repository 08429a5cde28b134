/** A module for the worker pool's tests: loading it marks the thread, and no job imports it. */
(globalThis as { citablePreloaded?: boolean }).citablePreloaded = true;
