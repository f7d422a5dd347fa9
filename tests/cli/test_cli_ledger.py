"""giveback log-give / ask / insight / followups / today, run as a user runs them."""

from __future__ import annotations

import datetime as dt
import json


def test_gives_asks_and_the_balance(run):
    run("add-contact", "Ann Lee", "--company", "Acme")
    run("add-contact", "Carl Ng")
    out = run("ask", "ann lee", "--kind", "introduction", "--to", "Carl", "--note", "Meet Carl")
    assert "Ann Lee: I asked: Introduction to Carl Ng (requested) — Meet Carl" in out.stdout
    assert "balance −1" in out.stdout
    out = run("log-give", "Ann Lee", "--kind", "insight", "--note", "Acme → Berlin").stdout
    assert "Balance with Ann Lee: You gave 1 · asked 1 · they gave 0 · balance 0" in out
    ledger = json.loads(run("ledger", "Ann Lee", "--json").stdout)
    assert ledger["balance"]["score"] == 0
    assert [e["kind"] for e in ledger["entries"]] == ["insight", "introduction"]
    bad = run("ask", "Ann Lee", "--kind", "money", check=False)
    assert bad.returncode == 2 and "The kind is one of" in bad.stderr
    nobody = run("log-give", "Nobody", "--kind", "thanks", check=False)
    assert nobody.returncode == 2 and "No contact called “Nobody”" in nobody.stderr


def test_insight_tags_source_and_what_i_can_give(run):
    run("add-contact", "Ann Lee", "--company", "Acme Robotics")
    run("add-contact", "Bob Stone", "--company", "Kumo")
    run("company", "Kumo", "--competitor", "Acme Robotics")
    run("add-contact", "Ola", "--company", "Lagos Fintech Hub")
    run("company", "Lagos Fintech Hub", "--industry", "fintech")
    out = run(
        "insight",
        "Acme is moving its data team to Berlin",
        "--tag",
        "company:Acme",
        "--tag",
        "industry:fintech",
        "--from",
        "Ann Lee",
    ).stdout
    assert out.startswith("Insight #1 [Acme · fintech]: Acme is moving")
    run("insight", "Acme's freeze ends in January", "--tag", "company:Acme", "--private")
    assert run("insights", "--for", "Ann Lee").stdout.startswith("No insight to offer Ann Lee")
    offered = json.loads(run("insights", "--for", "Bob Stone", "--json").stdout)
    assert [i["id"] for i in offered] == [1]
    assert offered[0]["reason"] == "about Acme Robotics, a competitor of Kumo"
    assert "#1" in run("insights", "--for", "Ola").stdout
    out = run("give-insight", "1", "Bob Stone").stdout
    assert "balance +1" in out
    assert json.loads(run("insights", "--for", "Bob Stone", "--json").stdout) == []
    bad = run("insight", "x", "--tag", "colour:blue", check=False)
    assert bad.returncode == 2 and "company:NAME" in bad.stderr


def test_followups_and_today(run):
    run("add-contact", "Ann Lee")
    yesterday = (dt.date.today() - dt.timedelta(days=1)).isoformat()
    run("follow-up", "Send Ann the article", "--with", "Ann Lee", "--due", yesterday)
    run("follow-up", "Book the coffee", "--due", "today")
    run("follow-up", "Later thing", "--due", "+5")
    overdue = run("followups", "--due", "overdue").stdout
    assert "Send Ann the article (Ann Lee)" in overdue and "Book" not in overdue
    today_rows = json.loads(run("followups", "--due", "today", "--json").stdout)
    assert [r["title"] for r in today_rows] == ["Book the coffee"]
    assert len(json.loads(run("followups", "--json").stdout)) == 3
    bad = run("follow-up", "x", "--due", "someday", check=False)
    assert bad.returncode == 2 and "not a due date" in bad.stderr

    # A lunch that just ended (today, unless the test runs in the first 40 minutes).
    when = (dt.datetime.now() - dt.timedelta(minutes=40)).strftime("%Y-%m-%d %H:%M")
    run("meeting", "Ann Lee", "--at", when, "--kind", "lunch", "--minutes", "30")
    text = run("today").stdout
    assert text.startswith("Today, ")
    assert "Lunch with Ann Lee" in text
    assert "[1 day overdue] Send Ann the article (Ann Lee)" in text
    assert "[today] Book the coffee" in text
    assert "Thank Ann Lee for the lunch on" in text
    summary = json.loads(run("today", "--json").stdout)
    assert [t["contact_name"] for t in summary["thanks"]] == ["Ann Lee"]
    first = today_rows[0]["id"]
    assert "Done: Book the coffee" in run("done", str(first)).stdout
    assert "Book the coffee" not in run("today").stdout


def test_today_on_the_sample_network(run):
    run("load-sample")
    text = run("today").stdout
    # Today's sample coffee is at 15:00: once it is over, its thank-you is owed too.
    owed = 3 if "(done)" in text.split("Follow-ups")[0] else 2
    for heading in (
        "Meetings (1)",
        "Follow-ups (4)",
        f"Thank-yous owed ({owed})",
        "Only taking (5)",
    ):
        assert heading in text
    assert "Thank Daniel Kowalski for introducing you to Sofía Navarro" in text


def test_meeting_with_several_people_and_an_outcome(run):
    run("add-contact", "Ann Lee")
    run("add-contact", "Bob Stone")
    out = run(
        "meeting", "Ann Lee", "--also", "Bob Stone", "--at", "2030-01-02 12:30",
        "--kind", "event", "--outcome", "Both will intro me", "--json",
    ).stdout  # fmt: skip
    record = json.loads(out)
    assert record["attendee_names"] == ["Ann Lee", "Bob Stone"]
    assert record["kind"] == "event" and record["outcome"] == "Both will intro me"
