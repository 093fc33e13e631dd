"""Test-only: on PYTHONPATH for the test process's children (see baken_test_profile)."""

import baken_test_profile

baken_test_profile.install()
