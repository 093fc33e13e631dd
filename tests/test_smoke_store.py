from tests.conftest import PASSWORD


def test_store_roundtrip(vault, data_dir):
    store, code = vault.init(PASSWORD)
    store.close()
    again = vault.unlock(PASSWORD)
    assert again.info()["schema_version"] >= 1
    again.close()
