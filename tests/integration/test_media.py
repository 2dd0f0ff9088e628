"""Removable media detection on this machine, and finding bundles on a medium."""

from app.exchange import media


def test_listing_never_fails_and_fixed_disks_are_marked():
    for m in media.list_media(include_fixed=True):
        assert m.path.exists() and m.total_bytes >= m.free_bytes >= 0
    assert all(m.removable for m in media.list_media())


def test_bundles_on_a_folder_ignores_partial_files(tmp_path):
    (tmp_path / "a.hoso").write_bytes(b"x")
    (tmp_path / "b.hoso.partial").write_bytes(b"x")
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "c.hoso").write_bytes(b"x")
    assert [p.name for p in media.bundles_on(tmp_path)] == ["a.hoso", "c.hoso"]
    assert not media.is_removable(tmp_path)
