"""`rounds-server survey add|list|retire`: the company sets its satisfaction survey's
questions (a 1–5 scale or free text, when they are asked, company-wide or one region's), and
the region's laptops get them at their next sync; a bad question is refused with a message
that says how to fix it, and nothing is written (SQLite and PostgreSQL)."""

from __future__ import annotations

from server.cli import main


def _questions(url, capsys) -> list[dict]:
    assert main(["survey", "list", "--db", url]) == 0
    header, *lines = capsys.readouterr().out.splitlines()
    columns = header.split("\t")
    return [dict(zip(columns, line.split("\t"), strict=True)) for line in lines]


def test_questions_added_reach_the_region_and_a_retired_one_stops(world, server_settings,
                                                                    capsys):
    url, region = server_settings.db_url, f"R-{world.tag}"
    assert main(["survey", "add", "拜访时间安排  是否合适？", "--asked", "call_cycle",
                 "--region", region, "--db", url]) == 0
    added = capsys.readouterr().out
    assert "added question" in added and "拜访时间安排 是否合适？" in added
    assert main(["survey", "add", "还有什么建议？", "--kind", "text", "--region", region,
                 "--db", url]) == 0
    capsys.readouterr()
    mine = [q for q in _questions(url, capsys) if q["region"] != "company"
            and q["text"] in ("拜访时间安排 是否合适？", "还有什么建议？")]
    assert [(q["kind"], q["asked"], q["state"]) for q in mine] == [
        ("scale", "call_cycle", "active"), ("text", "always", "active")]

    rows = world.rep_a.pull_all()[0]
    pulled = {r["text"]: r for (table, _id), r in rows.items() if table == "survey_question"}
    assert pulled["拜访时间安排 是否合适？"]["active"] is True
    assert "还有什么建议？" in pulled
    assert not [r for (t, _i), r in world.foreign_rep.pull_all()[0].items()
                if t == "survey_question" and r["text"] == "还有什么建议？"]  # another region

    assert main(["survey", "retire", mine[0]["id"], "--db", url]) == 0
    assert "retired question" in capsys.readouterr().out
    rows = world.rep_a.pull_all()[0]
    assert rows[("survey_question", mine[0]["id"])]["active"] is False


def test_a_bad_question_is_refused_and_nothing_is_written(world, server_settings, capsys):
    url = server_settings.db_url
    before = _questions(url, capsys)
    assert main(["survey", "add", "   ", "--db", url]) == 1
    assert "needs its text" in capsys.readouterr().err
    assert main(["survey", "add", "太长" * 101, "--db", url]) == 1
    assert "at most 200 characters" in capsys.readouterr().err
    assert main(["survey", "add", "满意吗？", "--region", "无此大区", "--db", url]) == 1
    assert "无此大区" in capsys.readouterr().err
    assert main(["survey", "retire", "no-such-id", "--db", url]) == 1
    assert "survey list" in capsys.readouterr().err
    assert _questions(url, capsys) == before
