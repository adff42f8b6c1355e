"""tools/index_survey.py, which decision 0042 rests on: statements folded by shape, planned,
and counted per index they read and per table they scan."""

from tools import index_survey


def test_statements_are_folded_by_shape_and_counted_per_index_read(tmp_path, monkeypatch):
    monkeypatch.setattr(index_survey, "_seen", {})
    for sql in ("SELECT id FROM follow_up WHERE due_date < '2026-01-01'",
                "SELECT id FROM follow_up  WHERE due_date < '2026-02-01'",  # the same shape
                "SELECT id FROM quota WHERE year = 2026 AND level IN ('rep', 'team')",
                "SELECT * FROM team_member",
                "SELECT * FROM customer_search WHERE customer_search MATCH '协和'",
                "PRAGMA foreign_keys=ON"):
        index_survey._trace(sql)
    assert len(index_survey._seen) == 5
    (tmp_path / "1.sql").write_text("".join(f"{s}\n" for s in index_survey._seen.values()))
    uses, scans, planned, failed = index_survey.survey(
        tmp_path, index_survey._file_from_models(tmp_path))
    assert (planned, failed) == (3, 1)  # the search index is not in the models' file
    assert uses["ix_follow_up_due_date"] == [
        "SELECT id FROM follow_up WHERE due_date < '2026-01-01'"]
    assert uses["ix_visit_started_at"] == []
    assert list(scans) == ["team_member"]
